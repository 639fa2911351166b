import { describe, expect, it } from 'vitest';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../../projection/assumptions';
import { readAssumptionText } from '../../../projection/typed-values';
import {
  choiceText,
  describeRange,
  formatAssumptionText,
} from '../../../renderer/components/assumption-text';

describe('assumption values as shown', () => {
  it.each([
    ['amd.inference.shareCeiling', 0.25, '25%'],
    ['tam.growth', -0.1, '-10%'],
    ['capex.guidance', 630000, '630,000'],
    ['segments.inferenceEndYear', 2030, '2030'],
    ['amd.inference.rampMidpoint', 2027.25, '2027Q2'],
    ['amd.training.rampMidpoint', 2029, '2029Q1'],
    ['amd.training.rampMidpoint', 2027.3, '2027.3'],
    ['amd.inference.rampSpeed', 0.1 + 0.2, '0.3'],
    ['amd.rampSpeedVsEpyc', 1.5, '1.5'],
    ['tam.driver', 0, 'Growth rate'],
    ['tam.driver', 1, 'Hyperscaler capex'],
  ] as const)('shows %s = %s as %s', (key, value, text) => {
    expect(formatAssumptionText(key, value)).toBe(text);
  });

  it('round-trips every default value through its text (a choice through its label)', () => {
    for (const key of ASSUMPTION_KEYS) {
      const value = DEFAULT_ASSUMPTIONS[key];
      expect(readAssumptionText(key, choiceText(key, formatAssumptionText(key, value)))).toEqual({
        ok: true,
        value: { value, note: null },
      });
    }
  });

  it('reads a choice’s label as its number and leaves other text to the reader', () => {
    expect(choiceText('tam.driver', 'hyperscaler capex')).toBe('1');
    expect(choiceText('tam.driver', 'Growth rate')).toBe('0');
    expect(choiceText('tam.driver', '1')).toBe('1');
    expect(choiceText('tam.growth', 'Growth rate')).toBe('Growth rate');
  });

  it.each([
    ['amd.inference.shareCeiling', '0% to 100%'],
    ['capex.guidance', '0 to 100,000,000'],
    ['segments.inferenceEndYear', '2000 to 2100, whole years'],
    ['amd.inference.rampMidpoint', '2015Q1 to 2040Q4'],
    ['tam.driver', 'Growth rate or Hyperscaler capex'],
  ] as const)('describes the valid range of %s as %s', (key, text) => {
    expect(describeRange(key)).toBe(text);
  });
});
