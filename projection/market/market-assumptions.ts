import { invalidInput } from '../refusal';
import { MARKET_ASSUMPTION_FIELDS, type MarketAssumptionFields } from './market-assumption-meta';

/** Every market-model assumption key (units and defaults in market-assumption-meta.ts). */
export type MarketAssumptionKey = keyof typeof MARKET_ASSUMPTION_FIELDS;
export const MARKET_ASSUMPTION_KEYS = Object.keys(MARKET_ASSUMPTION_FIELDS) as readonly MarketAssumptionKey[];

/** A full set of market assumptions. */
export type MarketAssumptions = Readonly<Record<MarketAssumptionKey, number>>;
/** Values over the defaults. */
export type MarketAssumptionValues = Readonly<Partial<Record<MarketAssumptionKey, number>>>;

/** The default of every market assumption (units as in MARKET_ASSUMPTION_FIELDS). */
export const DEFAULT_MARKET_ASSUMPTIONS: MarketAssumptions = Object.freeze(
  Object.fromEntries(
    MARKET_ASSUMPTION_KEYS.map((k) => [k, MARKET_ASSUMPTION_FIELDS[k].defaultValue]),
  ) as Record<MarketAssumptionKey, number>,
);

const SEGMENTS = ['training', 'inference'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const MARKET_SEGMENTS: readonly Segment[] = SEGMENTS;

function isKey(key: string): key is MarketAssumptionKey {
  return Object.hasOwn(MARKET_ASSUMPTION_FIELDS, key);
}

function name(key: MarketAssumptionKey): string {
  return `${MARKET_ASSUMPTION_FIELDS[key].label} (${key})`;
}

function checkOne(key: string, value: number): string | null {
  if (!isKey(key)) return `unknown market assumption "${key}"`;
  const meta: MarketAssumptionFields = MARKET_ASSUMPTION_FIELDS[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name(key)} must be a finite number`;
  if (meta.isInteger === true && !Number.isInteger(value))
    return `${name(key)} must be a whole number, got ${value}`;
  if (value < meta.min || value > meta.max) {
    return `${name(key)} must be between ${meta.min} and ${meta.max}, got ${value}`;
  }
  return null;
}

/**
 * Every problem with a set of market assumptions (empty when valid), one by one and against each
 * other: a share floor above its ceiling, a start year after its end year, shares of one market
 * whose parts exceed 100%. Keys left out take their defaults.
 */
export function validateMarketAssumptions(values: Readonly<Record<string, number>>): string[] {
  const problems = Object.entries(values)
    .map(([key, value]) => checkOne(key, value))
    .filter((p): p is string => p !== null);
  if (problems.length > 0) return problems;
  const a = merge(values);
  for (const segment of SEGMENTS) {
    const floor = a[`amd.${segment}.shareFloor`];
    const ceiling = a[`amd.${segment}.shareCeiling`];
    if (floor > ceiling) {
      problems.push(`AMD's ${segment} share floor ${pct(floor)} is above its ceiling ${pct(ceiling)}`);
    }
    const xpu = a[`xpu.${segment}ShareEnd`];
    const other = a[`other.${segment}ShareEnd`];
    // A rounding allowance: shares typed as 98.047% and 1.953% must not be refused.
    if (xpu + other > 1 + 1e-12) {
      problems.push(
        `the ${segment} market's XPU share ${pct(xpu)} and other-merchant share ${pct(other)} add up to more than 100%`,
      );
    }
  }
  if (a['tam.driver'] === 1 && a['capex.acceleratorFraction'] === 0) {
    problems.push('the capex driver needs an accelerator fraction of capex above 0%');
  }
  if (a['tam.driver'] === 1 && a['hyperscaler.demandShare'] === 0) {
    problems.push("the capex driver needs the hyperscalers' share of demand above 0%");
  }
  if (a['segments.inferenceStartYear'] > a['segments.inferenceEndYear']) {
    problems.push(
      `the inference path starts in ${a['segments.inferenceStartYear']}, after its end year ${a['segments.inferenceEndYear']}`,
    );
  }
  return problems;
}

function pct(v: number): string {
  return `${+(v * 100).toPrecision(10)}%`;
}

/** The full assumption set (units as in the meta table): `values` over the defaults; refuses with every problem found. */
export function withMarketDefaults(values: MarketAssumptionValues): MarketAssumptions {
  const problems = validateMarketAssumptions(values as Readonly<Record<string, number>>);
  if (problems.length > 0) throw invalidInput(`invalid market assumptions: ${problems.join('; ')}`);
  return merge(values as Readonly<Record<string, number>>);
}

/** `values` over the defaults, as a fresh object (units as in the meta table). */
function merge(values: Readonly<Record<string, number>>): MarketAssumptions {
  const out: Record<string, number> = {};
  for (const key of MARKET_ASSUMPTION_KEYS) out[key] = values[key] ?? DEFAULT_MARKET_ASSUMPTIONS[key];
  return out as MarketAssumptions;
}
