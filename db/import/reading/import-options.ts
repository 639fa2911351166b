import {
  IMPORT_DELIMITERS,
  ON_ERROR_CHOICES,
  SCALE_LETTERS,
  type ImportOptions,
  type ScaleLetter,
} from '../../../projection/import-types';
import { DECIMAL_MARKS, THOUSANDS_MARKS } from '../../../projection/number-text';
import { Refusal } from '../../../projection/refusal';

/** Whether `value` is one of `allowed`: options from JSON or a recipe are not checked by types. */
function isOneOf(allowed: readonly string[], value: string): boolean {
  return allowed.includes(value);
}

const SCALE_EXPONENTS: Readonly<Record<ScaleLetter, number>> = { K: 3, M: 6, B: 9 };

/** The power of ten of --scale (K 3, M 6, B 9), or null when the file's numbers carry no scale. */
export function scaleExponent(scale: ScaleLetter | undefined): number | null {
  return scale === undefined ? null : SCALE_EXPONENTS[scale];
}

/** Refuses options that cannot be followed, with a message naming the option. */
export function checkOptions(options: ImportOptions): void {
  const fail = (message: string) => {
    throw new Refusal('invalid', message);
  };
  if (options.delimiter !== undefined && !isOneOf(IMPORT_DELIMITERS, options.delimiter)) {
    fail(`delimiter "${options.delimiter}" is not one of , ; | or tab`);
  }
  if (options.decimal !== undefined && !isOneOf(DECIMAL_MARKS, options.decimal)) {
    fail(`decimal mark "${String(options.decimal)}" is not "." or ","`);
  }
  if (options.thousands !== undefined && !isOneOf(THOUSANDS_MARKS, options.thousands)) {
    fail(`thousands separator "${options.thousands}" is not one of , . ' space or none`);
  }
  const decimal = options.decimal ?? '.';
  if (options.thousands === decimal)
    fail(`the thousands separator and the decimal mark are both "${decimal}"`);
  if (options.scale !== undefined && !isOneOf(SCALE_LETTERS, options.scale))
    fail(`scale "${String(options.scale)}" is not K, M or B`);
  if (options.onError !== undefined && !isOneOf(ON_ERROR_CHOICES, options.onError)) {
    fail(`on-error "${String(options.onError)}" is not reject or skip`);
  }
  for (const [company, month] of Object.entries(options.fiscalYearEnd ?? {})) {
    if (company.trim() === '') fail('a fiscal year end names no company');
    if (!Number.isInteger(month) || month < 1 || month > 12)
      fail(`fiscal year end of ${company}: month ${month} is not 1-12`);
  }
  if (options.company !== undefined && options.company.trim() === '') fail('the company is blank');
}
