import { failure, ok, type Result } from './refusal';

/**
 * Reads numbers as people type, paste and publish them: thousands separators, a decimal comma when
 * asked, a currency sign ($ € £, before or after), a trailing percent sign, negatives with a minus
 * sign or in parentheses, and (for imports) scale words such as "bn" or "million". Blank text and
 * the dashes and n/a that stand for "no figure" are "no value". Anything else is an error with a
 * reason, never a silent zero or NaN.
 */
export type NumberTextResult = Result<number | null>;

export const DECIMAL_MARKS = ['.', ','] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];
/** Thousands separators: comma, point, space, apostrophe, or none. */
export const THOUSANDS_MARKS = [',', '.', ' ', "'", ''] as const;
export type ThousandsMark = (typeof THOUSANDS_MARKS)[number];

export interface NumberTextOptions {
  /** The decimal mark: "." (default) or ",". */
  readonly decimal?: DecimalMark;
}

export interface AmountTextOptions extends NumberTextOptions {
  /** The thousands separator; by default the mark that is not the decimal one. Spaces always group. */
  readonly thousands?: ThousandsMark;
}

/** A number as written, with its scale word and percent sign kept apart. */
export interface Amount {
  /** The number as written, without scale (-1.2 for "($1.2bn)"). */
  readonly value: number;
  /** Plain decimal text of `value` ("-1.2"), for scaling without binary rounding. */
  readonly decimalText: string;
  /** Power of ten of the scale word (3 for "K", 6 for "mn", 9 for "bn"), or null when there is none. */
  readonly exponent: number | null;
  readonly isPercent: boolean;
}

export type AmountTextResult = Result<Amount | null>;

/** A blank cell's reading, made once: blanks are common in wide files. */
const BLANK: AmountTextResult = { ok: true, value: null };

const BLANKS = new Set(['', '—', '–', '-', 'n/a', 'na', 'n.a.', 'n.a']);

/** Scale words and suffixes, lower case, with their power of ten. "m" is a million, as in "$5m". */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ...['k', 'thousand', 'thousands', 'th'].map((w) => [w, 3] as const),
  ...['m', 'mn', 'mm', 'mio', 'mil', 'mln', 'million', 'millions'].map((w) => [w, 6] as const),
  ...['b', 'bn', 'bln', 'billion', 'billions'].map((w) => [w, 9] as const),
  ...['t', 'tn', 'trillion', 'trillions'].map((w) => [w, 12] as const),
]);

/** The power of ten a scale word stands for ("bn" -> 9), or undefined for an unknown word. */
export function scaleWordExponent(word: string): number | undefined {
  return SCALE_WORDS.get(word.trim().toLowerCase());
}

// sign, currency, sign, number, scale word, currency, percent: "-$1,234.5bn", "1.234,5 €", "23.3%".
const ENVELOPE =
  /^([-+\u2212]?)\s*(US\$|[$€£])?\s*([-+\u2212]?)\s*(\d[\d.,'\s]*[\d.,]|\d|[.,]\d+)([eE][-+]?\d+)?\s*([a-zA-Z]+)?\s*([$€£])?\s*(%)?$/;
const SPACES = /[\u00a0\u202f\u2009]/g;

/** `text` in quotes for a message, cut short when long. */
export function quoteText(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed}"`;
}

function notANumber<T>(text: string): Result<T> {
  return failure('invalid_input', `${quoteText(text)} is not a number`);
}

function escape(mark: string): string {
  return mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface DigitPatterns {
  readonly spaceGrouped: RegExp;
  readonly grouped: RegExp | null;
  readonly plain: RegExp;
}

const patternCache = new Map<string, DigitPatterns>();

/** The patterns for one pair of marks, built once: imports read millions of cells with them. */
function digitPatterns(decimal: DecimalMark, thousands: ThousandsMark): DigitPatterns {
  const cacheKey = decimal + thousands;
  let patterns = patternCache.get(cacheKey);
  if (!patterns) {
    const d = escape(decimal);
    const t = escape(thousands);
    patterns = {
      spaceGrouped: new RegExp(`^\\d{1,3}( \\d{3})+(${d}\\d+)?$`),
      grouped:
        thousands === '' || thousands === ' ' ? null : new RegExp(`^\\d{1,3}(${t}\\d{3})+(${d}\\d+)?$`),
      plain: new RegExp(`^(\\d+(${d}\\d*)?|${d}\\d+)$`),
    };
    patternCache.set(cacheKey, patterns);
  }
  return patterns;
}

/** The digits of `body` as plain decimal text, or null when the marks do not fit. */
function normalizeDigits(body: string, decimal: DecimalMark, thousands: ThousandsMark): string | null {
  const patterns = digitPatterns(decimal, thousands);
  let digits = body;
  // Spaces may group thousands whatever the other marks ("1 234 567").
  if (patterns.spaceGrouped.test(digits)) digits = digits.replace(/ /g, '');
  if (/\s/.test(digits)) return null;
  if (patterns.grouped?.test(digits)) digits = digits.split(thousands).join('');
  if (!patterns.plain.test(digits)) return null;
  return decimal === '.' ? digits : digits.replace(',', '.');
}

const MINUS = 45;
const ZERO = 48;
const NINE = 57;
const POINT = 46;
const COMMA = 44;
const NO_MARK = -1;
/** Exact powers of ten: the quotient of two exact doubles is rounded once, as Number() rounds. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));

/**
 * The value of `text` if it is a plain decimal, `-?\d{1,15}(<mark>\d{1,15})?` ("-1234.5", with
 * `mark` the decimal mark's code), else NaN. Read from character codes: most cells of
 * a large file are such numbers, and a pattern test then Number() took a third of the time spent
 * reading each value. With at most 15 digits in all, the digits are an exact integer and dividing
 * it by an exact power of ten rounds once, so the value is Number()'s; longer ones go to Number().
 */
function plainDecimal(text: string, mark: number): number {
  const n = text.length;
  const isNegative = n > 0 && text.charCodeAt(0) === MINUS;
  let whole = 0;
  let decimals = NO_MARK;
  let integer = 0;
  for (let k = isNegative ? 1 : 0; k < n; k++) {
    const code = text.charCodeAt(k);
    if (code >= ZERO && code <= NINE) {
      integer = integer * 10 + (code - ZERO);
      if (decimals === NO_MARK) whole++;
      else decimals++;
    } else if (code === mark && decimals === NO_MARK) {
      decimals = 0;
    } else {
      return Number.NaN;
    }
  }
  if (whole === 0 || whole > 15 || decimals === 0 || decimals > 15) return Number.NaN;
  if (decimals === NO_MARK) decimals = 0;
  if (whole + decimals > 15) return Number(mark === POINT ? text : text.replace(',', '.'));
  const value = integer / POWERS_OF_TEN[decimals]!;
  return isNegative ? -value : value;
}

/**
 * Parses `text` as an amount: the value is null for a blank. The value is as written; see
 * `amountInUnit` for converting a scale word into the unit of a series.
 */
export function parseAmountText(text: string, options: AmountTextOptions = {}): AmountTextResult {
  const decimal = options.decimal ?? '.';
  // Most cells of a large file are plain numbers: read those without the general pattern.
  const plain = plainDecimal(text, decimal === '.' ? POINT : COMMA);
  if (!Number.isNaN(plain)) {
    const decimalText = decimal === '.' ? text : text.replace(',', '.');
    return {
      ok: true,
      value: { value: plain === 0 ? 0 : plain, decimalText, exponent: null, isPercent: false },
    };
  }
  const thousands = options.thousands ?? (decimal === '.' ? ',' : '.');
  let body = text.trim().replace(SPACES, ' ');
  if (BLANKS.has(body.toLowerCase())) return BLANK;
  // No number is this long; the bound also keeps the pattern below linear.
  if (body.length > 80) return notANumber(text);
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  const m = ENVELOPE.exec(body);
  if (!m) return notANumber(text);
  const [, sign1, currency1, sign2, number, exponentText, word, currency2, percent] = m;
  if ((sign1 && sign2) || (negative && (sign1 || sign2)) || (currency1 && currency2)) return notANumber(text);
  if (sign1 === '-' || sign1 === '\u2212' || sign2 === '-' || sign2 === '\u2212') negative = true;
  let exponent: number | null = null;
  if (word !== undefined) {
    const scale = scaleWordExponent(word);
    if (scale === undefined || percent) return notANumber(text);
    exponent = scale;
  }
  const digits = normalizeDigits(number!, decimal, thousands);
  if (digits === null) return notANumber(text);
  const decimalText = `${negative ? '-' : ''}${digits}${exponentText ?? ''}`;
  const value = Number(decimalText);
  if (!Number.isFinite(value)) return failure('invalid_input', `${quoteText(text)} is out of range`);
  return {
    ok: true,
    value: { value: value === 0 ? 0 : value, decimalText, exponent, isPercent: percent === '%' },
  };
}

/** Parses `text` as a number (see above, without scale words); `value` is null for a blank. */
export function parseNumberText(text: string, options: NumberTextOptions = {}): NumberTextResult {
  const result = parseAmountText(text, options);
  if (!result.ok) return result;
  if (result.value?.exponent != null) return notANumber(text);
  return ok(result.value?.value ?? null);
}

/**
 * `amount` scaled to 10^`unitExponent` (6 for a series in USD millions): "1.2bn" is 1200 in
 * millions. `defaultExponent` is the scale of a number without a scale word (the file's, or the
 * unit's own). Scaling moves the decimal point in the text, so "1.005bn" is exactly 1005.
 */
export function amountInUnit(amount: Amount, unitExponent: number, defaultExponent: number): number {
  const shift = (amount.exponent ?? defaultExponent) - unitExponent;
  if (shift === 0) return amount.value;
  const [mantissa = '0', exponent = '0'] = amount.decimalText.toLowerCase().split('e');
  const value = Number(`${mantissa}e${Number(exponent) + shift}`);
  return value === 0 ? 0 : value;
}

/**
 * Which decimal mark the written number shows, if any: "," for "1.234,5" or "0,25", "." for
 * "1,234.5" or "0.25", "either" for "1,234" (thousands or decimal), null when it has no mark.
 */
export function decimalMarkEvidence(text: string): DecimalMark | 'either' | null {
  const digits = /\d[\d.,]*/.exec(text)?.[0]?.replace(/[.,]$/, '') ?? '';
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma === -1 && lastDot === -1) return null;
  if (lastComma !== -1 && lastDot !== -1) return lastComma > lastDot ? ',' : '.';
  const mark = lastComma !== -1 ? ',' : '.';
  const count = digits.split(mark).length - 1;
  if (count > 1) return mark === ',' ? '.' : ',';
  return digits.length - digits.indexOf(mark) - 1 === 3 ? 'either' : mark;
}
