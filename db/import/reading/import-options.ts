import type { ImportOptions, ScaleLetter } from '../import-types';
import { Refusal } from '../../../projection/refusal';

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
  if (options.delimiter !== undefined && ![',', ';', '\t', '|'].includes(options.delimiter)) {
    fail(`delimiter "${options.delimiter}" is not one of , ; | or tab`);
  }
  if (options.decimal !== undefined && options.decimal !== '.' && options.decimal !== ',') {
    fail(`decimal mark "${String(options.decimal)}" is not "." or ","`);
  }
  if (options.thousands !== undefined && ![',', '.', ' ', "'", ''].includes(options.thousands)) {
    fail(`thousands separator "${options.thousands}" is not one of , . ' space or none`);
  }
  const decimal = options.decimal ?? '.';
  if (options.thousands === decimal)
    fail(`the thousands separator and the decimal mark are both "${decimal}"`);
  if (options.scale !== undefined && !(options.scale in SCALE_EXPONENTS))
    fail(`scale "${String(options.scale)}" is not K, M or B`);
  if (options.onError !== undefined && options.onError !== 'reject' && options.onError !== 'skip') {
    fail(`on-error "${String(options.onError)}" is not reject or skip`);
  }
  for (const [company, month] of Object.entries(options.fiscalYearEnd ?? {})) {
    if (company.trim() === '') fail('a fiscal year end names no company');
    if (!Number.isInteger(month) || month < 1 || month > 12)
      fail(`fiscal year end of ${company}: month ${month} is not 1-12`);
  }
  if (options.company !== undefined && options.company.trim() === '') fail('the company is blank');
}
