import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { runWorkbookModel } from '../../../projection/workbook-model';
import {
  buildOutputColumnDefs,
  buildOutputRows,
  formatMetric,
  OUTPUT_METRICS,
  outputYears,
  type OutputRow,
} from '../../../renderer/features/projection/output-grid-model';
import { defaultScenarios, sampleData } from '../fixtures';

const result = runWorkbookModel(sampleData(), defaultScenarios());
const projection = result.comparison.scenarios.find((s) => s.name === 'Base')!.projection;

describe('the outputs grid', () => {
  it('has a row per metric with every quarter and year, history and projection', () => {
    const rows = buildOutputRows(projection);
    expect(rows.map((r) => r.metric)).toEqual(OUTPUT_METRICS.map((m) => m.metric));
    expect(rows.map((r) => r.metric)).toEqual(
      expect.arrayContaining(['training', 'inference', 'otherShare', 'nvidiaRevenue', 'dealRevenue']),
    );
    const revenue = rows.find((r) => r.metric === 'instinctRevenue')!;
    expect(Object.keys(revenue.values)).toHaveLength(32 + 8);
    expect(revenue.values['2027']).toBe(projection.years.find((y) => y.year === 2027)!.instinctRevenue);
    expect(revenue.values['2026Q2']).toBe(
      projection.quarters.find((q) => q.period === '2026Q2')!.instinctRevenue,
    );
  });

  it('splits Instinct revenue by segment, years summing their quarters', () => {
    const rows = buildOutputRows(projection);
    const values = (metric: string) => rows.find((r) => r.metric === metric)!.values;
    const q = projection.quarters.find((x) => x.period === '2027Q3')!;
    expect(values('instinctInference')['2027Q3']).toBe(q.segments.inference.instinctRevenue);
    const y2027 = projection.years.find((y) => y.year === 2027)!;
    expect(values('instinctTraining')['2027']! + values('instinctInference')['2027']!).toBeCloseTo(
      y2027.instinctRevenue,
      6,
    );
  });

  it('groups the quarters by year and says how many are projected', () => {
    const years = outputYears(projection);
    expect(years.map((y) => [y.year, y.projectedQuarters])).toEqual([
      [2023, 0],
      [2024, 0],
      [2025, 0],
      [2026, 3],
      [2027, 4],
      [2028, 4],
      [2029, 4],
      [2030, 4],
    ]);
    expect(years[3]!.quarters).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
  });

  it('pins the metric and its unit, then a group per year ending in the year; reported years fold', () => {
    const columns = buildOutputColumnDefs(outputYears(projection));
    expect(columns.slice(0, 2).map((c) => (c as ColDef).colId)).toEqual(['label', 'unit']);
    const reported = columns[2] as ColGroupDef<OutputRow>;
    expect(reported).toMatchObject({
      headerName: '2023',
      headerClass: 'header-reported',
      openByDefault: false,
    });
    expect(reported.children.map((c) => c.headerName)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Reported']);
    expect((reported.children[0] as ColDef).columnGroupShow).toBe('open');
    expect((reported.children[4] as ColDef).columnGroupShow).toBeUndefined();
    const mixed = columns[5] as ColGroupDef<OutputRow>;
    expect(mixed).toMatchObject({ headerName: '2026', openByDefault: true });
    expect(mixed.children.map((c) => (c as ColDef).colId)).toEqual([
      '2026Q1',
      '2026Q2',
      '2026Q3',
      '2026Q4',
      '2026',
    ]);
    expect(mixed.children.map((c) => c.headerName)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Year']);
    expect(mixed.children.map((c) => (c as ColDef).headerClass ?? null)).toEqual([
      'header-reported',
      null,
      null,
      null,
      null,
    ]);
    expect((mixed.children[4] as ColDef).headerTooltip).toBe('2026: 1 reported and 3 projected quarters');
  });

  it('writes money with thousands separators and shares and growth as percentages', () => {
    const columns = buildOutputColumnDefs(outputYears(projection));
    const year = (columns[6] as ColGroupDef<OutputRow>).children[4] as ColDef<OutputRow>;
    const shown = (data: OutputRow) => {
      const value = (year.valueGetter as (p: Partial<ValueGetterParams<OutputRow>>) => unknown)({ data });
      return (year.valueFormatter as (p: Partial<ValueFormatterParams<OutputRow>>) => string)({
        data,
        value,
      });
    };
    const rows = buildOutputRows(projection);
    const row = (metric: string) => rows.find((r) => r.metric === metric)!;
    const y2027 = projection.years.find((y) => y.year === 2027)!;
    expect(shown(row('tam'))).toBe(Math.round(y2027.tam).toLocaleString('en-US'));
    expect(shown(row('xpuShare'))).toBe(`${(y2027.xpuShare * 100).toFixed(1)}%`);
    expect(shown(row('yoy'))).toBe(`+${(y2027.yoy! * 100).toFixed(1)}%`);
  });

  it('formats each metric kind', () => {
    const format = Object.fromEntries(OUTPUT_METRICS.map((m) => [m.metric, m.format]));
    expect([format.tam, format.xpuShare, format.otherShare, format.dealRevenue, format.yoy]).toEqual([
      'money',
      'share',
      'share',
      'money',
      'growth',
    ]);
    expect(formatMetric('money', 29201.4)).toBe('29,201');
    expect(formatMetric('share', 0.17)).toBe('17.0%');
    expect(formatMetric('growth', 0.7)).toBe('+70.0%');
    expect(formatMetric('growth', null)).toBe('');
  });
});
