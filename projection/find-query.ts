import { parseNumberText } from './number-text';

/**
 * Find in the workbook (Ctrl+F in the Data view, `workbook:find`): what the user typed, read once
 * here so that the database and the renderer agree on what matches.
 */

/** What a hit matched: a series' name (its label, key, company, metric or an alias), a value, a source or a note. */
export type FindField = 'series' | 'value' | 'source' | 'note';

export interface FindHit {
  readonly seriesKey: string;
  readonly seriesLabel: string;
  /** The cell's period; null for a hit on the series itself. */
  readonly period: string | null;
  readonly field: FindField;
  /** The text that matched, as stored (the value as a number's text). */
  readonly text: string;
}

export interface FindResult {
  readonly hits: readonly FindHit[];
  /** More cells matched than FIND_LIMIT; the first ones are listed. */
  readonly isTruncated: boolean;
}

/** The most hits one search returns. */
export const FIND_LIMIT = 500;

export interface FindQuery {
  /** The text, trimmed and lower-cased, for names, sources and notes. */
  readonly text: string;
  /**
   * The number the text reads as (`3,500`, `(120)`, `12.5`), and how many decimals it was written
   * with: a value matches when rounded to those decimals it equals the number, as Excel's find
   * matches what a cell shows (12.3 finds 12.34). Null when the text is not a number.
   */
  readonly number: { readonly value: number; readonly decimals: number } | null;
}

/** Reads a search; null when it is blank. */
export function findQueryOf(typed: string): FindQuery | null {
  const text = typed.trim().toLowerCase();
  if (text === '') return null;
  const parsed = parseNumberText(typed.trim());
  const value = parsed.ok ? parsed.value : null;
  const decimals = /[.](\d+)/.exec(typed.replace(/,/g, ''))?.[1]?.length ?? 0;
  return { text, number: value === null ? null : { value, decimals } };
}

/** Whether `value` is what `query` finds (see FindQuery.number). */
export function isFoundNumber(query: FindQuery, value: number): boolean {
  if (query.number === null) return false;
  const scale = 10 ** query.number.decimals;
  return Math.round(value * scale) === Math.round(query.number.value * scale);
}
