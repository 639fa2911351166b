import { withDefaults, type AssumptionValues } from './assumptions';
import type { YearResult } from './driver-model';
import {
  formatQuarter,
  isQuarterPeriod,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  type QuarterPeriod,
} from './period';
import { quarterToYearFraction } from './quarter-time';
import { invalidInput } from './refusal';

/**
 * Capex cross-check: is the TAM the hyperscalers are assumed to buy (TAM x `hyperscaler.demandShare`)
 * within what their capex could pay for (capex x `capex.acceleratorFraction`)? Capex is extrapolated
 * from the last reported four-quarter total at `capex.growth` a year.
 */

/** The hyperscalers' last reported capex: the total of the four quarters ending in `endQuarter`, USD millions. */
export interface CapexBase {
  readonly endQuarter: QuarterPeriod;
  readonly total: number;
}

export interface CapexCheckYear {
  readonly year: number;
  /** Model TAM, USD millions. */
  readonly tam: number;
  /** TAM x hyperscaler.demandShare: the accelerator spend the TAM implies for the hyperscalers, USD millions. */
  readonly impliedSpend: number;
  /** Extrapolated hyperscaler capex for the calendar year, USD millions. */
  readonly capex: number;
  /** capex x capex.acceleratorFraction, USD millions. */
  readonly acceleratorBudget: number;
  /** impliedSpend - acceleratorBudget, USD millions: above 0, the TAM needs more than the capex path supplies. */
  readonly gap: number;
  /** impliedSpend / acceleratorBudget (ratio); null when the budget is 0. */
  readonly spendToBudget: number | null;
}

/**
 * The capex base (USD millions, four-quarter total) from per-quarter totals already summed over the
 * hyperscalers: the latest four consecutive quarters. Throws when no four consecutive quarters exist.
 */
export function capexBaseFromQuarters(quarters: readonly { period: string; value: number }[]): CapexBase {
  const byIndex = new Map<number, number>();
  for (const q of quarters) {
    if (!isQuarterPeriod(q.period)) throw invalidInput(`"${q.period}" is not a quarter (expected YYYYQn)`);
    if (!Number.isFinite(q.value) || q.value < 0)
      throw invalidInput(`capex for ${q.period} must not be negative`);
    byIndex.set(quarterIndex(parseQuarter(q.period)), q.value);
  }
  const latestFirst = [...byIndex.keys()].sort((a, b) => b - a);
  for (const end of latestFirst) {
    const window = [0, 1, 2, 3].map((back) => byIndex.get(end - back));
    if (window.every((v) => v !== undefined)) {
      return {
        endQuarter: formatQuarter(quarterFromIndex(end)),
        total: window.reduce<number>((s, v) => s + (v ?? 0), 0),
      };
    }
  }
  throw invalidInput('capex needs four consecutive quarters');
}

/**
 * Extrapolated hyperscaler capex (USD millions) for calendar `year`: the base total grown (or, before
 * the base, shrunk) at `growth` a year for the years between the end of the base window and the end
 * of `year`. A window ending in Q4 of year Y gives exactly the base for Y; later windows count in fractions.
 */
export function extrapolateCapex(base: CapexBase, growth: number, year: number): number {
  const windowEnd = quarterToYearFraction(base.endQuarter) + 0.25;
  return base.total * Math.pow(1 + growth, year + 1 - windowEnd);
}

/** The capex cross-check (USD millions) for every year of model output. */
export function capexCheck(
  years: readonly YearResult[],
  assumptions: AssumptionValues,
  base: CapexBase,
): CapexCheckYear[] {
  if (!isQuarterPeriod(base.endQuarter))
    throw invalidInput(`"${base.endQuarter}" is not a quarter (expected YYYYQn)`);
  if (!Number.isFinite(base.total) || base.total < 0)
    throw invalidInput(`the capex base must not be negative, got ${base.total}`);
  const a = withDefaults(assumptions);
  return years.map((y) => {
    const impliedSpend = y.tam * a['hyperscaler.demandShare'];
    const capex = extrapolateCapex(base, a['capex.growth'], y.year);
    const acceleratorBudget = capex * a['capex.acceleratorFraction'];
    return {
      year: y.year,
      tam: y.tam,
      impliedSpend,
      capex,
      acceleratorBudget,
      gap: impliedSpend - acceleratorBudget,
      spendToBudget: acceleratorBudget > 0 ? impliedSpend / acceleratorBudget : null,
    };
  });
}
