import type { AgCartesianChartOptions } from 'ag-charts-community';
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../projection/logistic-fit';
import { runWorkbookModel } from '../../../projection/workbook-model';
import {
  buildRevenueChartOptions,
  historyPoints,
} from '../../../renderer/features/projection/revenue-chart-model';
import { buildX86ChartOptions, describeFit } from '../../../renderer/features/projection/x86-fit-model';
import { readChartPalette, type ChartPalette } from '../../../renderer/features/projection/chart-style';
import { defaultScenarios, sampleData } from '../fixtures';

const data = sampleData();
// The palette as app/tokens.css sets it (the page reads it with getComputedStyle).
const palette: ChartPalette = {
  scenarios: ['#16a34a', '#2563eb', '#ea580c'],
  history: '#111827',
  historyMuted: '#6b7280',
  guide: '#9ca3af',
  markerOutline: '#ffffff',
  fit: '#d1343a',
  observed: '#1f2430',
};
const result = runWorkbookModel(data, defaultScenarios());

type Series = {
  type: string;
  title: string;
  data: { x: number; y: number; period: string; note?: string }[];
  lineDash?: number[];
};
const seriesOf = (options: AgCartesianChartOptions) => options.series as unknown as Series[];

describe('the Instinct revenue chart', () => {
  it('draws a line per scenario, the dashed expectation and the history points, per year', () => {
    const series = seriesOf(buildRevenueChartOptions(result, data, 'years', 'linear', palette));
    expect(series.map((s) => [s.type, s.title])).toEqual([
      ['line', 'Bull (25%)'],
      ['line', 'Base (50%)'],
      ['line', 'Bear (25%)'],
      ['line', 'Expectation (probability-weighted)'],
      ['scatter', 'History: at least (≥)'],
    ]);
    expect(series[3]!.lineDash).toEqual([7, 4]);
    expect(series[1]!.data.map((p) => p.x)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const expected2030 = result.comparison.years.at(-1)!.expected.instinctRevenue;
    expect(series[3]!.data.at(-1)!.y).toBeCloseTo(expected2030, 6);
  });

  it('draws one point per period and value for estimates repeated by AMD’s statements', () => {
    const years = historyPoints(data.instinctEstimates, 'years').get('History: at least (≥)')!;
    expect(years).toEqual([
      {
        x: 2024,
        y: 5000,
        period: '2024',
        note: 'Workbook estimate (lower bound)\nAMD: over $5B of Instinct revenue in 2024',
      },
    ]);
    const quarters = historyPoints(data.instinctEstimates, 'quarters');
    expect(quarters.get('History: at least (≥)')!.map((p) => p.period)).toEqual(['2024Q3', '2024Q2']);
    expect(quarters.get('History: at most (≤)')!.map((p) => [p.period, p.x])).toEqual([['2024Q1', 2024]]);
  });

  it('plots quarters at their start as fractional years, and can use a log scale', () => {
    const options = buildRevenueChartOptions(result, data, 'quarters', 'log', palette);
    const base = seriesOf(options)[1]!;
    expect(base.data).toHaveLength(32);
    expect(base.data.find((p) => p.period === '2027Q2')!.x).toBe(2027.25);
    expect((options.axes as { y: { type: string } }).y.type).toBe('log');
    expect((options.axes as { x: { crossLines: { value: number }[] } }).x.crossLines[0]!.value).toBe(2026.25);
  });
});

describe('the x86 fit', () => {
  const fit = fitLogistic(data.x86History);

  it('lists the parameters for people', () => {
    const rows = describeFit(fit);
    expect(rows.map((r) => r.label)).toEqual([
      'Ceiling',
      'Speed k',
      'Midpoint',
      'R²',
      '1% → 20% share',
      'Quarters fitted',
    ]);
    expect(rows[0]!.value).toBe(`${fit.ceiling.toFixed(1)}%`);
    expect(rows[2]!.value).toMatch(/^\d{4}Q[1-4] \(\d{4}\.\d{1,2}\)$/);
    expect(rows[5]!.value).toBe('32');
    expect(describeFit({ ...fit, quartersFrom1To20: null })[4]!.value).toBe('never (ceiling ≤ 20%)');
  });

  it('charts the history with the fitted curve, one curve point per quarter', () => {
    const [curve, observed] = seriesOf(buildX86ChartOptions(data.x86History, fit, palette));
    expect(observed!.data).toHaveLength(32);
    expect(curve!.data).toHaveLength(32 + 16);
    const mid = curve!.data.find((p) => Math.abs(p.x - fit.midpoint) < 0.125)!;
    expect(mid.y).toBeCloseTo(fit.ceiling / 2, 0);
  });

  it('charts the history alone when there is no fit', () => {
    const [curve, observed] = seriesOf(buildX86ChartOptions(data.x86History, null, palette));
    expect(curve!.data).toEqual([]);
    expect(observed!.data).toHaveLength(32);
  });
});

describe('the charts’ palette', () => {
  const tokens: Record<string, string> = {
    '--chart-scenario-1': ' #16a34a',
    '--chart-scenario-2': '#2563eb',
    '--chart-history': '#111827',
    '--chart-history-muted': '#6b7280',
    '--chart-guide': '#9ca3af',
    '--chart-marker-outline': '#ffffff',
    '--chart-fit': '#d1343a',
    '--chart-observed': '#1f2430',
  };
  const source = (values: Record<string, string>) => ({
    getPropertyValue: (name: string) => values[name] ?? '',
  });

  it('reads the --chart-* tokens, the scenarios’ colours in order', () => {
    expect(readChartPalette(source(tokens))).toEqual({
      scenarios: ['#16a34a', '#2563eb'],
      history: '#111827',
      historyMuted: '#6b7280',
      guide: '#9ca3af',
      markerOutline: '#ffffff',
      fit: '#d1343a',
      observed: '#1f2430',
    });
  });

  it('names a token that is not set', () => {
    const { ['--chart-guide']: _guide, ...rest } = tokens;
    expect(() => readChartPalette(source(rest))).toThrow('the design token --chart-guide is not set');
    const { ['--chart-scenario-1']: _one, ['--chart-scenario-2']: _two, ...none } = tokens;
    expect(() => readChartPalette(source(none))).toThrow('--chart-scenario-1 is not set');
  });

  it('colours each scenario’s line from it, reusing the colours when there are more scenarios', () => {
    const two = readChartPalette(source(tokens));
    const lines = seriesOf(buildRevenueChartOptions(result, data, 'years', 'linear', two)).slice(0, 3);
    expect(lines.map((s) => (s as unknown as { stroke: string }).stroke)).toEqual([
      '#16a34a',
      '#2563eb',
      '#16a34a',
    ]);
  });
});
