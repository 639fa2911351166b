import { describeYearFraction } from './quarter-time';
import { invalidInput } from './refusal';

/**
 * The assumptions every scenario holds. Keys are shared with the CLI, the grids and the workbook
 * file. Shares, growth rates and margins are fractions (0.25 = 25%); money is USD millions;
 * `amd.rampMidpoint` is a quarter encoded as a fractional year (see quarter-time.ts).
 *
 * Ramp speed source: `amd.rampSpeedVsX86` = 0 uses the typed `amd.rampSpeed`; a value above 0
 * uses the speed fitted to AMD's x86 server share history times that ratio (1 = as fast as EPYC).
 * One key instead of a separate on/off switch keeps every assumption a plain number with a unit.
 */
export const ASSUMPTION_KEYS = [
  'tam.baseYear',
  'tam.base',
  'tam.growth',
  'tam.growthFade',
  'xpu.shareStart',
  'xpu.shareEnd',
  'xpu.startYear',
  'xpu.endYear',
  'amd.shareFloor',
  'amd.shareCeiling',
  'amd.rampMidpoint',
  'amd.rampSpeed',
  'amd.rampSpeedVsX86',
  'amd.grossMargin',
  'capex.growth',
  'capex.acceleratorFraction',
  'hyperscaler.demandShare',
] as const;

export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];
export type AssumptionUnit = 'USD millions' | 'fraction' | 'year' | 'quarter' | 'per quarter' | 'ratio';

/** A full set of assumption values. */
export type Assumptions = Readonly<Record<AssumptionKey, number>>;
/** Assumption values that override the defaults. */
export type AssumptionValues = Readonly<Partial<Record<AssumptionKey, number>>>;

export interface AssumptionMeta {
  readonly key: AssumptionKey;
  readonly label: string;
  readonly unit: AssumptionUnit;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (years); goal seek cannot solve these. */
  readonly isInteger: boolean;
  readonly description: string;
}

type MetaFields = Omit<AssumptionMeta, 'key' | 'isInteger'> & { readonly isInteger?: boolean };

// Growth may fall as far as -90% a year; beyond that the quarterly split (fourth root of 1 + g)
// becomes meaningless, and +500% a year is far above any AI-market forecast.
const GROWTH_RANGE = { min: -0.9, max: 5 } as const;
const SHARE_RANGE = { min: 0, max: 1 } as const;
const YEAR_RANGE = { min: 2000, max: 2100, isInteger: true } as const;

const FIELDS: Readonly<Record<AssumptionKey, MetaFields>> = {
  'tam.baseYear': {
    label: 'TAM base year',
    unit: 'year',
    defaultValue: 2023,
    ...YEAR_RANGE,
    description: 'Calendar year of the base TAM estimate; the model is defined from this year on.',
  },
  'tam.base': {
    label: 'AI accelerator TAM in the base year',
    unit: 'USD millions',
    defaultValue: 45000,
    min: 0,
    max: 100_000_000,
    description: "AMD's December 2023 estimate of the 2023 data-center AI accelerator market.",
  },
  'tam.growth': {
    label: 'TAM growth in the first projected year',
    unit: 'fraction',
    defaultValue: 0.6,
    ...GROWTH_RANGE,
    description: 'Annual TAM growth in the year after the base year.',
  },
  'tam.growthFade': {
    label: 'Yearly fade of TAM growth',
    unit: 'fraction',
    defaultValue: 0.15,
    ...SHARE_RANGE,
    description: "Each later year's growth is the previous year's growth times (1 - fade).",
  },
  'xpu.shareStart': {
    label: 'Custom ASIC (XPU) share at start',
    unit: 'fraction',
    defaultValue: 0.12,
    ...SHARE_RANGE,
    description:
      'Share of the TAM taken by custom accelerators (TPU, Trainium, MTIA...) up to the start year.',
  },
  'xpu.shareEnd': {
    label: 'Custom ASIC (XPU) share at end',
    unit: 'fraction',
    defaultValue: 0.25,
    ...SHARE_RANGE,
    description: 'XPU share of the TAM from the end year on; linear in between.',
  },
  'xpu.startYear': {
    label: 'XPU path start year',
    unit: 'year',
    defaultValue: 2024,
    ...YEAR_RANGE,
    description: 'The XPU share leaves its start value at the beginning of this year.',
  },
  'xpu.endYear': {
    label: 'XPU path end year',
    unit: 'year',
    defaultValue: 2030,
    ...YEAR_RANGE,
    description: 'The XPU share reaches its end value at the beginning of this year.',
  },
  'amd.shareFloor': {
    label: "AMD's merchant share floor",
    unit: 'fraction',
    defaultValue: 0.06,
    ...SHARE_RANGE,
    description: "Lower asymptote of AMD's logistic share of the merchant (non-XPU) market.",
  },
  'amd.shareCeiling': {
    label: "AMD's merchant share ceiling",
    unit: 'fraction',
    defaultValue: 0.25,
    ...SHARE_RANGE,
    description: "Upper asymptote of AMD's logistic share of the merchant market.",
  },
  'amd.rampMidpoint': {
    label: 'Share ramp midpoint',
    unit: 'quarter',
    defaultValue: 2027,
    min: 2015,
    max: 2040.75,
    description:
      'Quarter at which the share is halfway from floor to ceiling, as a fractional year (2027.25 = 2027Q2).',
  },
  'amd.rampSpeed': {
    label: 'Share ramp speed',
    unit: 'per quarter',
    defaultValue: 0.2,
    min: 0.01,
    max: 3,
    description: 'Logistic steepness k per quarter, used when amd.rampSpeedVsX86 is 0.',
  },
  'amd.rampSpeedVsX86': {
    label: 'Ramp speed vs. EPYC x86 ramp',
    unit: 'ratio',
    defaultValue: 0,
    min: 0,
    max: 5,
    description:
      "0 = use the typed speed; above 0 = this multiple of the speed fitted to AMD's x86 server share.",
  },
  'amd.grossMargin': {
    label: 'Instinct gross margin',
    unit: 'fraction',
    defaultValue: 0.5,
    ...SHARE_RANGE,
    description: 'Gross profit as a fraction of Instinct revenue.',
  },
  'capex.growth': {
    label: 'Hyperscaler capex growth',
    unit: 'fraction',
    defaultValue: 0.3,
    ...GROWTH_RANGE,
    description: 'Annual growth used to extrapolate the hyperscalers’ capex from the last reported total.',
  },
  'capex.acceleratorFraction': {
    label: 'Accelerator fraction of capex',
    unit: 'fraction',
    defaultValue: 0.4,
    ...SHARE_RANGE,
    description: 'Fraction of hyperscaler capex spent on AI accelerators.',
  },
  'hyperscaler.demandShare': {
    label: 'Hyperscaler share of TAM demand',
    unit: 'fraction',
    defaultValue: 0.5,
    ...SHARE_RANGE,
    description: 'Fraction of the accelerator TAM bought by the hyperscalers in the capex series.',
  },
};

/** Label, unit, default and valid range of every assumption. */
export const ASSUMPTION_META: Readonly<Record<AssumptionKey, AssumptionMeta>> = Object.freeze(
  Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => [key, Object.freeze({ key, isInteger: false, ...FIELDS[key] })]),
  ) as Record<AssumptionKey, AssumptionMeta>,
);

/** The default value of every assumption (units as in ASSUMPTION_META). */
export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze(
  Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, FIELDS[key].defaultValue])) as Record<
    AssumptionKey,
    number
  >,
);

const KEY_SET: ReadonlySet<string> = new Set(ASSUMPTION_KEYS);

/** True when `key` names an assumption. */
export function isAssumptionKey(key: string): key is AssumptionKey {
  return KEY_SET.has(key);
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
  if (!isAssumptionKey(key)) return `unknown assumption "${key}" (known: ${ASSUMPTION_KEYS.join(', ')})`;
  const meta = ASSUMPTION_META[key];
  const name = `${meta.label} (${key})`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a finite number`;
  if (meta.isInteger && !Number.isInteger(value)) return `${name} must be a whole year, got ${value}`;
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
 * Checks a set of assumption values, one by one and against each other; returns every problem
 * found (empty when valid). Keys left out take their defaults.
 */
export function validateAssumptions(values: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const problem = validateAssumption(key, value);
    if (problem !== null) problems.push(problem);
  }
  if (problems.length > 0) return problems;
  const start = values['xpu.startYear'] ?? DEFAULT_ASSUMPTIONS['xpu.startYear'];
  const end = values['xpu.endYear'] ?? DEFAULT_ASSUMPTIONS['xpu.endYear'];
  if (end < start) problems.push(`XPU path end year (xpu.endYear) ${end} is before its start year ${start}`);
  return problems;
}

/** The full assumption set: `values` over the defaults. Throws one Error listing every invalid value. */
export function withDefaults(values: AssumptionValues): Assumptions {
  const problems = validateAssumptions(values as Readonly<Record<string, number>>);
  if (problems.length > 0) throw invalidInput(`invalid assumptions: ${problems.join('; ')}`);
  return { ...DEFAULT_ASSUMPTIONS, ...values };
}
