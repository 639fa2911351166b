import { ASSUMPTION_META, type Assumptions } from './assumptions';

/**
 * The AI-accelerator TAM. Annual: TAM(Y) = TAM(Y - 1) * (1 + g(Y)) from `tam.base` in
 * `tam.baseYear`, with g(baseYear + 1) = `tam.growth` and g(Y) = g(Y - 1) * (1 - `tam.growthFade`)
 * after that. A per-year override replaces g(Y) for that year, and later years fade from the
 * overridden value (an override is a new observation of the growth trend, not a one-off blip).
 *
 * Quarterly: within year Y the quarters grow geometrically at r = (1 + g(Y))^(1/4), the quarterly
 * rate that compounds to the year's growth, scaled so the four add up to TAM(Y). With steady growth
 * this is seamless across year ends too (Q1 of Y is r times Q4 of Y - 1). The base year has no
 * growth of its own, so it is split at g(baseYear + 1).
 */

/** Per-year replacements of the annual TAM growth (fraction), keyed by calendar year. */
export type GrowthOverrides = Readonly<Record<number, number>>;

export interface TamYear {
  readonly year: number;
  /** Annual TAM, USD millions. */
  readonly tam: number;
  /** Growth over the previous year (fraction); null for the base year. */
  readonly growth: number | null;
  /** The four quarters' TAM, USD millions, adding up to `tam`. */
  readonly quarters: readonly [number, number, number, number];
  /** Each quarter's fraction of the year (adding up to 1), kept apart from the scale for weighted averages. */
  readonly weights: readonly [number, number, number, number];
}

/** Checks growth overrides against the base year and the growth range; returns problems for people. */
export function validateGrowthOverrides(overrides: GrowthOverrides, baseYear: number): string[] {
  const { min, max } = ASSUMPTION_META['tam.growth'];
  const problems: string[] = [];
  for (const [yearText, growth] of Object.entries(overrides)) {
    const year = Number(yearText);
    if (!Number.isInteger(year) || year <= baseYear) {
      problems.push(
        `TAM growth override for ${yearText}: the year must come after the base year ${baseYear}`,
      );
    } else if (typeof growth !== 'number' || !Number.isFinite(growth) || growth < min || growth > max) {
      problems.push(
        `TAM growth override for ${year} must be between ${min * 100}% and ${max * 100}%, got ${growth}`,
      );
    }
  }
  return problems;
}

/** The annual TAM growth (fraction) of each year from tam.baseYear + 1 to lastYear, in order. */
export function growthPath(a: Assumptions, overrides: GrowthOverrides, lastYear: number): number[] {
  const path: number[] = [];
  let growth = a['tam.growth'];
  for (let year = a['tam.baseYear'] + 1; year <= lastYear; year++) {
    if (year > a['tam.baseYear'] + 1) growth *= 1 - a['tam.growthFade'];
    const override = overrides[year];
    if (override !== undefined) growth = override;
    path.push(growth);
  }
  return path;
}

/** Splits an annual amount (USD millions) into four quarters growing at (1 + growth)^(1/4) that add up to it. */
export function quarterlySplit(annual: number, growth: number): [number, number, number, number] {
  const r = Math.pow(1 + growth, 0.25);
  const first = annual / (1 + r * (1 + r * (1 + r)));
  return [first, first * r, first * r * r, first * r * r * r];
}

function tamYear(year: number, tam: number, growth: number | null, splitGrowth: number): TamYear {
  const weights = quarterlySplit(1, splitGrowth);
  const [w1, w2, w3, w4] = weights;
  return { year, tam, growth, quarters: [tam * w1, tam * w2, tam * w3, tam * w4], weights };
}

/** Annual and quarterly TAM (USD millions) for every year from tam.baseYear to lastYear. */
export function tamPath(a: Assumptions, overrides: GrowthOverrides, lastYear: number): TamYear[] {
  const baseYear = a['tam.baseYear'];
  const growth = growthPath(a, overrides, Math.max(lastYear, baseYear + 1));
  const baseGrowth = growth[0] ?? a['tam.growth'];
  const years: TamYear[] = [tamYear(baseYear, a['tam.base'], null, baseGrowth)];
  let tam = a['tam.base'];
  for (let year = baseYear + 1; year <= lastYear; year++) {
    const g = growth[year - baseYear - 1] ?? baseGrowth;
    tam *= 1 + g;
    years.push(tamYear(year, tam, g, g));
  }
  return years;
}
