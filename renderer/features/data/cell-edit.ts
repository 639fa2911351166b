import { parseNumberText } from '../../../projection/number-text';
import type { SeriesRow } from './data-grid-model';

export type CellEdit =
  | { readonly kind: 'save'; readonly value: number | null }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Decides what a typed cell value means before anything is sent: a number (or blank, which clears
 * the cell) to save, no change, or a refusal with a message that names the cell.
 */
export function interpretCellEdit(row: SeriesRow, period: string, typed: unknown): CellEdit {
  const text = typed === null || typed === undefined ? '' : String(typed);
  const parsed = parseNumberText(text);
  if (!parsed.ok) {
    return { kind: 'refused', message: `${row.label}, ${period}: ${parsed.reason}; nothing was saved.` };
  }
  const current = row.values[period]?.value ?? null;
  return parsed.value === current ? { kind: 'unchanged' } : { kind: 'save', value: parsed.value };
}
