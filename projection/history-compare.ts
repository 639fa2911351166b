import type { Projection } from './scenario-model';
import type { Qualifier } from './series-types';
import { comparePeriods, isQuarterPeriod, isYearPeriod, type Period } from './period';
import { invalidInput } from './refusal';

/**
 * History beside the model: for past periods, the rebuilt history's value (the history quarters of
 * any scenario's projection: every scenario shares them) next to the workbook's estimates and
 * AMD's statements, with the difference.
 */

/** A reported or stated value for a quarter (`YYYYQn`) or a year (`YYYY`), USD millions unless the metric says otherwise. */
export interface HistoryEstimate {
  readonly period: Period;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly label?: string;
}

export type HistoryMetric = 'tam' | 'merchant' | 'instinctRevenue' | 'grossProfit';

export interface HistoryRow {
  readonly period: Period;
  readonly label: string;
  readonly estimate: number;
  readonly qualifier: Qualifier;
  /** The model's value for the period; null when the model output does not cover it. */
  readonly model: number | null;
  /** model - estimate, in the estimate's unit. */
  readonly difference: number | null;
  /** (model - estimate) / estimate (fraction); null when the estimate is 0 or the model is missing. */
  readonly relativeDifference: number | null;
  /**
   * Does the model agree? A lower bound needs model >= estimate, an upper bound model <= estimate;
   * exact and approximate values need |relativeDifference| <= tolerance. Null when the model is missing.
   */
  readonly isConsistent: boolean | null;
}

/**
 * AMD's statements about Instinct revenue (USD millions): over $5B in 2024 (Q4 2024 results), and
 * above $1B for the first time in 2024Q2 (Q2 2024 call), which also bounds 2024Q1 from above.
 */
export const AMD_INSTINCT_STATEMENTS: readonly HistoryEstimate[] = [
  {
    period: '2024',
    value: 5000,
    qualifier: 'lower_bound',
    label: 'AMD: over $5B of Instinct revenue in 2024',
  },
  {
    period: '2024Q1',
    value: 1000,
    qualifier: 'upper_bound',
    label: 'AMD: 2024Q2 was the first quarter above $1B',
  },
  { period: '2024Q2', value: 1000, qualifier: 'lower_bound', label: 'AMD: over $1B in 2024Q2' },
];

function modelValue(model: Projection, period: Period, metric: HistoryMetric): number | null {
  if (isQuarterPeriod(period)) return model.quarters.find((q) => q.period === period)?.[metric] ?? null;
  // Only a whole year compares with a year's figure.
  if (isYearPeriod(period)) {
    const year = model.years.find((y) => y.year === Number(period));
    return year !== undefined && year.quarterCount === 4 ? year[metric] : null;
  }
  throw invalidInput(`"${period}" is not a quarter (YYYYQn) or a year (YYYY)`);
}

function agrees(estimate: HistoryEstimate, value: number, tolerance: number): boolean {
  switch (estimate.qualifier) {
    case 'lower_bound':
    case 'inference':
      return value >= estimate.value;
    case 'upper_bound':
      return value <= estimate.value;
    default:
      return Math.abs(value - estimate.value) <= tolerance * Math.abs(estimate.value);
  }
}

/**
 * Rows of model value vs. estimate (unit of `metric`, USD millions by default Instinct revenue),
 * sorted by period, with the difference and whether the model satisfies each estimate's qualifier
 * (`tolerance` is the relative gap, default 0.1, allowed for exact and approximate values).
 */
export function compareHistory(
  model: Projection,
  estimates: readonly HistoryEstimate[],
  options: { readonly metric?: HistoryMetric; readonly tolerance?: number } = {},
): HistoryRow[] {
  const metric = options.metric ?? 'instinctRevenue';
  const tolerance = options.tolerance ?? 0.1;
  if (!(tolerance >= 0)) throw invalidInput(`tolerance must be 0 or more, got ${tolerance}`);
  const rows = estimates.map((e): HistoryRow => {
    if (!Number.isFinite(e.value)) throw invalidInput(`estimate for ${e.period} must be a finite number`);
    const value = modelValue(model, e.period, metric);
    const difference = value === null ? null : value - e.value;
    const relativeDifference = difference === null || e.value === 0 ? null : difference / Math.abs(e.value);
    return {
      period: e.period,
      label: e.label ?? `${e.qualifier} ${e.value}`,
      estimate: e.value,
      qualifier: e.qualifier,
      model: value,
      difference,
      relativeDifference,
      isConsistent: value === null ? null : agrees(e, value, tolerance),
    };
  });
  return rows.sort((a, b) => comparePeriods(a.period, b.period));
}
