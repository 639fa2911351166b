import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { cagr } from '../../../projection/cagr';
import { runWorkbookModel } from '../../../projection/workbook-model';
import {
  buildComparisonColumnDefs,
  buildComparisonRows,
} from '../../../renderer/features/projection/comparison-grid-model';
import {
  expectation,
  instinctCagrs,
  instinctPaths,
  sharedYears,
} from '../../../renderer/features/projection/instinct-paths';
import { defaultScenarios, sampleData } from '../fixtures';

const scenarios = defaultScenarios();
const result = runWorkbookModel(sampleData(), scenarios);

describe('Instinct revenue paths', () => {
  const paths = instinctPaths(result);

  it('run each scenario through the rebuilt history and its projection, by year and by quarter', () => {
    expect(paths.map((p) => [p.name, p.weight])).toEqual([
      ['Bull', 0.25],
      ['Base', 0.5],
      ['Bear', 0.25],
    ]);
    const base = paths[1]!;
    expect([...base.byYear.keys()]).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(base.byQuarter.size).toBe(32);
    // The history is the same in every scenario.
    expect(paths[0]!.byYear.get(2024)).toBe(base.byYear.get(2024));
    expect(base.byQuarter.get('2024Q2')).toBeCloseTo(
      result.history.find((h) => h.period === '2024Q2')!.amd,
      6,
    );
    expect(base.byYear.get(2028)).toBe(
      result.comparison.years.find((y) => y.year === 2028)!.scenarios[1]!.instinctRevenue,
    );
  });

  it('weights the expectation by probability, matching the comparison’s', () => {
    const expected = expectation(paths, (p) => p.byYear);
    for (const year of result.comparison.years) {
      expect(expected.get(year.year)).toBeCloseTo(year.expected!.instinctRevenue, 6);
    }
    expect(sharedYears(paths)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('computes the CAGR between two years per scenario and for the expectation', () => {
    const rows = instinctCagrs(paths, 2024, 2028);
    expect(rows.map((r) => r.name)).toEqual(['Bull', 'Base', 'Bear', 'Expectation']);
    const base = paths[1]!;
    expect(rows[1]!.cagr).toBeCloseTo(cagr(base.byYear.get(2024)!, base.byYear.get(2028)!, 4)!, 12);
    expect(instinctCagrs(paths, 2024, 2040)[0]!.cagr).toBeNull();
  });

  it('has no expectation’s CAGR when no scenario has a probability', () => {
    const zero = runWorkbookModel(
      sampleData(),
      scenarios.map((s) => ({ ...s, probability: 0 })),
    );
    expect(instinctCagrs(instinctPaths(zero), 2024, 2028).map((r) => r.name)).toEqual([
      'Bull',
      'Base',
      'Bear',
    ]);
  });
});

describe('the comparison grid', () => {
  it('has a row per year, history first, with each scenario, the expectation and its YoY', () => {
    const rows = buildComparisonRows(result.comparison);
    expect(rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(rows.map((r) => r.projectedQuarters)).toEqual([0, 0, 0, 3, 4, 4, 4, 4]);
    const y2027 = result.comparison.years[4]!;
    expect(rows[4]!.revenue).toEqual(y2027.scenarios.map((s) => s.instinctRevenue));
    expect(rows[4]!.expected).toBe(y2027.expected!.instinctRevenue);
    expect(rows[0]!.expectedYoy).toBeNull();
  });

  it('leaves the expectation empty when no scenario has a probability', () => {
    const zero = runWorkbookModel(
      sampleData(),
      scenarios.map((s) => ({ ...s, probability: 0 })),
    );
    const rows = buildComparisonRows(zero.comparison);
    expect(rows.every((r) => r.expected === null && r.expectedTam === null)).toBe(true);
    expect(rows[4]!.revenue).toHaveLength(3);
  });

  it('heads each scenario column with its probability', () => {
    const columns = buildComparisonColumnDefs(result.comparison.scenarios);
    const revenue = columns[1] as ColGroupDef;
    expect(revenue.children.map((c) => c.headerName)).toEqual([
      'Bull · 25%',
      'Base · 50%',
      'Bear · 25%',
      'Expectation',
    ]);
    const expectationGroup = columns[2] as ColGroupDef;
    expect(expectationGroup.children.map((c) => (c as ColDef).colId)).toEqual([
      'expectedYoy',
      'expectedGrossProfit',
      'expectedTam',
    ]);
  });
});
