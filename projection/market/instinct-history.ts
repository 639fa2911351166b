import {
  formatQuarter,
  isQuarterPeriod,
  isYearPeriod,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
} from '../period';
import { invalidInput } from '../refusal';
import type { Qualifier } from '../series-types';
import type { PeriodValue, QualifiedValue } from './market-types';

/**
 * Implied Instinct revenue: AMD's Data Center revenue minus an EPYC (server CPU) estimate.
 *
 * EPYC(q) = s(q) × X(q): AMD's x86 server revenue share s (percent / 100, linear between the
 * quarters Mercury reported, held beyond them) times the x86 server CPU market X (USD millions).
 * X is known only where AMD pins Instinct revenue (the anchors): there X = (DC − Instinct) / s.
 * - A quarter anchor fixes X in that quarter.
 * - A year anchor fixes X in the year's fourth quarter, solved so the year's EPYC adds up to the
 *   year's Data Center revenue (sum of its quarters) minus the stated Instinct revenue.
 * - Between anchors X moves geometrically; after the last one it grows at
 *   `history.serverCpuMarketGrowth` a year; before the first one Instinct keeps the first anchor's
 *   fraction of Data Center revenue (the x86 market of early 2023 was shrinking, so carrying X
 *   back would leave no room for the MI300 start).
 * A stated bound is taken `margin` beyond it ("more than 5 B$" with 3% = 5,150). Implied
 * Instinct is held within [0, DC]. The user's quarterly values in amd.instinct_revenue_est win:
 * exact or approximate replace it, a lower bound raises it, an upper bound lowers it, a press
 * inference is left beside it (it is not the company's figure); EPYC is
 * always DC − Instinct.
 */

/** A statement pinning Instinct revenue (USD millions) in a quarter or a year. */
export interface InstinctAnchor extends QualifiedValue {
  readonly label: string;
  readonly source: string;
}

/** AMD's statements the default history is anchored on (statements.csv). */
export const AMD_INSTINCT_ANCHORS: readonly InstinctAnchor[] = [
  {
    period: '2023Q4',
    value: 400,
    qualifier: 'lower_bound',
    label: 'AMD: MI300 revenue in Q4 2023 more than 0.4 B$',
    source:
      'https://www.marketscreener.com/quote/stock/AMD-ADVANCED-MICRO-DEVICE-19475876/news/Lisa-Su-CEO-of-AMD-The-AI-sector-could-reach-400-billion-by-2027-45856367/',
  },
  {
    period: '2024Q2',
    value: 1000,
    qualifier: 'lower_bound',
    label: 'AMD: Instinct GPU revenue above 1 B$ for the first time in Q2 2024',
    source: 'https://digitimes.com/news/a20240801PD207/amd-revenue-data-center-forecast-demand.html',
  },
  {
    period: '2024',
    value: 5000,
    qualifier: 'lower_bound',
    label: 'AMD: more than 5 B$ of Instinct accelerator revenue in 2024',
    source: 'https://dnyuz.com/2025/02/04/amds-q4-revenue-hits-7-66b-up-24-but-stock-falls',
  },
];

export interface InstinctHistoryInputs {
  /** AMD Data Center revenue per quarter, USD millions. */
  readonly dataCenter: readonly PeriodValue[];
  /** AMD x86 server revenue share, percent. */
  readonly revenueShare: readonly PeriodValue[];
  readonly anchors: readonly InstinctAnchor[];
  /** The user's values of amd.instinct_revenue_est (quarters are used; years are left to the anchors). */
  readonly estimates: readonly QualifiedValue[];
  readonly margin: number;
  /** x86 server CPU market growth after the last anchor, fraction per year. */
  readonly marketGrowth: number;
}

export interface InstinctQuarter {
  readonly period: string;
  readonly dataCenter: number;
  readonly epyc: number;
  readonly instinct: number;
  /** Instinct before the user's estimates. */
  readonly implied: number;
  /** The revenue share used, fraction. */
  readonly revenueShare: number;
  /** How the quarter's Instinct value was found, for people. */
  readonly rule: string;
}

function boundValue(value: number, qualifier: Qualifier, margin: number): number {
  return qualifier === 'lower_bound'
    ? value * (1 + margin)
    : qualifier === 'upper_bound'
      ? value * (1 - margin)
      : value;
}

/** AMD's x86 server revenue share (fraction) per quarter index: linear between reported quarters, held beyond. */
function shareAt(points: readonly { index: number; value: number }[], index: number): number {
  const first = points[0]!;
  if (index <= first.index) return first.value;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (index <= b.index) {
      const a = points[i - 1]!;
      return a.value + ((b.value - a.value) * (index - a.index)) / (b.index - a.index);
    }
  }
  return points[points.length - 1]!.value;
}

interface Knot {
  readonly index: number;
  market: number;
  readonly anchor: InstinctAnchor;
}

/**
 * Implied Instinct and EPYC revenue per quarter of AMD Data Center revenue (USD millions), by the
 * method above; every quarter has Instinct in [0, DC] and EPYC = DC − Instinct.
 */
export function instinctHistory(inputs: InstinctHistoryInputs): InstinctQuarter[] {
  const dc = new Map<number, number>();
  for (const o of inputs.dataCenter) {
    if (!isQuarterPeriod(o.period)) throw invalidInput(`"${o.period}" is not a quarter (expected YYYYQn)`);
    dc.set(quarterIndex(parseQuarter(o.period)), o.value);
  }
  const shares = inputs.revenueShare
    .filter((o) => isQuarterPeriod(o.period))
    .map((o) => ({ index: quarterIndex(parseQuarter(o.period)), value: o.value / 100 }))
    .sort((a, b) => a.index - b.index);
  if (shares.length === 0) throw invalidInput("implied Instinct needs AMD's x86 server revenue share");
  if (shares.some((s) => !(s.value > 0 && s.value < 1)))
    throw invalidInput('x86 server revenue share must be above 0% and below 100%');
  const s = (index: number) => shareAt(shares, index);
  const indices = [...dc.keys()].sort((a, b) => a - b);
  const growth = Math.pow(1 + inputs.marketGrowth, 0.25);

  const knots: Knot[] = [];
  const fraction = () => {
    const k = knots[0]!;
    const d = dc.get(k.index)!;
    return d > 0 ? Math.min(1, Math.max(0, 1 - (s(k.index) * k.market) / d)) : 0;
  };
  /** EPYC (USD millions) at `index` given the knots so far (the last one possibly trial). */
  const epycAt = (index: number): number => {
    const d = dc.get(index) ?? 0;
    const first = knots[0]!;
    if (index < first.index) return d * (1 - fraction());
    let market = first.market;
    for (let i = 0; i < knots.length; i++) {
      const k = knots[i]!;
      const next = knots[i + 1];
      if (index === k.index || (next === undefined && index > k.index)) {
        market = k.market * Math.pow(growth, index - k.index);
        break;
      }
      if (next !== undefined && index < next.index) {
        const t = (index - k.index) / (next.index - k.index);
        market = Math.pow(k.market, 1 - t) * Math.pow(next.market, t);
        break;
      }
    }
    return Math.min(d, Math.max(0, s(index) * market));
  };

  // In time order; a quarter anchor before a year anchor ending in the same quarter, which it overrides.
  const sorted = [...inputs.anchors].sort(
    (a, b) => anchorIndex(a) - anchorIndex(b) || b.period.length - a.period.length,
  );
  for (const anchor of sorted) {
    const index = anchorIndex(anchor);
    const instinct = boundValue(anchor.value, anchor.qualifier, inputs.margin);
    if (knots.some((k) => k.index === index)) continue;
    if (isQuarterPeriod(anchor.period)) {
      const d = dc.get(index);
      if (d === undefined) continue;
      knots.push({ index, market: Math.max(0, d - instinct) / s(index), anchor });
      continue;
    }
    const year = [0, 1, 2, 3].map((q) => index - 3 + q);
    if (year.some((i) => !dc.has(i))) continue;
    const target = year.reduce((sum, i) => sum + dc.get(i)!, 0) - instinct;
    const knot: Knot = { index, market: 0, anchor };
    knots.push(knot);
    // EPYC over the year rises with the knot's market: bisection on its logarithm.
    let lo = Math.log(1e-6);
    let hi = Math.log(1e9);
    for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
      knot.market = Math.exp((lo + hi) / 2);
      if (year.reduce((sum, q) => sum + epycAt(q), 0) < target) lo = (lo + hi) / 2;
      else hi = (lo + hi) / 2;
    }
    knot.market = Math.exp((lo + hi) / 2);
  }
  if (knots.length === 0)
    throw invalidInput('implied Instinct needs a statement in a quarter AMD Data Center revenue covers');

  const estimates = new Map(
    inputs.estimates
      .filter((e) => isQuarterPeriod(e.period))
      .map((e) => [quarterIndex(parseQuarter(e.period)), e]),
  );
  return indices.map((index): InstinctQuarter => {
    const d = dc.get(index)!;
    const epyc = epycAt(index);
    const implied = d - epyc;
    const estimate = estimates.get(index);
    let instinct = implied;
    let rule = describeRule(index, knots, s(index), inputs.marketGrowth);
    // A press inference is shown beside the history (history-compare.ts), never written into it.
    if (estimate !== undefined && estimate.qualifier !== 'inference') {
      const v = estimate.value;
      const q = estimate.qualifier;
      instinct = q === 'lower_bound' ? Math.max(implied, v) : q === 'upper_bound' ? Math.min(implied, v) : v;
      instinct = Math.min(d, Math.max(0, instinct));
      rule += `; your estimate (${q.replace('_', ' ')} ${v}) gives ${Math.round(instinct)}`;
    }
    return {
      period: formatQuarter(quarterFromIndex(index)),
      dataCenter: d,
      epyc: d - instinct,
      instinct,
      implied,
      revenueShare: s(index),
      rule,
    };
  });
}

function anchorIndex(anchor: InstinctAnchor): number {
  if (isQuarterPeriod(anchor.period)) return quarterIndex(parseQuarter(anchor.period));
  if (isYearPeriod(anchor.period)) return Number(anchor.period) * 4 + 3;
  throw invalidInput(`Instinct anchor "${anchor.period}" is not a quarter or a year`);
}

function describeRule(index: number, knots: readonly Knot[], share: number, growth: number): string {
  const first = knots[0]!;
  const last = knots[knots.length - 1]!;
  const at = (k: Knot) => `${k.anchor.period} (${k.anchor.label})`;
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const exact = knots.find((k) => k.index === index);
  if (exact) return `DC − EPYC at the anchor ${at(exact)}`;
  if (index < first.index)
    return `before the first anchor: Instinct keeps its fraction of DC revenue in ${formatQuarter(quarterFromIndex(first.index))}`;
  if (index > last.index) {
    return `DC − EPYC; EPYC = x86 revenue share ${pct(share)} × x86 server CPU market grown ${pct(growth)} a year from ${at(last)}`;
  }
  const next = knots.find((k) => k.index > index)!;
  const previous = [...knots].reverse().find((k) => k.index < index)!;
  return `DC − EPYC; EPYC = x86 revenue share ${pct(share)} × x86 server CPU market between ${at(previous)} and ${at(next)}`;
}
