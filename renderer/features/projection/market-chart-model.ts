import type { AgCartesianChartOptions, AgCartesianSeriesOptions } from 'ag-charts-community';
import type { QuarterPeriod } from '../../../projection/period';
import { formatMoney, formatPercent } from '../../components/number-format';
import { moneyAxis, timeAxis } from './chart-axes';
import { BASE_CHART_OPTIONS, type ChartPalette } from '../../components/chart-style';
import { describePeriod, type ChartGrain, type PeriodDatum } from './period-data';

/** The market's parts as stacked, bottom first, with the key of their source line in history. */
export const MARKET_PARTS = [
  { key: 'nvidia', name: 'NVIDIA', color: 'nvidia' },
  { key: 'amd', name: 'AMD Instinct', color: 'amd' },
  { key: 'xpu', name: 'Custom accelerators (XPU)', color: 'xpu' },
  { key: 'other', name: 'Other merchant', color: 'other' },
] as const satisfies readonly { key: keyof PeriodDatum; name: string; color: keyof ChartPalette }[];

/**
 * AMD's own statements of the data-center AI accelerator TAM (USD millions a year): 45 B$ for
 * 2023 (Dec 2023), about 400 B$ for 2027 (Jun 2024), more than 500 B$ for 2028 (Jun 2025).
 */
export const AMD_TAM_PATH = [
  { year: 2023, value: 45_000, text: 'about 45,000' },
  { year: 2027, value: 400_000, text: 'about 400,000' },
  { year: 2028, value: 500_000, text: 'more than 500,000' },
] as const;

/** One point of AMD's TAM path as drawn: per year, or per quarter as the year's quarterly average at mid-year. */
export interface TamPathPoint {
  readonly x: number;
  readonly y: number;
  readonly year: number;
  readonly text: string;
  readonly isQuarterly: boolean;
}

export function tamPathPoints(grain: ChartGrain): TamPathPoint[] {
  return AMD_TAM_PATH.map((p) =>
    grain === 'years'
      ? { x: p.year, y: p.value, year: p.year, text: p.text, isQuarterly: false }
      : { x: p.year + 0.375, y: p.value / 4, year: p.year, text: p.text, isQuarterly: true },
  );
}

const PART_TOOLTIP = {
  renderer: ({ datum, yKey, yName }: { datum: PeriodDatum; yKey: string; yName?: string }) => {
    const part = MARKET_PARTS.find((p) => p.key === yKey);
    const value = part ? datum[part.key] : 0;
    const source = part && datum.sources ? datum.sources[part.key] : null;
    return {
      heading: describePeriod(datum),
      title: yName ?? '',
      data: [
        { label: 'Revenue', value: `${formatMoney(value)} USD M` },
        { label: 'Share of the market', value: formatPercent(datum.tam > 0 ? value / datum.tam : null) },
        { label: 'Market (TAM)', value: `${formatMoney(datum.tam)} USD M` },
        ...(source ? [{ label: 'Source', value: source }] : []),
      ],
    };
  },
};

/** A TAM path point as a row of the chart's table: its own x and y keys, so the areas skip it. */
interface TamPathRow {
  readonly tamX: number;
  readonly tamY: number;
  readonly point: TamPathPoint;
}

const TAM_PATH_TOOLTIP = {
  renderer: ({ datum: { point } }: { datum: TamPathRow }) => ({
    heading: `AMD's TAM path, ${point.year}`,
    title: 'AMD statement',
    data: [
      { label: 'AMD said', value: `${point.text} USD M for ${point.year}` },
      ...(point.isQuarterly
        ? [{ label: 'Drawn as', value: `${formatMoney(point.y)} USD M a quarter (a quarter of the year)` }]
        : []),
    ],
  }),
};

/**
 * The market per quarter or year (USD millions): NVIDIA, AMD Instinct, XPU and other merchant
 * accelerators stacked, reported history and the scenario's projection in one chart, the jump-off
 * marked, and AMD's TAM path as points. The data is the chart's own `data`, none in a series: an
 * edit then changes only `data` (of the same length), which AG Charts applies on its fast path
 * instead of processing every series and axis again (ChartOptions.isFastPathDelta).
 */
export function buildMarketChartOptions(
  data: readonly PeriodDatum[],
  jumpOff: QuarterPeriod,
  grain: ChartGrain,
  palette: ChartPalette,
): AgCartesianChartOptions {
  const parts: AgCartesianSeriesOptions[] = MARKET_PARTS.map((p) => ({
    type: 'area',
    xKey: 'x',
    yKey: p.key,
    yName: p.name,
    stacked: true,
    fill: palette[p.color],
    fillOpacity: 0.8,
    stroke: palette[p.color],
    strokeWidth: 1,
    tooltip: PART_TOOLTIP,
  }));
  const tamPath: AgCartesianSeriesOptions = {
    type: 'scatter',
    xKey: 'tamX',
    yKey: 'tamY',
    title: grain === 'years' ? "AMD's TAM path (statements)" : "AMD's TAM path (a year's quarterly average)",
    shape: 'diamond',
    size: 12,
    fill: palette.history,
    stroke: palette.markerOutline,
    strokeWidth: 1.5,
    tooltip: TAM_PATH_TOOLTIP,
  };
  return {
    ...BASE_CHART_OPTIONS,
    // The TAM path's rows come after the periods', so the stacked areas' rows stay contiguous.
    data: [
      ...data,
      ...tamPathPoints(grain).map((point): TamPathRow => ({ tamX: point.x, tamY: point.y, point })),
    ],
    series: [...parts, tamPath],
    axes: {
      x: timeAxis(data.at(-1)?.x, jumpOff, grain, palette),
      y: moneyAxis(grain === 'years' ? 'Market per year, USD millions' : 'Market per quarter, USD millions'),
    },
  } as AgCartesianChartOptions;
}
