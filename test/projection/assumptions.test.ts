import { describe, it, expect } from 'vitest';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_META,
  DEFAULT_ASSUMPTIONS,
  formatAssumptionValue,
  isAssumptionKey,
  validateAssumption,
  validateAssumptions,
  withDefaults,
} from '../../projection/assumptions';

describe('assumption metadata', () => {
  it('gives every key a label, a unit and a default inside its range', () => {
    for (const key of ASSUMPTION_KEYS) {
      const meta = ASSUMPTION_META[key];
      expect(meta.key).toBe(key);
      expect(meta.label.length).toBeGreaterThan(0);
      expect(['USD millions', 'fraction', 'year', 'quarter', 'per quarter', 'ratio']).toContain(meta.unit);
      expect(meta.min).toBeLessThan(meta.max);
      expect(validateAssumption(key, meta.defaultValue)).toBeNull();
      expect(DEFAULT_ASSUMPTIONS[key]).toBe(meta.defaultValue);
    }
  });

  it('holds the defaults the issue names', () => {
    expect(DEFAULT_ASSUMPTIONS['tam.baseYear']).toBe(2023);
    expect(DEFAULT_ASSUMPTIONS['tam.base']).toBe(45000);
    expect(DEFAULT_ASSUMPTIONS['tam.growth']).toBe(0.6);
  });

  it('marks only the year keys as whole numbers', () => {
    const integers = ASSUMPTION_KEYS.filter((k) => ASSUMPTION_META[k].isInteger);
    expect(integers).toEqual(['tam.baseYear', 'xpu.startYear', 'xpu.endYear']);
  });

  it('recognises keys', () => {
    expect(isAssumptionKey('amd.shareCeiling')).toBe(true);
    expect(isAssumptionKey('amd.share')).toBe(false);
  });
});

describe('validateAssumption', () => {
  it.each([
    [
      'amd.shareCeiling',
      1.2,
      "AMD's merchant share ceiling (amd.shareCeiling) must be between 0% and 100%, got 120%",
    ],
    [
      'xpu.shareStart',
      -0.05,
      'Custom ASIC (XPU) share at start (xpu.shareStart) must be between 0% and 100%, got -5%',
    ],
    [
      'tam.base',
      -5,
      'AI accelerator TAM in the base year (tam.base) must not be negative, got -5 USD millions',
    ],
    [
      'tam.growth',
      6,
      'TAM growth in the first projected year (tam.growth) must be between -90% and 500%, got 600%',
    ],
    ['tam.baseYear', 2023.5, 'TAM base year (tam.baseYear) must be a whole year, got 2023.5'],
    ['xpu.endYear', 1999, 'XPU path end year (xpu.endYear) must be between 2000 and 2100, got 1999'],
    [
      'amd.rampMidpoint',
      2050.25,
      'Share ramp midpoint (amd.rampMidpoint) must be between 2015Q1 (2015) and 2040Q4 (2040.75), got 2050Q2 (2050.25)',
    ],
    [
      'amd.rampSpeed',
      0,
      'Share ramp speed (amd.rampSpeed) must be between 0.01 per quarter and 3 per quarter, got 0 per quarter',
    ],
    [
      'amd.rampSpeedVsX86',
      7,
      'Ramp speed vs. EPYC x86 ramp (amd.rampSpeedVsX86) must be between 0 and 5, got 7',
    ],
  ])('%s = %s is refused', (key, value, message) => {
    expect(validateAssumption(key, value)).toBe(message);
  });

  it('refuses unknown keys and non-numbers', () => {
    expect(validateAssumption('amd.share', 0.1)).toMatch(
      /^unknown assumption "amd.share" \(known: tam.baseYear, /,
    );
    expect(validateAssumption('tam.growth', Number.NaN)).toBe(
      'TAM growth in the first projected year (tam.growth) must be a finite number',
    );
    expect(validateAssumption('tam.base', Number.POSITIVE_INFINITY)).toMatch(/must be a finite number/);
  });

  it('accepts the range ends', () => {
    expect(validateAssumption('amd.shareCeiling', 0)).toBeNull();
    expect(validateAssumption('amd.shareCeiling', 1)).toBeNull();
    expect(validateAssumption('tam.base', 0)).toBeNull();
    expect(validateAssumption('amd.rampMidpoint', 2027.3)).toBeNull();
  });
});

describe('validateAssumptions and withDefaults', () => {
  it('checks the XPU years against each other', () => {
    expect(validateAssumptions({ 'xpu.startYear': 2028, 'xpu.endYear': 2026 })).toEqual([
      'XPU path end year (xpu.endYear) 2026 is before its start year 2028',
    ]);
    expect(validateAssumptions({ 'xpu.startYear': 2031 })).toEqual([
      'XPU path end year (xpu.endYear) 2030 is before its start year 2031',
    ]);
    expect(validateAssumptions({ 'xpu.startYear': 2026, 'xpu.endYear': 2026 })).toEqual([]);
  });

  it('lists every bad value', () => {
    expect(validateAssumptions({ 'tam.base': -1, 'amd.grossMargin': 2, bogus: 1 })).toHaveLength(3);
  });

  it('merges values over the defaults', () => {
    const a = withDefaults({ 'tam.growth': 0.4 });
    expect(a['tam.growth']).toBe(0.4);
    expect(a['tam.base']).toBe(45000);
  });

  it('throws one error naming every problem', () => {
    expect(() => withDefaults({ 'amd.shareFloor': -0.1, 'tam.base': -3 })).toThrow(
      /^invalid assumptions: .*amd.shareFloor.*; .*tam.base.*must not be negative/,
    );
    expect(() => withDefaults({ ['nope' as 'tam.base']: 1 })).toThrow(/unknown assumption "nope"/);
  });

  it('formats values in their unit', () => {
    expect(formatAssumptionValue('amd.shareCeiling', 0.255)).toBe('25.5%');
    expect(formatAssumptionValue('amd.rampMidpoint', 2027.25)).toBe('2027Q2 (2027.25)');
    expect(formatAssumptionValue('tam.base', 45000)).toBe('45000 USD millions');
  });
});
