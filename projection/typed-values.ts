import { ASSUMPTION_META, validateAssumption, type AssumptionKey, type AssumptionUnit } from './assumptions';
import { amountInUnit, parseAmountText, parseNumberText, quoteText } from './number-text';
import { quarterToYearFraction } from './quarter-time';
import { failure, ok, type Result } from './refusal';

/**
 * The one reader of values people type for the model, used by the grids, goal seek and the CLI
 * alike. A share, growth rate, margin or probability is a percent wherever it is typed: `25` and
 * `25%` both mean 25 % (stored as the fraction 0.25), as in a percent-formatted spreadsheet cell.
 * A bare number below 1 is still read as a percent (`0.25` is 0.25 %), and the reading says so, so
 * that someone who meant a fraction sees at once how it was read. Quarters read as `2027Q2` or as
 * the stored fractional year `2027.25`; money is USD millions; JSON output keeps fractions.
 */

/** A value as read, with a note for people when the reading may not be what they meant. */
export interface TypedValue {
  readonly value: number;
  /** Set when a bare number below 1 was read as a percent: "0.25 was read as 0.25%". */
  readonly note: string | null;
}

/** How each unit is named and typed, for hints and messages. */
export const UNIT_TEXT: Readonly<
  Record<AssumptionUnit, { readonly short: string; readonly name: string; readonly hint: string }>
> = {
  fraction: { short: '%', name: 'percent', hint: 'percent: type 25 or 25% for 25%' },
  'USD millions': { short: 'USD M', name: 'USD millions', hint: 'USD millions: type 45000 or 45,000' },
  year: { short: 'year', name: 'years', hint: 'a calendar year, such as 2024' },
  quarter: {
    short: 'quarter',
    name: 'quarters',
    hint: 'a quarter: type 2027Q2, or 2027.25 (its start as a fractional year)',
  },
  'per quarter': {
    short: 'k / qtr',
    name: 'steepness per quarter',
    hint: 'logistic steepness per quarter, such as 0.2',
  },
  ratio: { short: '×', name: 'a multiple', hint: 'a multiple; 0 switches it off' },
  choice: { short: 'choice', name: 'a choice', hint: 'type the number of the choice the label names' },
};

// Twelve significant digits remove the binary noise of a division (33.3 / 100) and keep any value typed.
const tidy = (value: number): number => +value.toPrecision(12);

const QUARTER_TEXT = /^(\d{4})\s*-?\s*q([1-4])$/i;

/**
 * Reads a percent as typed: `25`, `25%` and `25 %` are 0.25 (a fraction). A bare number strictly
 * between -1 and 1, other than 0, gets a note saying how it was read. `what` names the value in
 * messages.
 */
export function readPercentText(typed: string, what: string): Result<TypedValue> {
  const text = typed.trim();
  const parsed = parseNumberText(text);
  if (!parsed.ok) return failure('invalid_input', `${what}: ${parsed.error.message}`);
  if (parsed.value === null) return failure('invalid_input', `${what}: a value is required`);
  const value = tidy(parsed.value / 100);
  const isBare = !text.endsWith('%');
  const note =
    isBare && parsed.value !== 0 && Math.abs(parsed.value) < 1
      ? `${what}: ${text} was read as ${text}% (type ${tidy(parsed.value * 100)} for ${tidy(parsed.value * 100)}%)`
      : null;
  return ok({ value, note });
}

function readNumber(key: AssumptionKey, text: string, what: string): Result<TypedValue> {
  const unit = ASSUMPTION_META[key].unit;
  const quarter = unit === 'quarter' ? QUARTER_TEXT.exec(text) : null;
  if (quarter) return ok({ value: quarterToYearFraction(`${quarter[1]}Q${quarter[2]}`), note: null });
  if (unit === 'fraction') return readPercentText(text, what);
  if (text.endsWith('%')) {
    return failure(
      'invalid_input',
      `${what}: ${quoteText(text)} is a percentage, but this value is in ${UNIT_TEXT[unit].name}`,
    );
  }
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    const expected = unit === 'quarter' ? ' (type a quarter such as 2027Q2, or 2027.25)' : '';
    return failure('invalid_input', `${what}: ${parsed.error.message}${expected}`);
  }
  if (parsed.value === null) return failure('invalid_input', `${what}: a value is required`);
  return ok({ value: parsed.value, note: null });
}

/**
 * Reads typed text as a value of assumption `key` in its unit (see above) and checks it against
 * the assumption's range. Messages start with `what` (by default the key).
 */
export function readAssumptionText(
  key: AssumptionKey,
  typed: string,
  what: string = key,
): Result<TypedValue> {
  const read = readNumber(key, typed.trim(), what);
  if (!read.ok) return read;
  const problem = validateAssumption(key, read.value.value);
  return problem === null ? read : failure('invalid_input', `${what}: ${withoutName(key, problem)}`);
}

/** A validation message without the "Label (key) " the model puts first, for callers that name the value. */
export function withoutName(key: AssumptionKey, problem: string): string {
  const name = `${ASSUMPTION_META[key].label} (${key}) `;
  return problem.startsWith(name) ? problem.slice(name.length) : problem;
}

/** Reads a probability: a percent between 0% and 100% (see readPercentText). */
export function readProbabilityText(typed: string, what = 'probability'): Result<TypedValue> {
  if (typed.trim() === '')
    return failure('invalid_input', `${what}: a probability is required (type 0 for none)`);
  const read = readPercentText(typed, what);
  if (!read.ok) return read;
  if (read.value.value < 0 || read.value.value > 1) {
    return failure('invalid_input', `${what}: a probability is between 0% and 100%, got ${typed.trim()}`);
  }
  return read;
}

/** Reads a goal-seek target: a percent for shares and growth rates (see readPercentText), else USD millions. */
export function readTargetText(isPercent: boolean, typed: string, what: string): Result<TypedValue> {
  if (isPercent) return readPercentText(typed, what);
  const parsed = parseNumberText(typed.trim());
  if (!parsed.ok) return failure('invalid_input', `${what}: ${parsed.error.message}`);
  if (parsed.value === null) return failure('invalid_input', `${what}: type a target value`);
  return ok({ value: parsed.value, note: null });
}

/** The power of ten a money unit counts in ("USD millions" -> 6), or null for a unit that is not money. */
export function unitExponent(unit: string): number | null {
  let exponent = exponents.get(unit);
  if (exponent === undefined) {
    const m = /^(?:usd|us\$|\$)\s*(thousands|millions|billions)$/i.exec(unit.trim());
    exponent = m
      ? { thousands: 3, millions: 6, billions: 9 }[
          m[1]!.toLowerCase() as 'thousands' | 'millions' | 'billions'
        ]
      : null;
    if (exponents.size >= 256) exponents.clear();
    exponents.set(unit, exponent);
  }
  return exponent;
}

// Each unit read once: a paste of 10,000 cells asks for its rows' units 20,000 times. A workbook
// has a handful of units; the cache starts over past 256.
const exponents = new Map<string, number | null>();

const isPercentUnit = (unit: string) => ['percent', '%'].includes(unit.trim().toLowerCase());

/**
 * Reads a value typed or pasted into a cell of a series in `unit`, as the importer reads files:
 * thousands separators, parentheses, currency signs, and scale words converted to the unit
 * ("3.5B" is 3,500 in USD millions). A percent sign is taken in a percent series and refused in
 * any other; blank text (or a dash, n/a) clears the cell (null).
 */
export function readCellText(typed: string, unit: string): Result<number | null> {
  const parsed = parseAmountText(typed.trim());
  if (!parsed.ok) return failure('invalid_input', parsed.error.message);
  const amount = parsed.value;
  if (amount === null) return ok(null);
  if (isPercentUnit(unit)) {
    if (amount.exponent !== null)
      return failure('invalid_input', `${quoteText(typed)} has a scale word, but the series is in percent`);
    return ok(amount.value);
  }
  if (amount.isPercent) {
    return failure('invalid_input', `${quoteText(typed)} is a percentage, but the series is in ${unit}`);
  }
  const exponent = unitExponent(unit);
  if (amount.exponent !== null && exponent === null) {
    return failure('invalid_input', `${quoteText(typed)} has a scale word, but the series is in ${unit}`);
  }
  return ok(exponent === null ? amount.value : amountInUnit(amount, exponent, exponent));
}

/**
 * Reads a bound of a series' range as typed (the CLI's --min and --max, the series details
 * panel): a value in the series' unit as a cell reads it, or blank or "none" for no bound (null).
 */
export function readRangeBound(typed: string, unit: string): Result<number | null> {
  return /^\s*(none)?\s*$/i.test(typed) ? ok(null) : readCellText(typed, unit);
}
