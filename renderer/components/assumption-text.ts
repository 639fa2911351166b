import { ASSUMPTION_META, type AssumptionKey } from '../../projection/assumptions';
import { yearFractionToQuarter } from '../../projection/quarter-time';
import { formatNumber, formatPercentText } from './number-format';

/**
 * Assumption values as the app shows them: fractions as percentages (0.25 -> 25%), quarters as
 * 2027Q2, money in USD millions. What people type is read by projection/typed-values.ts, the one
 * reader the grids, goal seek and the CLI share.
 */

export { UNIT_TEXT } from '../../projection/typed-values';

// Twelve significant digits remove the binary noise of a division (33.3 / 100) and keep any value typed.
const tidy = (value: number): number => +value.toPrecision(12);

/** The options of a choice assumption, by value (0, 1, …): what a select shows. */
export const CHOICES: Readonly<Partial<Record<AssumptionKey, readonly string[]>>> = {
  'tam.driver': ['Growth rate', 'Hyperscaler capex'],
};

/** The options of `key` when it is a choice, else null. */
export function choicesOf(key: AssumptionKey): readonly string[] | null {
  return ASSUMPTION_META[key].unit === 'choice' ? (CHOICES[key] ?? null) : null;
}

/**
 * Typed text for a choice assumption as its number: an option's label (any case) becomes its
 * value ("Hyperscaler capex" -> "1"); anything else is left for the reader to judge.
 */
export function choiceText(key: AssumptionKey, typed: string): string {
  const index = choicesOf(key)?.findIndex((c) => c.toLowerCase() === typed.trim().toLowerCase()) ?? -1;
  return index >= 0 ? String(index) : typed;
}

/** A value as the app shows it for editing: 25%, 45,000, 2027Q2, 2023, 0.2, Growth rate. */
export function formatAssumptionText(key: AssumptionKey, value: number): string {
  const unit = ASSUMPTION_META[key].unit;
  switch (unit) {
    case 'choice':
      return choicesOf(key)?.[value] ?? String(value);
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
  const choices = choicesOf(key);
  if (choices) return choices.join(' or ');
  return `${formatAssumptionText(key, min)} to ${formatAssumptionText(key, max)}`;
}
