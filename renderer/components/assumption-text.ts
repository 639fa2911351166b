import {
  ASSUMPTION_META,
  validateAssumption,
  type AssumptionKey,
  type AssumptionUnit,
} from '../../projection/assumptions';
import { parseNumberText } from '../../projection/number-text';
import { quarterToYearFraction, yearFractionToQuarter } from '../../projection/quarter-time';
import { formatNumber, formatPercentText } from './number-format';

/**
 * Assumption values as people read and type them in the app. Fractions are percentages: typing 25
 * or 25% in a fraction row means 25% (stored as 0.25), and 0.25 means a quarter of a percent, in
 * every fraction row alike. Quarters (amd.rampMidpoint) read as 2027Q2 and accept 2027Q2 or the
 * stored fractional year 2027.25. Money is USD millions.
 */

export type AssumptionText =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

/** The short unit shown beside a value, and the hint on how to type it. */
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
};

// Twelve significant digits remove the binary noise of a division (33.3 / 100) and keep any value typed.
const tidy = (value: number): number => +value.toPrecision(12);

const QUARTER_TEXT = /^(\d{4})\s*-?\s*q([1-4])$/i;

/** A value as the app shows it for editing: 25%, 45,000, 2027Q2, 2023, 0.2. */
export function formatAssumptionText(key: AssumptionKey, value: number): string {
  const unit = ASSUMPTION_META[key].unit;
  switch (unit) {
    case 'fraction':
      return formatPercentText(value);
    case 'USD millions':
      return formatNumber(value);
    case 'quarter':
      // A midpoint between quarter starts (from goal seek) shows as its fractional year.
      return Math.abs(value * 4 - Math.round(value * 4)) < 1e-9
        ? yearFractionToQuarter(value)
        : String(tidy(value));
    case 'year':
      return String(value);
    default:
      return String(tidy(value));
  }
}

/** The range an assumption accepts, in the units people type. */
export function describeRange(key: AssumptionKey): string {
  const { min, max, unit } = ASSUMPTION_META[key];
  if (unit === 'USD millions') return `0 to ${formatNumber(max)}`;
  if (unit === 'year') return `${min} to ${max}, whole years`;
  return `${formatAssumptionText(key, min)} to ${formatAssumptionText(key, max)}`;
}

function readNumber(key: AssumptionKey, text: string): AssumptionText {
  const unit = ASSUMPTION_META[key].unit;
  const quarter = unit === 'quarter' ? QUARTER_TEXT.exec(text) : null;
  if (quarter) return { ok: true, value: quarterToYearFraction(`${quarter[1]}Q${quarter[2]}`) };
  if (unit !== 'fraction' && text.endsWith('%')) {
    return { ok: false, reason: `"${text}" is a percentage, but this value is in ${UNIT_TEXT[unit].name}` };
  }
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    const expected = unit === 'quarter' ? ' (type a quarter such as 2027Q2, or 2027.25)' : '';
    return { ok: false, reason: `${parsed.reason}${expected}` };
  }
  if (parsed.value === null) return { ok: false, reason: 'a value is required' };
  return { ok: true, value: unit === 'fraction' ? tidy(parsed.value / 100) : parsed.value };
}

/**
 * Reads typed text as a value of `key` (see above) and checks it against the assumption's range.
 * The reason of a refusal is for people and names the assumption.
 */
export function parseAssumptionText(key: AssumptionKey, typed: string): AssumptionText {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'a value is required' };
  const read = readNumber(key, text);
  if (!read.ok) return read;
  const problem = validateAssumption(key, read.value);
  return problem === null ? read : { ok: false, reason: withoutName(key, problem) };
}

/** A validation message without the "Label (key) " the projection puts first; the app names the cell itself. */
export function withoutName(key: AssumptionKey, problem: string): string {
  const name = `${ASSUMPTION_META[key].label} (${key}) `;
  return problem.startsWith(name) ? problem.slice(name.length) : problem;
}
