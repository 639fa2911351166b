import { describe, expect, it } from 'vitest';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../../projection/assumptions';
import { readAssumptionText } from '../../../projection/typed-values';
import { describeRange, formatAssumptionText } from '../../../renderer/components/assumption-text';

describe('assumption values as shown', () => {
  it.each([
    ['amd.shareCeiling', 0.25, '25%'],
    ['tam.growth', -0.1, '-10%'],
    ['tam.base', 45000, '45,000'],
    ['tam.baseYear', 2023, '2023'],
    ['amd.rampMidpoint', 2027.25, '2027Q2'],
    ['amd.rampMidpoint', 2027, '2027Q1'],
    ['amd.rampMidpoint', 2027.3, '2027.3'],
    ['amd.rampSpeed', 0.1 + 0.2, '0.3'],
    ['amd.rampSpeedVsX86', 1.5, '1.5'],
  ] as const)('shows %s = %s as %s', (key, value, text) => {
    expect(formatAssumptionText(key, value)).toBe(text);
  });

  it('round-trips every default value through its text', () => {
    for (const key of ASSUMPTION_KEYS) {
      const value = DEFAULT_ASSUMPTIONS[key];
      expect(readAssumptionText(key, formatAssumptionText(key, value))).toEqual({
        ok: true,
        value: { value, note: null },
      });
    }
  });

  it.each([
    ['amd.shareCeiling', '0% to 100%'],
    ['tam.base', '0 to 100,000,000'],
    ['tam.baseYear', '2000 to 2100, whole years'],
    ['amd.rampMidpoint', '2015Q1 to 2040Q4'],
  ] as const)('describes the valid range of %s as %s', (key, text) => {
    expect(describeRange(key)).toBe(text);
  });
});
