import type { YearResult } from './scenario-model';

/** The annual metrics of a YearResult that can be compounded (USD millions). */
export type CagrMetric = 'tam' | 'merchant' | 'instinctRevenue' | 'grossProfit';

/**
 * Compound annual growth rate (fraction per year) from `start` to `end` over `years` years:
 * (end / start)^(1 / years) - 1. Null when it is undefined: a start of zero or less, a negative end,
 * or a span that is not positive.
 */
export function cagr(start: number, end: number, years: number): number | null {
  if (!(start > 0) || !(end >= 0) || !(years > 0)) return null;
  return Math.pow(end / start, 1 / years) - 1;
}

/**
 * CAGR (fraction per year) of a metric between two calendar years of model output; null when
 * either year is missing or the rate is undefined (see cagr).
 */
export function cagrBetweenYears(
  years: readonly YearResult[],
  fromYear: number,
  toYear: number,
  metric: CagrMetric = 'instinctRevenue',
): number | null {
  const from = years.find((y) => y.year === fromYear);
  const to = years.find((y) => y.year === toYear);
  if (from === undefined || to === undefined || from.quarterCount < 4 || to.quarterCount < 4) return null;
  return cagr(from[metric], to[metric], toYear - fromYear);
}
