import { readShownCellText } from '../../../projection/series-display';
import { rangeProblem } from '../../../projection/value-range';
import type { SeriesRow } from './data-grid-model';

export type CellEdit =
  | { readonly kind: 'save'; readonly value: number | null }
  /** The value typed, which the cell already holds (as far as the page has read it). */
  | { readonly kind: 'unchanged'; readonly value: number | null }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Decides what a typed cell value means before anything is sent: a number in the unit the row is
 * shown in (projection/series-display.ts: 13 in a row of USD millions shown in billions is 13,000;
 * a scale word is read as imports and the CLI read it, `3.5B` is 3,500 in USD millions; a percent
 * sign only in a percent series) inside the series' range, blank to clear the cell, no change, or
 * a refusal with a message that names the cell.
 */
export function interpretCellEdit(row: SeriesRow, period: string, typed: unknown): CellEdit {
  const text = typed === null || typed === undefined ? '' : String(typed);
  const read = readShownCellText(text, row.unit, row.display);
  const refuse = (reason: string): CellEdit => ({
    kind: 'refused',
    message: `${row.label}, ${period}: ${reason}; nothing was saved.`,
  });
  if (!read.ok) return refuse(read.error.message);
  const outside = read.value === null ? null : rangeProblem(read.value, row);
  if (outside) return refuse(outside);
  const current = row.values[period]?.value ?? null;
  return { kind: read.value === current ? 'unchanged' : 'save', value: read.value };
}
