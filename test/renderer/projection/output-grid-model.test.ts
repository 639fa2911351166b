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
  it('has a row per metric with every projected quarter and year', () => {
    const rows = buildOutputRows(projection);
    expect(rows.map((r) => r.metric)).toEqual([
      'tam',
      'xpuShare',
      'merchant',
      'amdShare',
      'instinctRevenue',
      'grossProfit',
      'yoy',
    ]);
    const revenue = rows.find((r) => r.metric === 'instinctRevenue')!;
    expect(Object.keys(revenue.values)).toHaveLength(19 + 5);
    expect(revenue.values['2027']).toBe(projection.years.find((y) => y.year === 2027)!.instinctRevenue);
    expect(revenue.values['2026Q2']).toBe(projection.quarters[0]!.instinctRevenue);
  });

  it('groups the horizon’s quarters by year, the first year partly', () => {
    expect(outputYears(projection)[0]).toEqual({ year: 2026, quarters: ['2026Q2', '2026Q3', '2026Q4'] });
    expect(outputYears(projection)).toHaveLength(5);
  });

  it('pins the metric and its unit, then a group per year ending in the full year', () => {
    const columns = buildOutputColumnDefs(outputYears(projection));
    expect(columns.slice(0, 2).map((c) => (c as ColDef).colId)).toEqual(['label', 'unit']);
    const first = columns[2] as ColGroupDef<OutputRow>;
    expect(first.headerName).toBe('2026');
    expect(first.children.map((c) => (c as ColDef).colId)).toEqual(['2026Q2', '2026Q3', '2026Q4', '2026']);
    expect(first.children.map((c) => c.headerName)).toEqual(['Q2', 'Q3', 'Q4', 'Year']);
    expect((first.children[3] as ColDef).headerTooltip).toContain('including those before the horizon');
  });

  it('writes money with thousands separators and shares and growth as percentages', () => {
    const columns = buildOutputColumnDefs(outputYears(projection));
    const year = (columns[3] as ColGroupDef<OutputRow>).children[4] as ColDef<OutputRow>;
    const shown = (data: OutputRow) => {
      const value = (year.valueGetter as (p: Partial<ValueGetterParams<OutputRow>>) => unknown)({ data });
      return (year.valueFormatter as (p: Partial<ValueFormatterParams<OutputRow>>) => string)({
        data,
        value,
      });
    };
    const rows = buildOutputRows(projection);
    const y2027 = projection.years.find((y) => y.year === 2027)!;
    expect(shown(rows[0]!)).toBe(Math.round(y2027.tam).toLocaleString('en-US'));
    expect(shown(rows[1]!)).toBe(`${(y2027.xpuShare * 100).toFixed(1)}%`);
    expect(shown(rows[6]!)).toBe(`+${(y2027.yoy! * 100).toFixed(1)}%`);
  });

  it('formats each metric kind', () => {
    expect(OUTPUT_METRICS.map((m) => m.format)).toEqual([
      'money',
      'share',
      'money',
      'share',
      'money',
      'money',
      'growth',
    ]);
    expect(formatMetric('money', 29201.4)).toBe('29,201');
    expect(formatMetric('share', 0.17)).toBe('17.0%');
    expect(formatMetric('growth', 0.7)).toBe('+70.0%');
    expect(formatMetric('growth', null)).toBe('');
  });
});
