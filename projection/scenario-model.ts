import { ASSUMPTION_META, historyKeysIn, withDefaults, type AssumptionValues } from './assumptions';
import type { Deal } from './market/deals';
import type { MarketHistoryQuarter } from './market/market-history';
import {
  DEFAULT_END_QUARTER,
  projectMarket,
  type JumpOff,
  type MarketQuarter,
} from './market/market-projection';
import type { PeriodValue } from './market/market-types';
import type { MarketYear } from './market/market-years';
import { comparePeriods, type QuarterPeriod } from './period';
import { invalidInput } from './refusal';

/**
 * One scenario on the market model: the workbook's rebuilt history (the same for every scenario)
 * and the scenario's assumptions, growth overrides and deals give its quarters and years from the
 * first history quarter to the horizon's end. Money is USD millions, shares are fractions. The
 * market model itself is in market/market-projection.ts (equations in docs/MODEL.md); this adds
 * gross profit, growth rates and the checks of a scenario's own inputs.
 */

/** What every scenario of a workbook shares: its past and what the projection reads besides it. */
export interface ModelContext {
  readonly history: readonly MarketHistoryQuarter[];
  /** The workbook's history settings (`history.*`), which the history was built with. */
  readonly historyAssumptions: AssumptionValues;
  /** Hyperscaler capex per quarter, the four companies summed (USD millions). */
  readonly capex: readonly PeriodValue[];
  /** The logistic fit to AMD's x86 server unit share; null when it cannot be fitted. */
  readonly x86Fit: { readonly speed: number } | null;
  /** The last projected quarter. */
  readonly endQuarter: QuarterPeriod;
}

/** Per-year replacements of the TAM growth (fraction), keyed by the calendar year a projected year starts in. */
export type GrowthOverrides = Readonly<Record<number, number>>;

/** A scenario's own inputs. */
export interface ModelInputs {
  /** Values over the defaults; history settings are refused here (they belong to the workbook). */
  readonly assumptions: AssumptionValues;
  readonly growthOverrides?: GrowthOverrides;
  /** The scenario's deals; DEFAULT_DEALS when left out. */
  readonly deals?: readonly Deal[];
}

/** One quarter: the market model's figures, gross profit and growth over the same quarter a year earlier. */
export interface QuarterResult extends MarketQuarter {
  readonly grossProfit: number;
  /** Instinct revenue growth over four quarters earlier (fraction); null without that quarter or from zero. */
  readonly yoy: number | null;
}

/** One calendar year: sums of its quarters (market-years.ts), with gross profit and growth. */
export interface YearResult extends MarketYear {
  /** TAM growth over the previous year (fraction); null when either year is not whole. */
  readonly tamGrowth: number | null;
  readonly grossProfit: number;
  /** Instinct revenue growth over the previous year (fraction); null when either year is not whole or from zero. */
  readonly yoy: number | null;
}

export interface Projection {
  readonly jumpOff: JumpOff;
  /** History quarters (isProjected false), then the projection to the end quarter. */
  readonly quarters: readonly QuarterResult[];
  readonly years: readonly YearResult[];
}

export { DEFAULT_END_QUARTER };

const growth = (current: number, previous: number | undefined): number | null =>
  previous === undefined || !(previous > 0) ? null : current / previous - 1;

/** Every problem with a scenario's growth overrides (empty when valid). */
export function validateGrowthOverrides(overrides: GrowthOverrides): string[] {
  const { min, max } = ASSUMPTION_META['tam.growth'];
  const problems: string[] = [];
  for (const [yearText, value] of Object.entries(overrides)) {
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      problems.push(`TAM growth override for ${yearText}: the year must be a whole year from 2000 to 2100`);
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(
        `TAM growth override for ${year} must be between ${min * 100}% and ${max * 100}%, got ${value}`,
      );
    }
  }
  return problems;
}

/** Refuses a scenario's inputs with every reason found. */
function checkInputs(inputs: ModelInputs): void {
  const values = inputs.assumptions as Readonly<Record<string, number>>;
  const misplaced = historyKeysIn(values);
  if (misplaced.length > 0) {
    throw invalidInput(
      `${misplaced.join(', ')}: history settings are the workbook's, the same for every scenario, not a scenario's assumptions`,
    );
  }
  const problems = validateGrowthOverrides(inputs.growthOverrides ?? {});
  if (problems.length > 0) throw invalidInput(`invalid growth overrides: ${problems.join('; ')}`);
}

/**
 * A scenario's quarters and years (USD millions, fractions) from the history's first quarter to
 * `endQuarter` (the context's when left out); refuses invalid inputs with the reasons.
 */
export function runScenario(
  context: ModelContext,
  inputs: ModelInputs,
  endQuarter: QuarterPeriod = context.endQuarter,
): Projection {
  checkInputs(inputs);
  const assumptions = withDefaults({ ...context.historyAssumptions, ...inputs.assumptions });
  const market = projectMarket({
    history: context.history,
    assumptions,
    ...(inputs.deals !== undefined ? { deals: inputs.deals } : {}),
    capex: context.capex,
    ...(context.x86Fit ? { x86Fit: context.x86Fit } : {}),
    endQuarter,
    growthOverrides: inputs.growthOverrides ?? {},
  });
  const margin = assumptions['amd.grossMargin'];
  // Object.assign, not a spread: V8 copies these wide objects about 30 times faster this way
  // (bench/projection.bench.ts: 1.3 ms against 35 µs for a scenario's 53 quarters).
  const quarters = market.quarters.map((q, i): QuarterResult =>
    Object.assign({}, q, {
      grossProfit: q.instinctRevenue * margin,
      yoy: growth(q.instinctRevenue, market.quarters[i - 4]?.instinctRevenue),
    }),
  );
  const years = market.years.map((y, i): YearResult => {
    const previous = market.years[i - 1];
    const isWhole = y.quarterCount === 4 && previous?.quarterCount === 4;
    return Object.assign({}, y, {
      tamGrowth: isWhole ? growth(y.tam, previous.tam) : null,
      grossProfit: y.instinctRevenue * margin,
      yoy: isWhole ? growth(y.instinctRevenue, previous.instinctRevenue) : null,
    });
  });
  return { jumpOff: market.jumpOff, quarters, years };
}

/** The first projected quarter: the one after the jump-off. */
export function firstProjectedQuarter(projection: Projection): QuarterPeriod | null {
  return projection.quarters.find((q) => q.isProjected)?.period ?? null;
}

/** The later of two quarters. */
export function laterQuarter(a: QuarterPeriod, b: QuarterPeriod): QuarterPeriod {
  return comparePeriods(a, b) >= 0 ? a : b;
}
