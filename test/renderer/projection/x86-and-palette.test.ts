import type { AgCartesianChartOptions } from 'ag-charts-community';
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../projection/logistic-fit';
import { runWorkbookModel } from '../../../projection/workbook-model';
import { readChartPalette, type ChartPalette } from '../../../renderer/components/chart-style';
import { buildRevenueChartOptions } from '../../../renderer/features/projection/revenue-chart-model';
import { buildX86ChartOptions, describeFit } from '../../../renderer/features/projection/x86-fit-model';
import { defaultScenarios, sampleData } from '../fixtures';

const data = sampleData();
const estimates = data.market.instinctEstimates;
const result = runWorkbookModel(data, defaultScenarios());
const palette = { observed: '#1f2430', fit: '#d1343a' } as ChartPalette;
type Series = { data: { x: number; y: number }[] };
const seriesOf = (options: AgCartesianChartOptions) => options.series as unknown as Series[];

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
    // 2017Q4 to 2026Q1 is 34 quarters (two without a report), then four years beyond.
    expect(curve!.data).toHaveLength(34 + 16);
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
    '--chart-nvidia': '#4d7c0f',
    '--chart-amd': '#d1343a',
    '--chart-xpu': '#2563eb',
    '--chart-other': '#a8a29e',
    '--chart-training': '#7c3aed',
    '--chart-inference': '#0891b2',
    '--chart-deals': '#f59e0b',
    '--chart-share': '#d1343a',
    '--chart-floor': '#111827',
    '--chart-projection-band': '#f3f4f6',
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
      nvidia: '#4d7c0f',
      amd: '#d1343a',
      xpu: '#2563eb',
      other: '#a8a29e',
      training: '#7c3aed',
      inference: '#0891b2',
      deals: '#f59e0b',
      share: '#d1343a',
      floor: '#111827',
      projectionBand: '#f3f4f6',
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
    const lines = seriesOf(buildRevenueChartOptions(result, estimates, 'years', 'linear', two)).slice(0, 3);
    expect(lines.map((s) => (s as unknown as { stroke: string }).stroke)).toEqual([
      '#16a34a',
      '#2563eb',
      '#16a34a',
    ]);
  });
});
