import type { AgCartesianChartOptions } from 'ag-charts-community';
import { describe, expect, it } from 'vitest';
import { runWorkbookModel } from '../../../projection/workbook-model';
import {
  buildMarketChartOptions,
  tamPathPoints,
} from '../../../renderer/features/projection/market-chart-model';
import { describePeriod, periodData } from '../../../renderer/features/projection/period-data';
import {
  buildRevenueChartOptions,
  historyPoints,
  workbookEstimates,
} from '../../../renderer/features/projection/revenue-chart-model';
import {
  buildDealsChartOptions,
  buildSegmentChartOptions,
} from '../../../renderer/features/projection/split-chart-model';
import type { ChartPalette } from '../../../renderer/components/chart-style';
import { defaultScenarios, sampleData } from '../fixtures';

const data = sampleData();
const estimates = data.market.instinctEstimates;
// The palette as app/tokens.css sets it (the page reads it with getComputedStyle).
const palette: ChartPalette = {
  scenarios: ['#16a34a', '#2563eb', '#ea580c'],
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
};
const scenarios = defaultScenarios();
const result = runWorkbookModel(data, scenarios);
const base = result.comparison.scenarios[1]!.projection;

type Series = {
  type: string;
  title?: string;
  yName?: string;
  yKey: string;
  stacked?: boolean;
  fill?: string;
  xKey: string;
  data?: unknown;
  lineDash?: number[];
};
const seriesOf = (options: AgCartesianChartOptions) => options.series as unknown as Series[];
type Row = Record<string, unknown>;
/** A series' points, read from the chart's own data (the series hold none). */
const pointsOf = (options: AgCartesianChartOptions, series: Series) =>
  (options.data as Row[])
    .filter((row) => row[series.yKey] !== undefined)
    .map((row) => ({ x: row[series.xKey] as number, y: row[series.yKey] as number, period: row.period }));
type CrossLine = { type: string; value?: number; range?: [number, number]; label: { text: string } };
const crossLines = (options: AgCartesianChartOptions) =>
  (options.axes as unknown as { x: { crossLines: CrossLine[] } }).x.crossLines;

describe('the periods the charts draw', () => {
  it('hold the history and the projection per quarter, each part of the market summing to the TAM', () => {
    const quarters = periodData(base, result.history, 'quarters');
    expect(quarters[0]!.period).toBe(result.history[0]!.period);
    expect(quarters.find((q) => q.period === result.jumpOff.quarter)!.projectedQuarters).toBe(0);
    expect(quarters.at(-1)).toMatchObject({ period: '2030Q4', projectedQuarters: 1 });
    for (const q of quarters) expect(q.nvidia + q.amd + q.xpu + q.other).toBeCloseTo(q.tam, 6);
    for (const q of quarters) expect(q.fromDeals + q.fromShare).toBeCloseTo(q.amd, 6);
    const history = result.history.at(-1)!;
    const jump = quarters.find((q) => q.period === history.period)!;
    expect(jump.sources).toEqual(history.sources);
    expect(jump.nvidia).toBeCloseTo(history.nvidia, 6);
  });

  it('sum quarters into years and say how each is made up', () => {
    const years = periodData(base, result.history, 'years');
    const y2027 = base.years.find((y) => y.year === 2027)!;
    const row = years.find((y) => y.period === '2027')!;
    expect(row.tam).toBeCloseTo(y2027.tam, 6);
    expect(row.amd).toBeCloseTo(y2027.instinctRevenue, 6);
    expect(describePeriod(row)).toBe('2027 (projected)');
    expect(describePeriod(years.find((y) => y.period === '2026')!)).toBe(
      '2026 (1 reported and 3 projected quarters)',
    );
    expect(describePeriod(years[0]!)).toBe('2023 (reported)');
  });
});

describe('the market chart', () => {
  const options = buildMarketChartOptions(
    periodData(base, result.history, 'quarters'),
    result.jumpOff.quarter,
    'quarters',
    palette,
  );

  it('stacks NVIDIA, AMD Instinct, XPU and other in the tokens’ colours, with AMD’s TAM path as points', () => {
    const series = seriesOf(options);
    expect(series.map((s) => [s.type, s.yName ?? s.title, s.stacked ?? false])).toEqual([
      ['area', 'NVIDIA', true],
      ['area', 'AMD Instinct', true],
      ['area', 'Custom accelerators (XPU)', true],
      ['area', 'Other merchant', true],
      ['scatter', "AMD's TAM path (a year's quarterly average)", false],
    ]);
    expect(series.slice(0, 4).map((s) => s.fill)).toEqual(['#4d7c0f', '#d1343a', '#2563eb', '#a8a29e']);
  });

  it('marks the jump-off and shades the projection', () => {
    const [band, line] = crossLines(options);
    expect(line).toMatchObject({ type: 'line', value: 2026, label: { text: 'jump-off 2026Q1' } });
    expect(band).toMatchObject({ type: 'range', range: [2026, 2030.75] });
  });

  it('draws AMD’s TAM statements per year, or as a quarter of the year at mid-year', () => {
    expect(tamPathPoints('years').map((p) => [p.x, p.y])).toEqual([
      [2023, 45000],
      [2027, 400000],
      [2028, 500000],
    ]);
    expect(tamPathPoints('quarters')[1]).toMatchObject({ x: 2027.375, y: 100000, isQuarterly: true });
    const years = buildMarketChartOptions(
      periodData(base, result.history, 'years'),
      result.jumpOff.quarter,
      'years',
      palette,
    );
    expect(crossLines(years)[1]!.value).toBe(2026);
  });
});

describe('Instinct from deals and from share, and the segments', () => {
  const quarters = periodData(base, result.history, 'quarters');

  it('stacks revenue covered by deals and the rest, with the deals’ floor as a dashed line', () => {
    const series = seriesOf(buildDealsChartOptions(quarters, result.jumpOff.quarter, 'quarters', palette));
    expect(series.map((s) => [s.type, s.yKey])).toEqual([
      ['area', 'fromDeals'],
      ['area', 'fromShare'],
      ['line', 'dealFloor'],
    ]);
    expect(series[2]!.lineDash).toEqual([6, 3]);
  });

  it('stacks the TAM’s training and inference', () => {
    const series = seriesOf(buildSegmentChartOptions(quarters, result.jumpOff.quarter, 'quarters', palette));
    expect(series.map((s) => [s.yKey, s.yName, s.fill])).toEqual([
      ['training', 'Training', '#7c3aed'],
      ['inference', 'Inference', '#0891b2'],
    ]);
  });
});

describe('the Instinct revenue chart', () => {
  it('draws a line per scenario through history and projection, the dashed expectation and the history points', () => {
    const options = buildRevenueChartOptions(result, estimates, 'years', 'linear', palette);
    const series = seriesOf(options);
    expect(series.map((s) => [s.type, s.title])).toEqual([
      ['line', 'Bull (25%)'],
      ['line', 'Base (50%)'],
      ['line', 'Bear (25%)'],
      ['line', 'Expectation (probability-weighted)'],
      ['scatter', 'History: at least (≥)'],
    ]);
    expect(series[3]!.lineDash).toEqual([7, 4]);
    expect(pointsOf(options, series[1]!).map((p) => p.x)).toEqual([
      2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    const expected2030 = result.comparison.years.at(-1)!.expected!.instinctRevenue;
    expect(pointsOf(options, series[3]!).at(-1)!.y).toBeCloseTo(expected2030, 6);
    expect(pointsOf(options, series[4]!)).toEqual([{ x: 2024, y: 5000, period: '2024' }]);
  });

  it('leaves the expectation out when no scenario has a probability', () => {
    const zero = runWorkbookModel(
      data,
      scenarios.map((s) => ({ ...s, probability: 0 })),
    );
    const titles = seriesOf(buildRevenueChartOptions(zero, estimates, 'years', 'linear', palette)).map(
      (s) => s.title,
    );
    expect(titles).not.toContain('Expectation (probability-weighted)');
  });

  it('draws one point per period and value for estimates repeated by AMD’s statements', () => {
    const years = historyPoints(workbookEstimates(estimates), 'years').get('History: at least (≥)')!;
    expect(years).toEqual([
      {
        x: 2024,
        y: 5000,
        period: '2024',
        note: 'Workbook estimate (lower bound)\nAMD: over $5B of Instinct revenue in 2024',
      },
    ]);
    const quarters = historyPoints(workbookEstimates(estimates), 'quarters');
    expect(quarters.get('History: at least (≥)')!.map((p) => p.period)).toEqual(['2023Q4', '2024Q2']);
    // The press's "north of 1.5 B$" for 2024Q3 is an inference, drawn apart from AMD's own statements.
    expect(quarters.get('History: press inference (∴)')!.map((p) => p.period)).toEqual(['2024Q3']);
    expect(quarters.get('History: at most (≤)')!.map((p) => [p.period, p.x])).toEqual([['2024Q1', 2024]]);
  });

  it('plots quarters at their start as fractional years, and can use a log scale', () => {
    const options = buildRevenueChartOptions(result, estimates, 'quarters', 'log', palette);
    const line = pointsOf(options, seriesOf(options)[1]!);
    expect(line).toHaveLength(base.quarters.length);
    expect(line.find((p) => p.period === '2027Q2')!.x).toBe(2027.25);
    expect((options.axes as { y: { type: string } }).y.type).toBe('log');
    expect(crossLines(options)[1]!.value).toBe(2026);
  });
});

describe('an assumption edit', () => {
  // The edit of the e2e test: Base's inference share ceiling.
  const edited = runWorkbookModel(
    data,
    scenarios.map((s) =>
      s.name === 'Base' ? { ...s, assumptions: { ...s.assumptions, 'amd.inference.shareCeiling': 0.3 } } : s,
    ),
  );
  const editedBase = edited.comparison.scenarios[1]!.projection;
  const withoutData = ({ data, ...rest }: AgCartesianChartOptions) => ({ rest, length: (data ?? []).length });

  // AG Charts applies a change of the options' own `data` alone, of the same length, on its fast
  // path; any change in a series (its data among them) makes it process every series and axis again.
  it.each(['years', 'quarters'] as const)(
    'changes only the charts’ own data, of the same length (%s)',
    (grain) => {
      const charts = [
        (r: typeof result, p: typeof base) =>
          buildMarketChartOptions(periodData(p, r.history, grain), r.jumpOff.quarter, grain, palette),
        (r: typeof result, p: typeof base) =>
          buildDealsChartOptions(periodData(p, r.history, grain), r.jumpOff.quarter, grain, palette),
        (r: typeof result, p: typeof base) =>
          buildSegmentChartOptions(periodData(p, r.history, grain), r.jumpOff.quarter, grain, palette),
        (r: typeof result) => buildRevenueChartOptions(r, estimates, grain, 'linear', palette),
      ];
      for (const build of charts) {
        const before = build(result, base);
        const after = build(edited, editedBase);
        expect(seriesOf(after).every((s) => s.data === undefined)).toBe(true);
        expect(after.data).not.toEqual(before.data);
        expect(withoutData(after)).toEqual(withoutData(before));
      }
    },
  );
});
