import { describeYearFraction } from './quarter-time';
import { invalidInput } from './refusal';
import {
  MARKET_ASSUMPTION_FIELDS,
  type MarketAssumptionFields,
  type MarketUnit,
} from './market/market-assumption-meta';
import { validateMarketAssumptions } from './market/market-assumptions';

/**
 * The model's assumptions as the app, the CLI and the workbook file name them. They are declared
 * once, with label, unit, default, range and rationale, in market/market-assumption-meta.ts; this
 * file adds what people need around them: the driver group each belongs to, the split between the
 * workbook's history settings (`history.*`, one set for every scenario, since all scenarios share
 * the same past) and a scenario's own assumptions, and the messages for values out of range.
 * Shares, growth and margins are fractions (0.25 = 25%); money is USD millions; a `quarter` is a
 * fractional year (quarter-time.ts).
 */

export type AssumptionKey = keyof typeof MARKET_ASSUMPTION_FIELDS;
export type AssumptionUnit = MarketUnit;

/** Every assumption key, in the order the meta table lists them. */
export const ALL_ASSUMPTION_KEYS = Object.keys(MARKET_ASSUMPTION_FIELDS) as readonly AssumptionKey[];

/** The drivers the Scenarios view groups assumptions by (deals are their own list). */
export const ASSUMPTION_GROUPS = ['history', 'market', 'xpu', 'amd', 'capex', 'margin'] as const;
export type AssumptionGroup = (typeof ASSUMPTION_GROUPS)[number];

export const ASSUMPTION_GROUP_LABELS: Readonly<Record<AssumptionGroup, string>> = {
  history: 'History (every scenario)',
  market: 'Market and segments',
  xpu: 'Custom accelerators (XPU)',
  amd: 'AMD share',
  capex: 'Capex',
  margin: 'Margin',
};

/** The group of a key, read from its prefix so a new assumption cannot be left without one. */
export function assumptionGroup(key: AssumptionKey): AssumptionGroup {
  if (key === 'amd.grossMargin') return 'margin';
  const prefix = key.slice(0, key.indexOf('.'));
  switch (prefix) {
    case 'history':
      return 'history';
    case 'xpu':
      return 'xpu';
    case 'amd':
      return 'amd';
    case 'capex':
    case 'hyperscaler':
      return 'capex';
    default:
      return 'market';
  }
}

/** The workbook's history settings: the same for every scenario. */
export const HISTORY_ASSUMPTION_KEYS = ALL_ASSUMPTION_KEYS.filter((k) => assumptionGroup(k) === 'history');
/** The assumptions each scenario holds (everything but the history settings). */
export const ASSUMPTION_KEYS = ALL_ASSUMPTION_KEYS.filter((k) => assumptionGroup(k) !== 'history');

/** A full set of assumption values. */
export type Assumptions = Readonly<Record<AssumptionKey, number>>;
/** Assumption values that override the defaults. */
export type AssumptionValues = Readonly<Partial<Record<AssumptionKey, number>>>;

export interface AssumptionMeta {
  readonly key: AssumptionKey;
  readonly group: AssumptionGroup;
  readonly label: string;
  readonly unit: AssumptionUnit;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (years, the driver choice); goal seek cannot solve these. */
  readonly isInteger: boolean;
  /** Why the default, with its source: the help text beside the value. */
  readonly description: string;
}

/** Label, unit, default, valid range and rationale of every assumption. */
export const ASSUMPTION_META: Readonly<Record<AssumptionKey, AssumptionMeta>> = Object.freeze(
  Object.fromEntries(
    ALL_ASSUMPTION_KEYS.map((key) => {
      const f: MarketAssumptionFields = MARKET_ASSUMPTION_FIELDS[key];
      const meta: AssumptionMeta = {
        key,
        group: assumptionGroup(key),
        label: f.label,
        unit: f.unit,
        defaultValue: f.defaultValue,
        min: f.min,
        max: f.max,
        isInteger: f.isInteger === true,
        description: f.rationale,
      };
      return [key, Object.freeze(meta)];
    }),
  ) as Record<AssumptionKey, AssumptionMeta>,
);

/** The default value of every assumption (units as in ASSUMPTION_META). */
export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze(
  Object.fromEntries(ALL_ASSUMPTION_KEYS.map((key) => [key, ASSUMPTION_META[key].defaultValue])) as Record<
    AssumptionKey,
    number
  >,
);

const KEY_SET: ReadonlySet<string> = new Set(ALL_ASSUMPTION_KEYS);
const HISTORY_SET: ReadonlySet<string> = new Set(HISTORY_ASSUMPTION_KEYS);

/** True when `key` names an assumption (a scenario's or a history setting). */
export function isAssumptionKey(key: string): key is AssumptionKey {
  return KEY_SET.has(key);
}

/** True when `key` is a history setting, held once per workbook rather than per scenario. */
export function isHistoryAssumptionKey(key: string): boolean {
  return HISTORY_SET.has(key);
}

/** A value written for people in its unit (fractions as percentages, quarters as `YYYYQn`). */
export function formatAssumptionValue(key: AssumptionKey, value: number): string {
  return formatValue(ASSUMPTION_META[key].unit, value);
}

function formatValue(unit: AssumptionUnit, value: number): string {
  switch (unit) {
    case 'fraction':
      return `${+(value * 100).toPrecision(10)}%`;
    case 'quarter':
      return `${describeYearFraction(value)} (${value})`;
    case 'USD millions':
      return `${value} USD millions`;
    case 'per quarter':
      return `${value} per quarter`;
    default:
      return String(value);
  }
}

/** Checks one assumption value; returns a message for people, or null when the value is valid. */
export function validateAssumption(key: string, value: number): string | null {
  if (!isAssumptionKey(key)) return `unknown assumption "${key}" (known: ${ALL_ASSUMPTION_KEYS.join(', ')})`;
  const meta = ASSUMPTION_META[key];
  const name = `${meta.label} (${key})`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a finite number`;
  if (meta.isInteger && !Number.isInteger(value)) {
    return `${name} must be a whole ${meta.unit === 'year' ? 'year' : 'number'}, got ${value}`;
  }
  if (value >= meta.min && value <= meta.max) return null;
  const got = formatValue(meta.unit, value);
  if (meta.unit === 'USD millions') {
    return value < 0
      ? `${name} must not be negative, got ${got}`
      : `${name} must be at most ${formatValue(meta.unit, meta.max)}, got ${got}`;
  }
  return `${name} must be between ${formatValue(meta.unit, meta.min)} and ${formatValue(meta.unit, meta.max)}, got ${got}`;
}

/**
 * Checks a set of assumption values, one by one and against each other (a floor above its
 * ceiling, a start year after its end year, shares whose parts exceed 100%); returns every problem
 * found (empty when valid). Keys left out take their defaults.
 */
export function validateAssumptions(values: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const problem = validateAssumption(key, value);
    if (problem !== null) problems.push(problem);
  }
  return problems.length > 0 ? problems : validateMarketAssumptions(values);
}

/** The scenario's values that are history settings, which a scenario cannot hold. */
export function historyKeysIn(values: Readonly<Record<string, number>>): string[] {
  return Object.keys(values).filter((k) => HISTORY_SET.has(k));
}

/** The full assumption set: `values` over the defaults. Refuses with every invalid value. */
export function withDefaults(values: AssumptionValues): Assumptions {
  const problems = validateAssumptions(values as Readonly<Record<string, number>>);
  if (problems.length > 0) throw invalidInput(`invalid assumptions: ${problems.join('; ')}`);
  return { ...DEFAULT_ASSUMPTIONS, ...values };
}
