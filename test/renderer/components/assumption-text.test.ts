import { describe, expect, it } from 'vitest';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../../projection/assumptions';
import {
  describeRange,
  formatAssumptionText,
  parseAssumptionText,
} from '../../../renderer/components/assumption-text';

describe('assumption values as typed and shown', () => {
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

  it('reads a fraction typed as 25 or as 25% alike, as 25%', () => {
    expect(parseAssumptionText('amd.shareCeiling', '25')).toEqual({ ok: true, value: 0.25 });
    expect(parseAssumptionText('amd.shareCeiling', ' 25% ')).toEqual({ ok: true, value: 0.25 });
    expect(parseAssumptionText('amd.shareCeiling', '33.3')).toEqual({ ok: true, value: 0.333 });
    // 0.25 in a percent row is a quarter of a percent: the row's unit decides, never the size.
    expect(parseAssumptionText('amd.shareCeiling', '0.25')).toEqual({ ok: true, value: 0.0025 });
    expect(parseAssumptionText('tam.growth', '-10%')).toEqual({ ok: true, value: -0.1 });
  });

  it('reads a quarter typed as 2027Q2, 2027 q2 or 2027.25', () => {
    for (const text of ['2027Q2', '2027 q2', '2027-Q2', '2027.25']) {
      expect(parseAssumptionText('amd.rampMidpoint', text)).toEqual({ ok: true, value: 2027.25 });
    }
  });

  it('reads money with thousands separators', () => {
    expect(parseAssumptionText('tam.base', '45,000')).toEqual({ ok: true, value: 45000 });
  });

  it.each([
    ['amd.shareCeiling', 'lots', '"lots" is not a number'],
    ['amd.shareCeiling', '120', 'must be between 0% and 100%, got 120%'],
    ['tam.base', '-5', 'must not be negative'],
    ['tam.base', '12%', 'is a percentage, but this value is in USD millions'],
    ['amd.rampMidpoint', 'soon', 'type a quarter such as 2027Q2'],
    ['amd.rampMidpoint', '2050Q1', 'must be between 2015Q1'],
    ['tam.baseYear', '2023.5', 'must be a whole year'],
    ['amd.grossMargin', '', 'a value is required'],
  ] as const)('refuses %s = %j: %s', (key, text, reason) => {
    const parsed = parseAssumptionText(key, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('leaves the assumption’s own name out of a refusal (the app names the cell)', () => {
    const parsed = parseAssumptionText('amd.shareCeiling', '120');
    expect(parsed.ok === false && parsed.reason).toBe('must be between 0% and 100%, got 120%');
  });

  it('round-trips every default value through its text', () => {
    for (const key of ASSUMPTION_KEYS) {
      const value = DEFAULT_ASSUMPTIONS[key];
      expect(parseAssumptionText(key, formatAssumptionText(key, value))).toEqual({ ok: true, value });
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
