/**
 * The keyboard and mouse routes to the details panel. Shift+F2 is Excel's key for a cell's note
 * (Insert / Edit Comment), the nearest thing Excel has to "tell me about this cell": on a value
 * it opens the cell's details, on a series' name or unit the series' details. A double-click on a
 * series' name opens its details too (the name is not edited in place).
 */

/** What the details panel shows: one value of a series, or a series. */
export type DetailsTarget =
  | { readonly kind: 'cell'; readonly seriesKey: string; readonly period: string }
  | { readonly kind: 'series'; readonly seriesKey: string };

/** The columns that describe the series itself rather than one of its values. */
const SERIES_COLUMNS: readonly string[] = ['label', 'unit'];

/** Whether a key press asks for the details panel: Shift+F2 with no other modifier. */
export function isDetailsKey(event: {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}): boolean {
  return event.key === 'F2' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/** The details a focused cell leads to: its series' from the name or unit column, else its value's. */
export function detailsTargetOf(seriesKey: string, columnId: string): DetailsTarget {
  return SERIES_COLUMNS.includes(columnId)
    ? { kind: 'series', seriesKey }
    : { kind: 'cell', seriesKey, period: columnId };
}

/** Whether two targets are the same (the panel keeps its form when focus stays on its target). */
export function isSameTarget(a: DetailsTarget | null, b: DetailsTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.kind === b.kind &&
    a.seriesKey === b.seriesKey &&
    (a.kind === 'series' || a.period === (b as typeof a).period)
  );
}
