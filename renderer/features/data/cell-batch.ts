import type { CellBatchAction } from '../../../projection/journal';
import { failure, ok, type Result } from '../../../projection/refusal';
import { shownCopyText } from '../../../projection/series-display';
import { interpretCellEdit } from './cell-edit';
import { cellNumber } from './data-columns';
import type { SeriesRow } from './data-grid-model';

/** A text bound for one cell of the Data grid (a pasted, filled or cleared cell). */
export interface CellText {
  readonly row: SeriesRow;
  readonly period: string;
  readonly text: string;
}

/** One cell to save, as observations:setMany takes it. */
export interface CellValue {
  readonly seriesKey: string;
  readonly period: string;
  readonly value: number | null;
}

const VERBS: Record<CellBatchAction, string> = {
  paste: 'pasted',
  fill: 'filled',
  clear: 'cleared',
  cut: 'cut',
};

/**
 * Reads a block of texts as typing is read (interpretCellEdit: `3.5B`, `(120)`, `$4,100`, a
 * percent only in a percent series, the series' range) and gives the cells to save, leaving out
 * those the page knows already hold the value; a cell whose value is not read yet (`isRead`
 * false) is sent whatever it holds, and main leaves it alone if it holds the value. The first bad
 * cell refuses the whole block with a message naming it, so nothing is sent. A derived series is
 * computed: clearing skips its cells, pasting or filling into one is refused.
 */
export function interpretCellTexts(
  cells: readonly CellText[],
  action: CellBatchAction,
  isRead: (row: SeriesRow, period: string) => boolean = () => true,
): Result<CellValue[]> {
  const values: CellValue[] = [];
  for (const { row, period, text } of cells) {
    if (row.kind === 'derived') {
      if (action === 'clear' || action === 'cut') continue;
      return failure(
        'invalid_input',
        `${row.label}, ${period}: a derived series is computed, not typed in; nothing was ${VERBS[action]}.`,
      );
    }
    const edit = interpretCellEdit(row, period, text);
    if (edit.kind === 'refused') {
      return failure(
        'invalid_input',
        edit.message.replace(/nothing was saved\.$/, `nothing was ${VERBS[action]}.`),
      );
    }
    if (edit.kind === 'save') values.push({ seriesKey: row.key, period, value: edit.value });
    else if (!isRead(row, period)) values.push({ seriesKey: row.key, period, value: edit.value });
  }
  return ok(values);
}

/** What the status bar says after a batch is saved: "Pasted 6 cells". */
export function batchSavedText(action: CellBatchAction, count: number): string {
  const verb = VERBS[action];
  return `${verb[0]!.toUpperCase()}${verb.slice(1)} ${count.toLocaleString('en-US')} ${count === 1 ? 'cell' : 'cells'}`;
}

/**
 * The text a cell copies as: what it shows (a computed Year too), in the row's shown unit at full
 * precision, with a percent sign in a percent series: pasted back into the row, it is the value.
 */
export function cellCopyText(row: SeriesRow, period: string): string {
  const value = cellNumber(row, period);
  return value === null ? '' : shownCopyText(value, row.unit, row.display);
}
