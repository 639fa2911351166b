import { describe, expect, it } from 'vitest';
import { annualCell, annualRuleOf } from '../../projection/annual-values';

describe('annual values from quarters', () => {
  it('sums flows and takes the last quarter of shares', () => {
    expect(annualRuleOf('USD millions')).toBe('sum');
    expect(annualRuleOf('percent')).toBe('last');
    expect(annualRuleOf(' % ')).toBe('last');
    // AMD Data Center revenue 2025 (2025Q1-Q4: 3,674 + 3,240 + 4,340 + 5,400 = 16,654).
    expect(annualCell('sum', [3674, 3240, 4340, 5400], null)).toEqual({
      value: 16654,
      basis: 'quarters',
      computed: 16654,
      reported: null,
      quarters: 4,
      isMismatch: false,
    });
    expect(annualCell('last', [27.2, 27.3, 27.8, 28.8], null).value).toBe(28.8);
  });

  it('shows the reported year where a quarter is missing', () => {
    expect(annualCell('sum', [2340, 2830, null, 3860], 12600)).toMatchObject({
      value: 12600,
      basis: 'reported',
      computed: null,
      quarters: 3,
      isMismatch: false,
    });
    expect(annualCell('sum', [null, null, null, null], null)).toMatchObject({
      value: null,
      basis: 'none',
      quarters: 0,
    });
  });

  it('flags a reported year that disagrees with its quarters beyond rounding', () => {
    // 2024: 2,340 + 2,830 + 3,500 + 3,860 = 12,530 against a reported ≈ 12,600: 70 is more than 0.5 % (63).
    expect(annualCell('sum', [2340, 2830, 3500, 3860], 12600).isMismatch).toBe(true);
    // Within rounding: 12,530 against 12,560 (30 < 62.8).
    expect(annualCell('sum', [2340, 2830, 3500, 3860], 12560).isMismatch).toBe(false);
    // Small values: half a unit at least (10.0 against 10.4).
    expect(annualCell('sum', [2.5, 2.5, 2.5, 2.5], 10.4).isMismatch).toBe(false);
    expect(annualCell('sum', [2.5, 2.5, 2.5, 2.5], 10.6).isMismatch).toBe(true);
  });
});
