import { amountInUnit, quoteText, scaleWordExponent, type Amount } from '../../../projection/number-text';
import { failure, ok, type Result } from '../../../projection/refusal';
import { QUALIFIERS, type Qualifier } from '../../../projection/series-types';
import { PERCENT, USD_MILLIONS, type SeriesTarget } from './series-resolver';

/** What a unit cell says: US dollars at a power of ten, or percent. */
export type UnitText = { readonly kind: 'usd'; readonly exponent: number } | { readonly kind: 'percent' };

const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'pct', 'percentage', 'percentage points', 'pp']);

/**
 * Reads a unit cell: "USD millions", "$m", "USD bn", "US$ thousands", "USD", "millions", "percent",
 * "%". Other currencies are refused: the workbook does not convert currencies.
 */
export function readUnitText(text: string): Result<UnitText> {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (PERCENT_WORDS.has(lower)) return ok({ kind: 'percent' });
  const words = lower
    .replace(/\(|\)|,/g, ' ')
    .replace(/\bin\b|\bof\b|\bdollars?\b/g, ' ')
    .replace(/us\$|\$|\busd\b/g, ' usd ')
    .split(' ')
    .filter((w) => w !== '');
  const hasCurrency = words.includes('usd');
  const scales = words.filter((w) => w !== 'usd');
  if (scales.length === 0 && hasCurrency) return ok({ kind: 'usd', exponent: 0 });
  const exponent = scales.length === 1 ? scaleWordExponent(scales[0]!) : undefined;
  if (exponent !== undefined) return ok({ kind: 'usd', exponent });
  return failure(
    'invalid_input',
    `unit ${quoteText(text)} is not one the workbook reads (USD millions, USD billions, percent...)`,
  );
}

const QUALIFIER_WORDS: ReadonlyMap<string, Qualifier> = new Map([
  ...['', 'exact', 'reported', 'actual'].map((w) => [w, 'exact'] as const),
  ...['approx', 'approx.', 'approximately', 'approximate', '~', 'about', 'rounded', 'estimate'].map(
    (w) => [w, 'approx'] as const,
  ),
  ...['lower_bound', 'lower bound', 'at least', 'more than', 'over', '>', '>=', 'min', 'minimum'].map(
    (w) => [w, 'lower_bound'] as const,
  ),
  ...['upper_bound', 'upper bound', 'at most', 'less than', 'under', '<', '<=', 'max', 'maximum'].map(
    (w) => [w, 'upper_bound'] as const,
  ),
  ...['inference', 'inferred', 'press estimate', 'press inference'].map((w) => [w, 'inference'] as const),
]);

/** Reads a qualifier cell ("approx", "lower bound", ">"...); blank is `exact`. */
export function readQualifierText(text: string): Result<Qualifier> {
  const qualifier = QUALIFIER_WORDS.get(text.trim().toLowerCase());
  if (qualifier !== undefined) return ok(qualifier);
  return failure('invalid_input', `qualifier ${quoteText(text)} is not one of ${QUALIFIERS.join(', ')}`);
}

/**
 * Why `amount` (with the row's `unit` cell, if any) cannot be a value of `target`, or null when it
 * can: a percent series takes no US dollars or scale words, a money series no percent, another
 * unit neither. A new series takes the unit of its first value (a percent sign or unit: percent;
 * else USD millions). Checked per value, so it allocates nothing when the value fits.
 */
export function unitProblem(amount: Amount, target: SeriesTarget, unit: UnitText | null): string | null {
  target.unit ??= amount.isPercent || unit?.kind === 'percent' ? PERCENT : USD_MILLIONS;
  if (target.unit === PERCENT) {
    if (unit?.kind === 'usd') return `${target.label} is in percent, but the unit says US dollars`;
    if (amount.exponent !== null) return `${target.label} is in percent; a scale word does not fit`;
    return null;
  }
  if (amount.isPercent || unit?.kind === 'percent')
    return `${target.label} is in ${target.unit}, not percent`;
  if (target.unit === USD_MILLIONS) return null;
  if (amount.exponent !== null || unit !== null) {
    return `${target.label} is in ${target.unit}; the import converts only USD and percent`;
  }
  return null;
}

/**
 * `amount` in the unit of `target`, once unitProblem found none: USD millions scaled by its scale
 * word, the unit cell's scale or the file's (`fileExponent`, default millions); else as written.
 */
export function valueInSeriesUnit(
  amount: Amount,
  target: SeriesTarget,
  unit: UnitText | null,
  fileExponent: number | null,
): number {
  if (target.unit !== USD_MILLIONS) return amount.value;
  const defaultExponent = unit?.kind === 'usd' ? unit.exponent : (fileExponent ?? 6);
  return amountInUnit(amount, 6, defaultExponent);
}
