/**
 * Reads a number typed or pasted by a person: thousands separators, a currency sign ($ € £), a
 * trailing percent sign (the number is kept as written: "23.3%" is 23.3), negatives with a minus
 * sign or in parentheses. Blank text is "no value". Anything else is an error with a reason,
 * never a silent zero or NaN.
 */
export type NumberTextResult =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly reason: string };

export interface NumberTextOptions {
  /** The decimal mark: "." (default) or ",". */
  readonly decimal?: '.' | ',';
}

const BLANKS = new Set(['', '—', '–', '-', 'n/a', 'na']);

/** Parses `text` as a number (see above); `value` is null for a blank. */
export function parseNumberText(text: string, options: NumberTextOptions = {}): NumberTextResult {
  const decimal = options.decimal ?? '.';
  const thousands = decimal === '.' ? ',' : '.';
  let body = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (BLANKS.has(body.toLowerCase())) return { ok: true, value: null };

  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  // One sign, before or after the currency symbol: -$5 and $-5.
  const signed = /^([\u2212-]?)\s*[$€£]?\s*([\u2212-]?)\s*(.*)$/.exec(body)!;
  if ((signed[1] && signed[2]) || (negative && (signed[1] || signed[2])))
    return { ok: false, reason: `"${text.trim()}" is not a number` };
  if (signed[1] || signed[2]) negative = !negative;
  body = signed[3]!;
  body = body.replace(/\s*%$/, '');
  // Spaces may group thousands ("1 234 567").
  if (/^\d{1,3}( \d{3})+(\D.*)?$/.test(body)) body = body.replace(/ (?=\d{3})/g, '');
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^(\\d+(\\${decimal}\\d*)?|\\${decimal}\\d+)([eE][+-]?\\d+)?$`);
  if (!grouped.test(body) && !plain.test(body)) {
    return { ok: false, reason: `"${text.trim()}" is not a number` };
  }
  const normalized = body.split(thousands).join('').replace(decimal, '.');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${text.trim()}" is out of range` };
  return { ok: true, value: negative ? -value : value };
}
