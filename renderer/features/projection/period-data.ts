import type { MarketHistoryQuarter } from '../../../projection/market/market-history';
import { quarterToYearFraction } from '../../../projection/quarter-time';
import type { Projection, QuarterResult } from '../../../projection/scenario-model';

/** The projection's charts plot one point per year or one per quarter. */
export type ChartGrain = 'years' | 'quarters';

/**
 * One plotted period of a scenario (money in USD millions): the market's parts, the segments, and
 * Instinct revenue from deals and from share. x is the year, or the quarter's start as a
 * fractional year (2027Q2 = 2027.25).
 */
export interface PeriodDatum {
  readonly x: number;
  readonly period: string;
  /** Quarters of the period that are projected (0 for reported history; 1 for a projected quarter). */
  readonly projectedQuarters: number;
  readonly quarterCount: number;
  readonly tam: number;
  readonly nvidia: number;
  readonly amd: number;
  readonly xpu: number;
  readonly other: number;
  readonly training: number;
  readonly inference: number;
  readonly amdTraining: number;
  readonly amdInference: number;
  readonly fromDeals: number;
  readonly fromShare: number;
  readonly dealFloor: number;
  readonly isBelowDeals: boolean;
  /** For a history quarter: where each part of the market came from. */
  readonly sources?: MarketHistoryQuarter['sources'];
}

type Figures = Omit<PeriodDatum, 'x' | 'period' | 'projectedQuarters' | 'quarterCount' | 'sources'>;

function figures(q: QuarterResult): Figures {
  return {
    tam: q.tam,
    nvidia: q.nvidiaRevenue,
    amd: q.instinctRevenue,
    xpu: q.tam * q.xpuShare,
    other: q.tam * q.otherShare,
    training: q.training,
    inference: q.inference,
    amdTraining: q.segments.training.instinctRevenue,
    amdInference: q.segments.inference.instinctRevenue,
    fromDeals: q.revenueFromDeals,
    fromShare: q.revenueFromRest,
    dealFloor: q.dealRevenue,
    isBelowDeals: q.isBelowDeals,
  };
}

const NUMERIC = [
  'tam',
  'nvidia',
  'amd',
  'xpu',
  'other',
  'training',
  'inference',
  'amdTraining',
  'amdInference',
  'fromDeals',
  'fromShare',
  'dealFloor',
] as const;

/** The quarters' figures summed into calendar years (flows in USD millions). */
function sumYears(quarters: readonly QuarterResult[]): PeriodDatum[] {
  const years = new Map<
    number,
    { sum: Record<(typeof NUMERIC)[number], number>; count: number; projected: number; below: number }
  >();
  for (const q of quarters) {
    const year = Number(q.period.slice(0, 4));
    const entry = years.get(year) ?? {
      sum: Object.fromEntries(NUMERIC.map((k) => [k, 0])) as Record<(typeof NUMERIC)[number], number>,
      count: 0,
      projected: 0,
      below: 0,
    };
    const f = figures(q);
    for (const k of NUMERIC) entry.sum[k] += f[k];
    entry.count++;
    if (q.isProjected) entry.projected++;
    if (q.isBelowDeals) entry.below++;
    years.set(year, entry);
  }
  return [...years].map(([year, e]) => ({
    x: year,
    period: String(year),
    projectedQuarters: e.projected,
    quarterCount: e.count,
    ...e.sum,
    isBelowDeals: e.below > 0,
  }));
}

/**
 * A scenario's periods from the first history quarter to the horizon, per quarter (with each
 * history quarter's sources) or per calendar year.
 */
export function periodData(
  projection: Projection,
  history: readonly MarketHistoryQuarter[],
  grain: ChartGrain,
): PeriodDatum[] {
  if (grain === 'years') return sumYears(projection.quarters);
  const sources = new Map(history.map((h) => [h.period, h.sources]));
  return projection.quarters.map((q) => {
    const source = q.isProjected ? undefined : sources.get(q.period);
    return {
      x: quarterToYearFraction(q.period),
      period: q.period,
      projectedQuarters: q.isProjected ? 1 : 0,
      quarterCount: 1,
      ...figures(q),
      ...(source ? { sources: source } : {}),
    };
  });
}

/** How a period is made up, for tooltips: "2026: 1 reported and 3 projected quarters". */
export function describePeriod(d: PeriodDatum): string {
  if (d.quarterCount === 1) return d.projectedQuarters ? `${d.period} (projected)` : `${d.period} (reported)`;
  const reported = d.quarterCount - d.projectedQuarters;
  if (d.projectedQuarters === 0)
    return `${d.period} (reported${d.quarterCount < 4 ? `, ${d.quarterCount} quarters` : ''})`;
  if (reported === 0)
    return `${d.period} (projected${d.quarterCount < 4 ? `, ${d.quarterCount} quarters` : ''})`;
  return `${d.period} (${reported} reported and ${d.projectedQuarters} projected quarters)`;
}
