import { describe, it, expect } from 'vitest';
import { evaluateModel, type Projection } from '../../projection/driver-model';
import { AMD_INSTINCT_STATEMENTS, compareHistory } from '../../projection/history-compare';
import { comparePeriods } from '../../projection/period';

const q = (period: '2024Q1' | '2024Q2', instinctRevenue: number) => ({
  period,
  tam: 0,
  xpuShare: 0,
  merchant: 0,
  amdShare: 0,
  instinctRevenue,
  grossProfit: 0,
  yoy: null,
});

// A hand-made model output: 2024Q1 = 900, 2024Q2 = 1100, full year 2024 = 4800.
const MODEL: Projection = {
  quarters: [q('2024Q1', 900), q('2024Q2', 1100)],
  years: [
    {
      year: 2024,
      tam: 60000,
      tamGrowth: 0.6,
      xpuShare: 0.1,
      merchant: 54000,
      amdShare: 0.0889,
      instinctRevenue: 4800,
      grossProfit: 2400,
      yoy: 1,
      quartersInHorizon: 2,
    },
  ],
};

describe('history beside the model', () => {
  it('checks the model against AMD statements', () => {
    const rows = compareHistory(MODEL, AMD_INSTINCT_STATEMENTS);
    expect(rows.map((r) => r.period)).toEqual(['2024', '2024Q1', '2024Q2'].sort(comparePeriods));
    const row = (period: string) => rows.find((r) => r.period === period);
    // 2024: 4800 vs "over 5000": difference -200, -4%, inconsistent with the lower bound.
    expect(row('2024')).toMatchObject({
      model: 4800,
      estimate: 5000,
      difference: -200,
      qualifier: 'lower_bound',
      isConsistent: false,
    });
    expect(row('2024')?.relativeDifference).toBeCloseTo(-0.04, 12);
    // 2024Q1: 900 is below the $1B the first $1B quarter implies; 2024Q2: 1100 is above it.
    expect(row('2024Q1')).toMatchObject({ model: 900, difference: -100, isConsistent: true });
    expect(row('2024Q2')).toMatchObject({ model: 1100, difference: 100, isConsistent: true });
  });

  it('judges exact and approximate estimates by a relative tolerance', () => {
    const rows = compareHistory(MODEL, [
      { period: '2024Q1', value: 1000, qualifier: 'approx' }, // -10%: inside the default 10%
      { period: '2024Q2', value: 1000, qualifier: 'exact', label: 'workbook estimate' }, // +10%
    ]);
    expect(rows.map((r) => r.isConsistent)).toEqual([true, true]);
    expect(rows[1]?.label).toBe('workbook estimate');
    expect(rows[0]?.label).toBe('approx 1000');
    const strict = compareHistory(MODEL, [{ period: '2024Q2', value: 1000, qualifier: 'exact' }], {
      tolerance: 0.05,
    });
    expect(strict[0]?.isConsistent).toBe(false);
  });

  it('leaves periods the output does not cover empty', () => {
    const [row] = compareHistory(MODEL, [{ period: '2023Q4', value: 400, qualifier: 'approx' }]);
    expect(row).toMatchObject({
      model: null,
      difference: null,
      relativeDifference: null,
      isConsistent: null,
    });
  });

  it('compares other metrics', () => {
    const [row] = compareHistory(MODEL, [{ period: '2024', value: 50000, qualifier: 'upper_bound' }], {
      metric: 'tam',
    });
    expect(row).toMatchObject({ model: 60000, difference: 10000, isConsistent: false });
  });

  it('refuses bad periods, values and tolerances', () => {
    expect(() => compareHistory(MODEL, [{ period: '2024H1', value: 1, qualifier: 'exact' }])).toThrow(
      /not a quarter/,
    );
    expect(() => compareHistory(MODEL, [{ period: '2024', value: Number.NaN, qualifier: 'exact' }])).toThrow(
      /finite/,
    );
    expect(() => compareHistory(MODEL, [], { tolerance: -1 })).toThrow(/tolerance/);
  });

  it('evaluates the default model over the past from the base year', () => {
    const history = evaluateModel({ assumptions: {} }, '2023Q1', '2025Q4');
    const rows = compareHistory(history, AMD_INSTINCT_STATEMENTS);
    // The defaults are set so that 2024 is just over $5B and 2024Q2 is the first quarter over $1B.
    expect(rows.map((r) => r.isConsistent)).toEqual([true, true, true]);
  });
});
