import { describe, it, expect } from 'vitest';
import { cagr, cagrBetweenYears } from '../../projection/cagr';
import { evaluateModel, type YearResult } from '../../projection/driver-model';

function year(y: number, instinctRevenue: number): YearResult {
  return {
    year: y,
    tam: instinctRevenue * 10,
    tamGrowth: null,
    xpuShare: 0,
    merchant: instinctRevenue * 10,
    amdShare: 0.1,
    instinctRevenue,
    grossProfit: instinctRevenue / 2,
    yoy: null,
    quartersInHorizon: 4,
  };
}

describe('cagr', () => {
  it.each([
    // 100 -> 121 over 2 years: sqrt(1.21) - 1 = 0.1.
    [100, 121, 2, 0.1],
    // 5000 -> 5000 x 1.6^4 = 32768 over 4 years: 60% a year.
    [5000, 32768, 4, 0.6],
    // Halving over one year.
    [200, 100, 1, -0.5],
    // 1000 -> 8000 over 3 years: cube root of 8 = 2, so 100%.
    [1000, 8000, 3, 1],
  ])('%s -> %s over %s years is %s', (start, end, years, rate) => {
    expect(cagr(start, end, years)).toBeCloseTo(rate, 12);
  });

  it('is undefined from zero, to a negative value or over no time', () => {
    expect(cagr(0, 100, 2)).toBeNull();
    expect(cagr(100, -1, 2)).toBeNull();
    expect(cagr(100, 200, 0)).toBeNull();
  });
});

describe('cagrBetweenYears', () => {
  const years = [year(2024, 5000), year(2025, 8000), year(2026, 12000), year(2027, 16000), year(2028, 32768)];

  it('compounds between any two years of model output', () => {
    expect(cagrBetweenYears(years, 2024, 2028)).toBeCloseTo(0.6, 12);
    // 12000 -> 16000 over one year: +33.3%.
    expect(cagrBetweenYears(years, 2026, 2027)).toBeCloseTo(1 / 3, 12);
    // TAM is 10x revenue, so its CAGR is the same.
    expect(cagrBetweenYears(years, 2024, 2028, 'tam')).toBeCloseTo(0.6, 12);
  });

  it('is null for a year the output does not hold', () => {
    expect(cagrBetweenYears(years, 2023, 2028)).toBeNull();
  });

  it('equals TAM growth when shares are flat and growth does not fade', () => {
    const flat = evaluateModel(
      {
        assumptions: {
          'tam.growth': 0.45,
          'tam.growthFade': 0,
          'xpu.shareStart': 0.2,
          'xpu.shareEnd': 0.2,
          'amd.shareFloor': 0.1,
          'amd.shareCeiling': 0.1,
        },
      },
      '2024Q1',
      '2030Q4',
    );
    expect(cagrBetweenYears(flat.years, 2024, 2030)).toBeCloseTo(0.45, 12);
  });
});
