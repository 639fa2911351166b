import type { AgCartesianChartOptions, AgLineSeriesOptions } from 'ag-charts-community';
import type { ColDef } from 'ag-grid-community';
import type { VintageDto } from '../../../electron/contract';
import type { BacktestOutput, VintageScore } from '../../../projection/backtest';
import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import type { QuarterPeriod } from '../../../projection/period';
import { quarterToYearFraction } from '../../../projection/quarter-time';
import { BASE_CHART_OPTIONS, scenarioColor, type ChartPalette } from '../../components/chart-style';
import { formatMoney, formatSignedMoney, formatSignedPercent } from '../../components/number-format';

/** What each scored output is called in the grid. */
export const OUTPUT_LABELS: Readonly<Record<BacktestOutput, string>> = {
  instinctRevenue: 'Instinct revenue',
  nvidiaRevenue: 'NVIDIA accelerator revenue',
  tam: 'TAM',
};

/** One scored quarter of one output, as the vintage's grid shows it. */
export interface BacktestRow {
  readonly id: string;
  readonly period: string;
  readonly output: string;
  readonly projected: number;
  readonly reported: number;
  readonly error: number;
  readonly percentError: number | null;
}

/** A vintage's scored quarters, Instinct first, each output by period. */
export function buildBacktestRows(score: VintageScore): BacktestRow[] {
  const order: readonly BacktestOutput[] = ['instinctRevenue', 'nvidiaRevenue', 'tam'];
  return order.flatMap((output) =>
    score.quarters
      .filter((q) => q.output === output)
      .map((q) => ({
        id: `${output}:${q.period}`,
        period: q.period,
        output: OUTPUT_LABELS[output],
        projected: q.projected,
        reported: q.reported,
        error: q.error,
        percentError: q.percentError,
      })),
  );
}

export const backtestRowId = ({ data }: { data: BacktestRow }) => data.id;

const money = ({ value }: { value: number | null | undefined }) => formatMoney(value);
// An error that rounds to nothing shows as 0, not as -0 or +0.0% (float noise of equal values).
const signedMoney = ({ value }: { value: number | null | undefined }) =>
  value != null && Math.abs(value) < 0.5 ? '0' : formatSignedMoney(value);
const signedPercent = ({ value }: { value: number | null | undefined }) =>
  value != null && Math.abs(value) < 0.0005 ? '0.0%' : formatSignedPercent(value);
const numeric = { type: 'rightAligned', width: 130 } as const;

/** The columns of a vintage's backtest grid; money in USD millions, error = projected − reported. */
export const BACKTEST_COLUMNS: ColDef<BacktestRow>[] = [
  { field: 'output', headerName: 'Output', width: 220 },
  { field: 'period', headerName: 'Quarter', width: 100 },
  { field: 'projected', headerName: 'Projected', valueFormatter: money, ...numeric },
  { field: 'reported', headerName: 'Reported', valueFormatter: money, ...numeric },
  { field: 'error', headerName: 'Error', valueFormatter: signedMoney, ...numeric },
  { field: 'percentError', headerName: '% error', valueFormatter: signedPercent, ...numeric },
];

/** The summary line of one vintage: what it scored and how it ranks. */
export function describeScore(score: VintageScore, total: number): string {
  const quarters = score.quarters.filter((q) => q.output === 'instinctRevenue').length;
  if (score.mape === null || score.rank === null) {
    return `Nothing to score yet: no quarter after its jump-off (${score.jumpOff}) has been reported.`;
  }
  const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
  return (
    `${quarters} quarter${quarters === 1 ? '' : 's'} scored · Instinct MAPE ${pct(score.mape)} · ` +
    `NVIDIA MAPE ${pct(score.mapeByOutput.nvidiaRevenue)} · TAM MAPE ${pct(score.mapeByOutput.tam)} · ` +
    `rank ${score.rank} of ${total}`
  );
}

interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

const x = (period: string) => quarterToYearFraction(period as QuarterPeriod);
const yearLabel = ({ value }: { value: number }): string => String(Math.round(value));
const moneyLabel = ({ value }: { value: number }): string => formatMoney(value);

/**
 * Each vintage's Instinct path (its projected quarters, from its jump-off) against the Instinct
 * revenue the workbook holds now (the rebuilt history's AMD part), from a year before the first
 * jump-off. USD millions per quarter.
 */
export function buildBacktestChart(
  vintages: readonly VintageDto[],
  history: readonly MarketHistoryQuarter[],
  palette: ChartPalette,
): AgCartesianChartOptions {
  const firstJumpOff = vintages.map((v) => x(v.jumpOff)).reduce((a, b) => Math.min(a, b), Infinity);
  const from = Number.isFinite(firstJumpOff) ? firstJumpOff - 1 : -Infinity;
  const reported: ChartPoint[] = history
    .map((h) => ({ x: x(h.period), y: h.amd }))
    .filter((p) => p.x >= from);
  const series: AgLineSeriesOptions[] = [
    ...vintages.map((v, i): AgLineSeriesOptions => {
      const jumpOff = v.quarters.find((q) => q.period === v.jumpOff);
      const path = [...(jumpOff ? [jumpOff] : []), ...v.quarters.filter((q) => q.isProjected)];
      const color = scenarioColor(palette, i);
      return {
        type: 'line',
        title: v.label,
        data: path.map((q) => ({ x: x(q.period), y: q.instinctRevenue })),
        xKey: 'x',
        yKey: 'y',
        stroke: color,
        strokeWidth: 1.5,
        lineDash: [5, 3],
        marker: { enabled: false },
      };
    }),
    // Last, so the reported line is drawn over the vintages' paths where they start.
    {
      type: 'line',
      title: 'Reported / rebuilt Instinct',
      data: reported,
      xKey: 'x',
      yKey: 'y',
      stroke: palette.history,
      strokeWidth: 2.5,
      marker: { fill: palette.history, size: 5 },
    },
  ];
  return {
    ...BASE_CHART_OPTIONS,
    series,
    axes: {
      x: {
        type: 'number',
        position: 'bottom',
        nice: false,
        interval: { step: 1 },
        label: { formatter: yearLabel },
      },
      y: {
        type: 'number',
        position: 'left',
        title: { text: 'Instinct revenue per quarter (USD millions)' },
        label: { formatter: moneyLabel },
      },
    },
  } as AgCartesianChartOptions;
}
