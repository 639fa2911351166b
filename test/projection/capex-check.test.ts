import { describe, it, expect } from 'vitest';
import { capexBaseFromQuarters, capexCheck, extrapolateCapex } from '../../projection/capex-check';
import { evaluateModel, type YearResult } from '../../projection/driver-model';

function yearWithTam(year: number, tam: number): YearResult {
  return {
    year,
    tam,
    tamGrowth: null,
    xpuShare: 0,
    merchant: tam,
    amdShare: 0,
    instinctRevenue: 0,
    grossProfit: 0,
    yoy: null,
    quartersInHorizon: 4,
  };
}

describe('capex base', () => {
  it('sums the latest four consecutive quarters', () => {
    const base = capexBaseFromQuarters([
      { period: '2025Q1', value: 80000 },
      { period: '2025Q2', value: 90000 },
      { period: '2025Q3', value: 100000 },
      { period: '2025Q4', value: 110000 },
      { period: '2026Q2', value: 130000 }, // 2026Q1 is missing, so no window ends here
    ]);
    expect(base).toEqual({ endQuarter: '2025Q4', total: 380000 });
  });

  it('needs four consecutive quarters and sane values', () => {
    expect(() => capexBaseFromQuarters([{ period: '2025Q1', value: 1 }])).toThrow(
      /four consecutive quarters/,
    );
    expect(() => capexBaseFromQuarters([{ period: '2025', value: 1 }])).toThrow(/not a quarter/);
    expect(() => capexBaseFromQuarters([{ period: '2025Q1', value: -1 }])).toThrow(/must not be negative/);
  });
});

describe('capex extrapolation', () => {
  it('keeps the base for the calendar year its window covers', () => {
    expect(extrapolateCapex({ endQuarter: '2025Q4', total: 400000 }, 0.25, 2025)).toBe(400000);
  });

  // Window ending 2025Q4 (end of 2025); 2027 ends two years later: 400000 x 1.25^2 = 625000.
  it('compounds by whole years', () => {
    expect(extrapolateCapex({ endQuarter: '2025Q4', total: 400000 }, 0.25, 2027)).toBeCloseTo(625000, 6);
  });

  // A window ending with 2026Q1 ends at 2026.25; calendar 2026 ends at 2027.0, 0.75 years later:
  // 1.25^0.75 = e^(0.75 x ln 1.25) = e^(0.75 x 0.2231436) = e^0.1673577 = 1.1821770, x 400000 = 472870.8.
  it('counts partial years when the window ends mid-year', () => {
    expect(extrapolateCapex({ endQuarter: '2026Q1', total: 400000 }, 0.25, 2026)).toBeCloseTo(472870.8, 1);
  });
});

describe('capex cross-check', () => {
  // TAM 300000, demand share 50%: implied spend 150000. Capex base 400000 for 2025, +25% -> 500000
  // in 2026; accelerator fraction 50% -> budget 250000. Gap 150000 - 250000 = -100000 (the capex
  // covers the TAM), spend / budget = 0.6.
  it('compares implied spend with the capex budget per year', () => {
    const rows = capexCheck(
      [yearWithTam(2026, 300000)],
      { 'capex.growth': 0.25, 'capex.acceleratorFraction': 0.5, 'hyperscaler.demandShare': 0.5 },
      { endQuarter: '2025Q4', total: 400000 },
    );
    expect(rows).toEqual([
      {
        year: 2026,
        tam: 300000,
        impliedSpend: 150000,
        capex: 500000,
        acceleratorBudget: 250000,
        gap: -100000,
        spendToBudget: 0.6,
      },
    ]);
  });

  it('reports no ratio when the budget is zero', () => {
    const [row] = capexCheck(
      [yearWithTam(2026, 1000)],
      { 'capex.acceleratorFraction': 0 },
      { endQuarter: '2025Q4', total: 1 },
    );
    expect(row?.spendToBudget).toBeNull();
    expect(row?.gap).toBe(500);
  });

  it('runs on model output and refuses a bad base', () => {
    const model = evaluateModel({ assumptions: {} }, '2026Q1', '2030Q4');
    expect(capexCheck(model.years, {}, { endQuarter: '2025Q4', total: 370000 })).toHaveLength(5);
    expect(() => capexCheck(model.years, {}, { endQuarter: '2025Q4', total: -1 })).toThrow(
      /must not be negative/,
    );
    expect(() => capexCheck(model.years, {}, { endQuarter: '2025' as '2025Q4', total: 1 })).toThrow(
      /not a quarter/,
    );
    expect(() => capexCheck(model.years, { 'capex.growth': -2 }, { endQuarter: '2025Q4', total: 1 })).toThrow(
      /capex.growth/,
    );
  });
});
