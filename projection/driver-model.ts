import { withDefaults, type AssumptionValues } from './assumptions';
import { formatQuarter, parseQuarter, quarterFromIndex, quarterIndex, type QuarterPeriod } from './period';
import { amdShareAt, resolveRampSpeed, type RampSpeedSource } from './share-ramp';
import { tamPath, validateGrowthOverrides, type GrowthOverrides } from './tam';
import { xpuShareAt } from './xpu-share';
import { invalidInput } from './refusal';

/**
 * The driver model: Instinct revenue = TAM x (1 - XPU share) x AMD's merchant share, per quarter,
 * in USD millions. The formulas are defined for every quarter from tam.baseYear on, so the same
 * model serves the projection horizon and the history beside it.
 */

/** What the model needs besides the horizon. */
export interface ModelInputs {
  /** Values over the defaults (DEFAULT_ASSUMPTIONS); unknown keys and bad values are refused. */
  readonly assumptions: AssumptionValues;
  /** Per-year replacements of the TAM growth (fraction). */
  readonly growthOverrides?: GrowthOverrides;
  /** The x86 fit; required when amd.rampSpeedVsX86 is above 0. */
  readonly x86Fit?: RampSpeedSource;
}

export interface ProjectionInputs extends ModelInputs {
  /** The first projected quarter: the caller passes the quarter after the last reported one. */
  readonly firstQuarter: QuarterPeriod;
  /** The last projected quarter; 2030Q4 when left out. */
  readonly endQuarter?: QuarterPeriod;
}

export const DEFAULT_END_QUARTER: QuarterPeriod = '2030Q4';

/** One quarter of model output: money in USD millions, shares as fractions. */
export interface QuarterResult {
  readonly period: QuarterPeriod;
  readonly tam: number;
  readonly xpuShare: number;
  /** The merchant (non-XPU) market: tam x (1 - xpuShare). */
  readonly merchant: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
  readonly grossProfit: number;
  /** Instinct revenue growth over the same quarter a year earlier (fraction); null before the model starts or from zero. */
  readonly yoy: number | null;
}

/**
 * One calendar year of model output, always the model's full year (all four quarters), even when
 * the horizon covers only part of it; `quartersInHorizon` says how many of them it covers.
 * Shares are the year's weighted averages (xpuShare = 1 - merchant / tam, amdShare = revenue / merchant).
 */
export interface YearResult {
  readonly year: number;
  readonly tam: number;
  /** TAM growth over the previous year (fraction); null for the base year. */
  readonly tamGrowth: number | null;
  readonly xpuShare: number;
  readonly merchant: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
  readonly grossProfit: number;
  /** Instinct revenue growth over the previous year (fraction); null for the base year or from zero. */
  readonly yoy: number | null;
  readonly quartersInHorizon: number;
}

export interface Projection {
  readonly quarters: readonly QuarterResult[];
  readonly years: readonly YearResult[];
}

function growthOrNull(current: number, previous: number | undefined): number | null {
  return previous === undefined || previous <= 0 ? null : current / previous - 1;
}

/**
 * The model's quarters and years from `first` to `last` (quarters `YYYYQn`, both included; money in
 * USD millions, shares as fractions). Throws when the inputs are invalid or `first` is before tam.baseYear.
 */
export function evaluateModel(inputs: ModelInputs, first: QuarterPeriod, last: QuarterPeriod): Projection {
  const a = withDefaults(inputs.assumptions);
  const overrides = inputs.growthOverrides ?? {};
  const baseYear = a['tam.baseYear'];
  const overrideProblems = validateGrowthOverrides(overrides, baseYear);
  if (overrideProblems.length > 0)
    throw invalidInput(`invalid growth overrides: ${overrideProblems.join('; ')}`);
  const speed = resolveRampSpeed(a, inputs.x86Fit);
  const firstIndex = quarterIndex(parseQuarter(first));
  const lastIndex = quarterIndex(parseQuarter(last));
  if (lastIndex < firstIndex)
    throw invalidInput(`the end quarter ${last} is before the first quarter ${first}`);
  const firstYear = Math.floor(firstIndex / 4);
  const lastYear = Math.floor(lastIndex / 4);
  if (firstYear < baseYear)
    throw invalidInput(`the model starts in tam.baseYear ${baseYear}; ${first} is earlier`);

  // The whole of every year touched, plus the year before (for year-on-year growth).
  const fromYear = Math.max(baseYear, firstYear - 1);
  const tamYears = tamPath(a, overrides, lastYear);
  const margin = a['amd.grossMargin'];
  const allQuarters: QuarterResult[] = [];
  const years: YearResult[] = [];
  for (let year = fromYear; year <= lastYear; year++) {
    const tamYear = tamYears[year - baseYear];
    if (tamYear === undefined) throw invalidInput(`no TAM for ${year}`);
    let merchantSum = 0;
    let revenueSum = 0;
    // Year shares are averages weighted by each quarter's fraction of the year, not ratios of
    // sums, so they stay exact (and within 0..1) however small the TAM is.
    let xpuWeighted = 0;
    let merchantWeight = 0;
    let amdWeighted = 0;
    for (let q = 0; q < 4; q++) {
      const index = year * 4 + q;
      const time = index / 4;
      const tam = tamYear.quarters[q] ?? 0;
      const weight = tamYear.weights[q] ?? 0;
      const xpuShare = xpuShareAt(a, time);
      const merchant = tam * (1 - xpuShare);
      const amdShare = amdShareAt(a, speed, time);
      const instinctRevenue = merchant * amdShare;
      const yearAgo = allQuarters[allQuarters.length - 4];
      allQuarters.push({
        period: formatQuarter(quarterFromIndex(index)),
        tam,
        xpuShare,
        merchant,
        amdShare,
        instinctRevenue,
        grossProfit: instinctRevenue * margin,
        yoy: growthOrNull(instinctRevenue, yearAgo?.instinctRevenue),
      });
      merchantSum += merchant;
      revenueSum += instinctRevenue;
      xpuWeighted += weight * xpuShare;
      merchantWeight += weight * (1 - xpuShare);
      amdWeighted += weight * (1 - xpuShare) * amdShare;
    }
    const previous = years[years.length - 1];
    years.push({
      year,
      tam: tamYear.tam,
      tamGrowth: tamYear.growth,
      xpuShare: xpuWeighted,
      merchant: merchantSum,
      // With no merchant market all year (XPU share 100%), the share at mid-year stands in.
      amdShare: merchantWeight > 0 ? amdWeighted / merchantWeight : amdShareAt(a, speed, year + 0.5),
      instinctRevenue: revenueSum,
      grossProfit: revenueSum * margin,
      yoy: growthOrNull(revenueSum, previous?.instinctRevenue),
      quartersInHorizon: Math.min(lastIndex, year * 4 + 3) - Math.max(firstIndex, year * 4) + 1,
    });
  }
  const skip = firstIndex - fromYear * 4;
  return {
    quarters: allQuarters.slice(skip, skip + lastIndex - firstIndex + 1),
    years: years.filter((y) => y.year >= firstYear),
  };
}

/**
 * The projection over the horizon, `firstQuarter` to `endQuarter` (default 2030Q4): per quarter and
 * per calendar year, money in USD millions, shares and growth as fractions.
 */
export function project(inputs: ProjectionInputs): Projection {
  return evaluateModel(inputs, inputs.firstQuarter, inputs.endQuarter ?? DEFAULT_END_QUARTER);
}
