import { describe, it, expect } from 'vitest';
import { cagr, cagrBetweenYears } from '../../projection/cagr';
import { runScenario } from '../../projection/scenario-model';
import { smallContext, yearResult } from './model-fixtures';

const year = (y: number, instinctRevenue: number, quarterCount = 4) =>
  yearResult(y, {
    tam: instinctRevenue * 10,
    merchant: instinctRevenue * 8,
    instinctRevenue,
    grossProfit: instinctRevenue / 2,
    quarterCount,
  });

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
    // To zero: -100%.
    [1000, 0, 2, -1],
  ])('%s -> %s over %s years is %s', (start, end, years, rate) => {
    expect(cagr(start, end, years)).toBeCloseTo(rate, 12);
  });

  it('is undefined from zero, to a negative value or over no time', () => {
    expect(cagr(0, 100, 2)).toBeNull();
    expect(cagr(100, -1, 2)).toBeNull();
    expect(cagr(100, 200, 0)).toBeNull();
    expect(cagr(Number.NaN, 200, 1)).toBeNull();
  });
});

describe('cagrBetweenYears', () => {
  const years = [year(2024, 5000), year(2025, 8000), year(2026, 12000), year(2027, 16000), year(2028, 32768)];

  it('compounds between any two years of model output', () => {
    expect(cagrBetweenYears(years, 2024, 2028)).toBeCloseTo(0.6, 12);
    // 12000 -> 16000 over one year: +33.3%.
    expect(cagrBetweenYears(years, 2026, 2027)).toBeCloseTo(1 / 3, 12);
    // TAM, merchant market and gross profit are fixed multiples of revenue here, so their CAGR is the same.
    for (const metric of ['tam', 'merchant', 'grossProfit'] as const) {
      expect(cagrBetweenYears(years, 2024, 2028, metric)).toBeCloseTo(0.6, 12);
    }
  });

  it('is null for a year the output does not hold or holds only in part', () => {
    expect(cagrBetweenYears(years, 2023, 2028)).toBeNull();
    expect(cagrBetweenYears(years, 2024, 2029)).toBeNull();
    expect(cagrBetweenYears([year(2024, 5000, 3), ...years.slice(1)], 2024, 2028)).toBeNull();
    expect(cagrBetweenYears([...years.slice(0, 4), year(2028, 32768, 2)], 2024, 2028)).toBeNull();
  });

  // Small history (jump-off 2025Q4, so projected years are calendar years): TAM 2025 = 3,400,
  // each later year = the previous × 1.45 with no fade. Shares held at their jump-off values (XPU
  // 20%, other 5%, AMD 1/15 as floor = ceiling) make Instinct 3,400 × 0.75 / 15 = 170 in 2025 and
  // 5% of the TAM every quarter, so both grow 45% a year.
  it('equals TAM growth on the model when shares are flat and growth does not fade', () => {
    const flat = runScenario(smallContext('2028Q4'), {
      assumptions: {
        'tam.growth': 0.45,
        'tam.growthFade': 0,
        'xpu.trainingShareEnd': 0.2,
        'xpu.inferenceShareEnd': 0.2,
        'other.trainingShareEnd': 0.05,
        'other.inferenceShareEnd': 0.05,
        'amd.training.shareFloor': 1 / 15,
        'amd.training.shareCeiling': 1 / 15,
        'amd.inference.shareFloor': 1 / 15,
        'amd.inference.shareCeiling': 1 / 15,
      },
      deals: [],
    });
    expect(flat.years[0]!.instinctRevenue).toBeCloseTo(170, 9);
    expect(cagrBetweenYears(flat.years, 2025, 2028, 'tam')).toBeCloseTo(0.45, 12);
    expect(cagrBetweenYears(flat.years, 2025, 2028)).toBeCloseTo(0.45, 12);
  });
});
