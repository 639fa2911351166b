import { describe, it, expect } from 'vitest';
import { AMD_INSTINCT_STATEMENTS, compareHistory } from '../../projection/history-compare';
import { comparePeriods } from '../../projection/period';
import { runScenario } from '../../projection/scenario-model';
import { DATA_CONTEXT, projectionOf, quarterResult, yearResult } from './model-fixtures';

// A hand-made model output: 2024Q1 = 900, 2024Q2 = 1100, the whole year 2024 = 4800.
const MODEL = projectionOf(
  [
    quarterResult('2024Q1', { instinctRevenue: 900, isProjected: false }),
    quarterResult('2024Q2', { instinctRevenue: 1100, isProjected: false }),
  ],
  [
    yearResult(2024, {
      tam: 60000,
      merchant: 54000,
      instinctRevenue: 4800,
      grossProfit: 2400,
      projectedQuarters: 0,
    }),
  ],
);

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

  it('reads a press inference as the floor the press gave', () => {
    const rows = compareHistory(MODEL, [
      { period: '2024Q1', value: 1000, qualifier: 'inference' },
      { period: '2024Q2', value: 1000, qualifier: 'inference' },
    ]);
    expect(rows.map((r) => [r.period, r.isConsistent])).toEqual([
      ['2024Q1', false],
      ['2024Q2', true],
    ]);
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

  it('leaves a year the output holds only in part empty', () => {
    const partial = projectionOf([], [yearResult(2024, { instinctRevenue: 4800, quarterCount: 2 })]);
    const [row] = compareHistory(partial, [{ period: '2024', value: 5000, qualifier: 'lower_bound' }]);
    expect(row).toMatchObject({ model: null, isConsistent: null });
  });

  // docs/MODEL.md 3.2: the anchors make 2024 5,150, 2024Q1 484.6 and 2024Q2 1,030.
  it('finds the rebuilt history of the default workbook consistent with every AMD statement', () => {
    const rows = compareHistory(runScenario(DATA_CONTEXT, { assumptions: {} }), AMD_INSTINCT_STATEMENTS);
    expect(rows.map((r) => [r.period, r.isConsistent])).toEqual([
      ['2024Q1', true],
      ['2024Q2', true],
      ['2024', true],
    ]);
    // The press's "north of 1.5 B$" for 2024Q3 holds too: 1,679.0 (docs/MODEL.md 3.2).
    const [press] = compareHistory(runScenario(DATA_CONTEXT, { assumptions: {} }), [
      { period: '2024Q3', value: 1500, qualifier: 'inference' },
    ]);
    expect(press).toMatchObject({ isConsistent: true, model: expect.closeTo(1679, 0) as number });
    expect(rows.map((r) => r.model)).toEqual([
      expect.closeTo(484.6, 1),
      expect.closeTo(1030, 6),
      expect.closeTo(5150, 6),
    ]);
  });
});
