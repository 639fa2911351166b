import { parsePeriodText } from '../../../projection/period-text';
import type { ColumnRole } from '../import-types';

/**
 * Names every column from the header record: a blank header becomes "column N" (1-based), a
 * repeated one "name (2)", so that every message can name its column.
 */
export function nameColumns(header: readonly string[], width: number): string[] {
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const text = (header[i] ?? '').trim().replace(/\s+/g, ' ');
    let name = text === '' ? `column ${i + 1}` : text;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    if (count > 1) name = `${name} (${count})`;
    names.push(name);
  }
  return names;
}

/** A header cell in the form recipes match on: lower case, single spaces. */
export function normalizeHeader(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when a header cell is a period label (a column of values in a periods-across file). */
export function isPeriodHeader(text: string): boolean {
  return text.trim() !== '' && parsePeriodText(text).ok;
}

/**
 * The shape of a header, for finding a saved recipe: the normalized cells, with each run of
 * period headers as one `<periods>` (next quarter's file has one more column, and is the same
 * shape) and trailing blank cells dropped.
 */
export function headerSignature(header: readonly string[]): string {
  const parts: string[] = [];
  for (const cell of header) {
    const part = isPeriodHeader(cell) ? '<periods>' : normalizeHeader(cell);
    if (part === '<periods>' && parts[parts.length - 1] === '<periods>') continue;
    parts.push(part);
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.join('|');
}

const ROLE_NAMES: readonly [ColumnRole, readonly string[]][] = [
  [
    'period',
    [
      'period',
      'quarter',
      'date',
      'fiscal period',
      'fiscal quarter',
      'period label',
      'time',
      'as of',
      'fy',
      'year',
    ],
  ],
  ['series', ['series', 'series key', 'key', 'series id', 'name', 'label', 'line item', 'item', 'segment']],
  ['company', ['company', 'ticker', 'issuer', 'entity', 'speaker company']],
  ['metric', ['metric', 'measure', 'indicator', 'field', 'kpi']],
  ['value', ['value', 'amount', 'figure', 'val', 'number', 'reported value', 'actual']],
  ['unit', ['unit', 'units', 'currency unit', 'scale']],
  ['source', ['source', 'url', 'link', 'source url', 'reference']],
  ['note', ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'footnote']],
  ['qualifier', ['qualifier', 'precision', 'bound']],
];

const ROLE_BY_NAME = new Map(ROLE_NAMES.flatMap(([role, names]) => names.map((n) => [n, role] as const)));

/** The role a header names ("Amount" -> value), or undefined. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  const name = normalizeHeader(text).replace(/[_-]+/g, ' ');
  return ROLE_BY_NAME.get(name);
}
