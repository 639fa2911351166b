import { amountInUnit, parseAmountText, quoteText } from './number-text';
import { failure, ok, type Result } from './refusal';
import { readCellText, unitExponent } from './typed-values';

/**
 * How a series' numbers are shown: in the unit they are stored in, or scaled (a USD millions
 * series shown in billions), with a fixed number of decimals or the grid's own. The stored value
 * never changes with the display: it is exact, the display only formats it.
 *
 * Typing and pasting follow the row as it is shown, as in a spreadsheet whose cells read in the
 * unit their row says: a bare number is read in the shown unit (13 typed into a row shown in USD
 * billions of a USD millions series stores 13,000), while a number with its own scale word
 * (`3.5B`, `$900M`) is converted from that scale as everywhere else. Copying writes the number
 * in the shown unit at its full precision (12.634, not the 12.6 on screen), so that pasting it
 * back anywhere in the row gives the exact value rather than a rounded one.
 */

/** The scales a money series may be shown in; `stored` is the series' own unit. */
export const DISPLAY_SCALES = ['stored', 'thousands', 'millions', 'billions'] as const;
export type DisplayScale = (typeof DISPLAY_SCALES)[number];

/** The most decimals a series may be shown with. */
export const MAX_DISPLAY_DECIMALS = 6;

export interface SeriesDisplay {
  readonly scale: DisplayScale;
  /** Decimals shown, 0 to MAX_DISPLAY_DECIMALS; null for the grid's own (money 0-1, percent 1-2). */
  readonly decimals: number | null;
}

/** As stored, with the grid's decimals: what every series starts with. */
export const DEFAULT_DISPLAY: SeriesDisplay = { scale: 'stored', decimals: null };

const SCALE_EXPONENT: Readonly<Record<Exclude<DisplayScale, 'stored'>, number>> = {
  thousands: 3,
  millions: 6,
  billions: 9,
};

const isPercentUnit = (unit: string) => ['percent', '%'].includes(unit.trim().toLowerCase());

/**
 * Why `display` cannot be a display of a series in `unit`, or null: a scale for a unit that is
 * not money in thousands, millions or billions (a percent is shown as a percent), or decimals
 * that are not a whole number from 0 to MAX_DISPLAY_DECIMALS.
 */
export function displayProblem(unit: string, display: SeriesDisplay): string | null {
  if (!(DISPLAY_SCALES as readonly string[]).includes(display.scale)) {
    return `the scale is one of ${DISPLAY_SCALES.join(', ')} (got "${display.scale}")`;
  }
  if (display.scale !== 'stored' && unitExponent(unit) === null) {
    return `a series in ${unit} is shown as stored; only money in USD thousands, millions or billions can be scaled`;
  }
  const { decimals } = display;
  if (decimals !== null && (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DISPLAY_DECIMALS)) {
    return `decimals are a whole number from 0 to ${MAX_DISPLAY_DECIMALS} (got ${decimals})`;
  }
  return null;
}

/**
 * The powers of ten between the stored and the shown number (-3 for USD millions shown in
 * billions); 0 as stored, or for a unit that cannot be scaled (its unit was changed since).
 */
export function displayShift(unit: string, display: SeriesDisplay): number {
  const stored = unitExponent(unit);
  if (display.scale === 'stored' || stored === null) return 0;
  return stored - SCALE_EXPONENT[display.scale];
}

/** The unit numbers are shown in: "USD billions" for USD millions shown in billions, else the unit. */
export function shownUnit(unit: string, display: SeriesDisplay): string {
  if (display.scale === 'stored' || unitExponent(unit) === null) return unit;
  return `USD ${display.scale}`;
}

/**
 * `value` with its decimal point moved `shift` places, through its decimal text so that no
 * binary noise is added (12634 shifted -3 is exactly 12.634).
 */
function shifted(value: number, shift: number): number {
  if (shift === 0 || !Number.isFinite(value)) return value;
  const [mantissa = '0', exponent = '0'] = String(value).toLowerCase().split('e');
  const result = Number(`${mantissa}e${Number(exponent) + shift}`);
  return result === 0 ? 0 : result;
}

/** A stored value in the unit the series is shown in (12,600 USD millions in billions: 12.6). */
export function toShown(value: number, unit: string, display: SeriesDisplay): number {
  return shifted(value, displayShift(unit, display));
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A stored value as the series shows it: in its shown unit with thousands separators, its
 * decimals (or the grid's own: up to 1 for money, 1 to 2 for a percent), and a % sign in a
 * percent series. "12.6" for 12,634 USD millions shown in billions with 1 decimal.
 */
export function formatShown(value: number, unit: string, display: SeriesDisplay): string {
  const isPercent = isPercentUnit(unit);
  const { decimals } = display;
  const [min, max] = decimals !== null ? [decimals, decimals] : isPercent ? [1, 2] : [0, 1];
  const text = formatter(min, max).format(toShown(value, unit, display));
  // "-0.0" says a negative that rounds to nothing; a spreadsheet shows it as 0.0.
  const plain = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return `${plain}${isPercent ? '%' : ''}`;
}

/**
 * The text a cell copies as: its number in the shown unit at full precision, without thousands
 * separators, with a % sign in a percent series; read back by readShownCellText, it is the value.
 */
export function shownCopyText(value: number, unit: string, display: SeriesDisplay): string {
  const number = String(toShown(value, unit, display));
  return isPercentUnit(unit) ? `${number}%` : number;
}

/**
 * Reads a value typed or pasted into a cell of a series shown with `display` (see readCellText for
 * the text it takes): a number without a scale word is in the shown unit, one with a scale word
 * (`3.5B`) is converted from that scale; the result is in the stored unit, exact (13 in a row of
 * USD millions shown in billions is 13,000).
 */
export function readShownCellText(
  typed: string,
  unit: string,
  display: SeriesDisplay,
): Result<number | null> {
  const shift = displayShift(unit, display);
  const stored = unitExponent(unit);
  if (shift === 0 || stored === null) return readCellText(typed, unit);
  const parsed = parseAmountText(typed.trim());
  if (!parsed.ok) return failure('invalid_input', parsed.error.message);
  if (parsed.value === null) return ok(null);
  if (parsed.value.isPercent) {
    return failure('invalid_input', `${quoteText(typed)} is a percentage, but the series is in ${unit}`);
  }
  return ok(amountInUnit(parsed.value, stored, stored - shift));
}

/** The shown unit and decimals in words: "USD billions with 1 decimal", "percent with the usual decimals". */
export function describeShown(unit: string, display: SeriesDisplay): string {
  const { decimals } = display;
  const digits = decimals === null ? 'the usual decimals' : `${decimals} decimal${decimals === 1 ? '' : 's'}`;
  return `${shownUnit(unit, display)} with ${digits}`;
}

/** The display in words, for the history: "billions, 1 decimal", "as stored, usual decimals". */
export function describeDisplay(display: SeriesDisplay): string {
  const scale = display.scale === 'stored' ? 'as stored' : display.scale;
  const decimals =
    display.decimals === null
      ? 'usual decimals'
      : `${display.decimals} decimal${display.decimals === 1 ? '' : 's'}`;
  return `${scale}, ${decimals}`;
}
