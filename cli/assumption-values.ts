import { ASSUMPTION_META, isAssumptionKey } from '../projection/assumptions';
import { parseNumberText } from '../projection/number-text';
import { isQuarterPeriod, parseQuarter } from '../projection/period';
import { quarterToYearFraction } from '../projection/quarter-time';
import { invalidInput } from '../projection/refusal';

/**
 * Reads a value typed for an assumption in its unit: fractions as 0.25 or 25%, quarters as 2027Q2
 * or 2027.25, money in USD millions with optional thousands separators.
 */
export function parseAssumptionValue(key: string, text: string): number {
  if (isAssumptionKey(key) && ASSUMPTION_META[key].unit === 'quarter' && isQuarterPeriod(text.trim())) {
    return quarterToYearFraction(parseQuarter(text.trim()));
  }
  return parseFractionOrNumber(text, isAssumptionKey(key) && ASSUMPTION_META[key].unit === 'fraction', key);
}

/** A number; with `isFraction`, a trailing % means hundredths (25% = 0.25). */
export function parseFractionOrNumber(text: string, isFraction: boolean, what: string): number {
  const parsed = parseNumberText(text);
  if (!parsed.ok || parsed.value === null) {
    throw invalidInput(`${what}: ${parsed.ok ? 'a value is required' : parsed.reason}`);
  }
  return isFraction && text.trim().endsWith('%') ? parsed.value / 100 : parsed.value;
}

/** Splits `KEY=VALUE` at its last "=" (values never hold one; keys never do either). */
export function splitAssignment(text: string): { key: string; value: string } {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw invalidInput(`"${text}": expected KEY=VALUE`);
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1) };
}
