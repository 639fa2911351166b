import type { AgCartesianChartOptions, AgCartesianSeriesOptions, AgMarkerShape } from 'ag-charts-community';
import { AMD_INSTINCT_STATEMENTS, type HistoryEstimate } from '../../../projection/history-compare';
import { isQuarterPeriod, isYearPeriod } from '../../../projection/period';
import { quarterToYearFraction } from '../../../projection/quarter-time';
import type { QualifiedValue } from '../../../projection/market/market-types';
import type { WorkbookModelResult } from '../../../projection/workbook-model';
import { formatMoney } from '../../components/number-format';
import { moneyAxis, timeAxis } from './chart-axes';
import { BASE_CHART_OPTIONS, scenarioColor, type ChartPalette } from '../../components/chart-style';
import { expectation, instinctPaths, type InstinctPath } from './instinct-paths';
import type { ChartGrain } from './period-data';

export type { ChartGrain };
/** A log scale shows the early history (hundreds of millions) and 2030 (hundreds of billions) alike. */
export type ChartScale = 'linear' | 'log';

/** One plotted point: x is the year, or the quarter's start as a fractional year (2027Q2 = 2027.25). */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly period: string;
  /** For history points: the estimates and statements behind the point. */
  readonly note?: string;
}

const HISTORY_GROUPS: readonly {
  qualifiers: readonly HistoryEstimate['qualifier'][];
  title: string;
  shape: AgMarkerShape;
  color: keyof Pick<ChartPalette, 'history' | 'historyMuted'>;
}[] = [
  {
    qualifiers: ['exact', 'approx'],
    title: 'History: estimate',
    shape: 'circle',
    color: 'history',
  },
  { qualifiers: ['lower_bound'], title: 'History: at least (≥)', shape: 'triangle', color: 'history' },
  { qualifiers: ['upper_bound'], title: 'History: at most (≤)', shape: 'diamond', color: 'historyMuted' },
  {
    qualifiers: ['inference'],
    title: 'History: press inference (∴)',
    shape: 'square',
    color: 'historyMuted',
  },
];

const xOf = (period: string): number =>
  isQuarterPeriod(period) ? quarterToYearFraction(period) : Number(period);

/** The points of a period-keyed map, in time order. */
function points<K extends number | string>(values: ReadonlyMap<K, number>): ChartPoint[] {
  return [...values]
    .map(([period, y]) => ({ x: xOf(String(period)), y, period: String(period) }))
    .sort((a, b) => a.x - b.x);
}

/** The workbook's Instinct estimates (amd.instinct_revenue_est) as history points with a label. */
export function workbookEstimates(values: readonly QualifiedValue[]): HistoryEstimate[] {
  return values.map((v) => ({ ...v, label: `Workbook estimate (${v.qualifier.replace('_', ' ')})` }));
}

/**
 * The history points: the workbook's Instinct estimates and AMD's statements of the chosen grain,
 * one point per period, value and qualifier (a statement repeated in the workbook is drawn once).
 */
export function historyPoints(
  estimates: readonly HistoryEstimate[],
  grain: ChartGrain,
): Map<string, ChartPoint[]> {
  const isGrain = grain === 'years' ? isYearPeriod : isQuarterPeriod;
  const merged = new Map<string, { estimate: HistoryEstimate; notes: string[] }>();
  for (const e of [...estimates, ...AMD_INSTINCT_STATEMENTS]) {
    if (!isGrain(e.period)) continue;
    const id = `${e.period}|${e.value}|${e.qualifier}`;
    const entry = merged.get(id) ?? { estimate: e, notes: [] };
    entry.notes.push(e.label ?? e.qualifier);
    merged.set(id, entry);
  }
  const groups = new Map<string, ChartPoint[]>(HISTORY_GROUPS.map((g) => [g.title, []]));
  for (const { estimate, notes } of merged.values()) {
    const group = HISTORY_GROUPS.find((g) => g.qualifiers.includes(estimate.qualifier));
    if (!group) continue;
    groups
      .get(group.title)
      ?.push({ x: xOf(estimate.period), y: estimate.value, period: estimate.period, note: notes.join('\n') });
  }
  return groups;
}

/**
 * A row of the revenue chart's one table: a period with each scenario's line (`line0`, `line1`, …)
 * and the expectation, or one history point of its own (`historyX`, `history0`, …).
 */
export type RevenueRow = { readonly period: string; readonly note?: string } & Readonly<
  Record<string, number | string | undefined>
>;

export const lineKey = (index: number): string => `line${index}`;
export const EXPECTED_KEY = 'expected';
/** History points have their own x key, so the lines' rows and theirs never mix. */
export const HISTORY_X = 'historyX';
export const historyKey = (group: number): string => `history${group}`;

// Callbacks live at module level: a new function in the options on every recompute would make
// AG Charts treat the series and axes as changed and process them again from scratch.
const TOOLTIP = {
  renderer: ({ datum, yKey, title }: { datum: RevenueRow; yKey: string; title?: string }) => ({
    heading: datum.period,
    title: title ?? '',
    data: [
      { label: 'Instinct revenue', value: `${formatMoney(Number(datum[yKey]))} USD M` },
      ...(datum.note ? [{ label: 'Source', value: datum.note }] : []),
    ],
  }),
};

/**
 * The chart's table. All the data is in the chart's own `data`, none in a series: an edit then
 * changes only `data` (of the same length), which AG Charts applies on its fast path instead of
 * processing every series and axis again (ChartOptions.isFastPathDelta).
 */
export function revenueRows(
  paths: readonly InstinctPath[],
  pick: (p: InstinctPath) => ReadonlyMap<number | string, number>,
  hasExpectation: boolean,
  history: ReadonlyMap<string, readonly ChartPoint[]>,
): RevenueRow[] {
  const byX = new Map<number, Record<string, number | string>>();
  const put = (values: ReadonlyMap<number | string, number>, key: string) => {
    for (const p of points(values)) {
      const row = byX.get(p.x) ?? { x: p.x, period: p.period };
      row[key] = p.y;
      byX.set(p.x, row);
    }
  };
  paths.forEach((p, i) => put(pick(p), lineKey(i)));
  if (hasExpectation) put(expectation(paths, pick), EXPECTED_KEY);
  const rows: RevenueRow[] = [...byX.values()].sort((a, b) => Number(a.x) - Number(b.x)) as RevenueRow[];
  HISTORY_GROUPS.forEach((group, i) => {
    for (const p of history.get(group.title) ?? []) {
      rows.push({ [HISTORY_X]: p.x, [historyKey(i)]: p.y, period: p.period, note: p.note });
    }
  });
  return rows;
}

/**
 * The Instinct revenue chart (USD millions): each scenario's line through the rebuilt history and
 * its projection, the probability-weighted expectation dashed (none when every probability is 0),
 * and the workbook's estimates and AMD's statements as points, per year or quarter, on a linear or
 * a log scale.
 */
export function buildRevenueChartOptions(
  result: WorkbookModelResult,
  estimates: readonly QualifiedValue[],
  grain: ChartGrain,
  scale: ChartScale,
  palette: ChartPalette,
): AgCartesianChartOptions {
  const paths = instinctPaths(result);
  const pick = (p: InstinctPath): ReadonlyMap<number | string, number> =>
    grain === 'years' ? p.byYear : p.byQuarter;
  const withProbability = (p: InstinctPath) => `${p.name} (${Math.round(p.probability * 100)}%)`;
  const lines: AgCartesianSeriesOptions[] = paths.map((p, i) => ({
    type: 'line',
    xKey: 'x',
    yKey: lineKey(i),
    title: withProbability(p),
    stroke: scenarioColor(palette, i),
    strokeWidth: 2,
    connectMissingData: true,
    marker: {
      enabled: grain === 'years',
      size: 5,
      fill: scenarioColor(palette, i),
      stroke: scenarioColor(palette, i),
    },
    tooltip: TOOLTIP,
  }));
  const hasExpectation = result.comparison.probabilityTotal > 0;
  const expected: AgCartesianSeriesOptions = {
    type: 'line',
    xKey: 'x',
    yKey: EXPECTED_KEY,
    title: 'Expectation (probability-weighted)',
    stroke: palette.history,
    strokeWidth: 2.5,
    lineDash: [7, 4],
    connectMissingData: true,
    marker: { enabled: false },
    tooltip: TOOLTIP,
  };
  const history = historyPoints(workbookEstimates(estimates), grain);
  const historySeries: AgCartesianSeriesOptions[] = HISTORY_GROUPS.flatMap((group, i) =>
    (history.get(group.title) ?? []).length === 0
      ? []
      : [
          {
            type: 'scatter',
            xKey: HISTORY_X,
            yKey: historyKey(i),
            title: group.title,
            shape: group.shape,
            size: 10,
            fill: palette[group.color],
            stroke: palette.markerOutline,
            strokeWidth: 1,
            tooltip: TOOLTIP,
          } as AgCartesianSeriesOptions,
        ],
  );
  const last = lines[0] ? points(pick(paths[0]!)).at(-1)?.x : undefined;
  return {
    ...BASE_CHART_OPTIONS,
    data: revenueRows(paths, pick, hasExpectation, history),
    series: [...lines, ...(hasExpectation ? [expected] : []), ...historySeries],
    axes: {
      x: timeAxis(last, result.jumpOff.quarter, grain, palette),
      y: moneyAxis('Instinct revenue, USD millions', scale === 'log'),
    },
  } as AgCartesianChartOptions;
}
