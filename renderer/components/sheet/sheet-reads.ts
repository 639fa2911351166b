import { formatNumber } from '../number-format';
import { writeHtmlTable, writeTsv, type Block } from './sheet-clipboard';
import type { SheetModel } from './sheet-model';
import { blockOf, planClear } from './sheet-edits';
import type { Direction } from './sheet-keys';
import { boundsOf, heightOf, widthOf, type Bounds, type Selection } from './sheet-range';

/**
 * What the sheet reads before acting over a grid whose owner holds only part of its cells (the
 * Data grid of a large workbook): the cells a Ctrl+arrow passes over, and a copy written to the
 * system clipboard once its cells have been read.
 */

/** The cells a Ctrl+arrow from the selection's moving corner may pass over: to the grid's edge. */
export function lineToEdge(
  selection: Selection,
  direction: Direction,
  size: { readonly rows: number; readonly cols: number },
  isExtending: boolean,
): Bounds {
  const { row, col } = isExtending ? selection.extent : selection.active;
  switch (direction) {
    case 'up':
      return { top: 0, bottom: row, left: col, right: col };
    case 'down':
      return { top: row, bottom: size.rows - 1, left: col, right: col };
    case 'left':
      return { top: row, bottom: row, left: 0, right: col };
    case 'right':
      return { top: row, bottom: row, left: col, right: size.cols - 1 };
  }
}

/**
 * Shows the selection's count, sum and average (`summary`) once its cells are read: at once when
 * they are; "reading…" meanwhile, then the figures if the selection is still `isCurrent`; the
 * reason when they cannot be read.
 */
export function showSummary(
  model: SheetModel,
  selection: Selection | null,
  isCurrent: () => boolean,
  summary: () => string | null,
): void {
  const bounds = selection && boundsOf(selection);
  if (!bounds || heightOf(bounds) * widthOf(bounds) <= 1) return model.onSummary(null);
  const pending = model.load?.(bounds) ?? null;
  if (!pending) return model.onSummary(summary());
  const cells = `${formatNumber(heightOf(bounds) * widthOf(bounds), 0)} cells`;
  model.onSummary(`${cells} · reading…`);
  pending.then(
    () => isCurrent() && model.onSummary(summary()),
    (error: Error) => isCurrent() && model.onSummary(`${cells} · ${error.message}`),
  );
}

/**
 * Runs `action` once the cells of `bounds` are read: at once when they are; later if still
 * `isCurrent` (a key pressed since wins); a failed read is refused with its reason.
 */
export function afterLoad(
  model: SheetModel,
  bounds: Bounds,
  isCurrent: () => boolean,
  action: () => void,
): void {
  const pending = model.load?.(bounds) ?? null;
  if (!pending) return action();
  pending.then(
    () => isCurrent() && action(),
    (error: Error) => model.refuse(`Cannot read the cells: ${error.message}; nothing was done.`),
  );
}

/**
 * Copy and Cut of `bounds`: into the event's clipboard data when the owner holds every cell;
 * otherwise (rows scrolled past, never read) once they are read, onto the system clipboard as
 * the event would have put them. A cut clears only once its cells are on the clipboard.
 * `model` is read when the cells are, so a model the owner replaced meanwhile is the one used.
 */
export function copyCells(data: DataTransfer, bounds: Bounds, model: () => SheetModel, isCut: boolean): void {
  const pending = model().load?.(bounds) ?? null;
  if (!pending) {
    const copied = blockOf(bounds, (pos) => model().textAt(pos));
    data.setData('text/plain', writeTsv(copied));
    data.setData('text/html', writeHtmlTable(copied));
    if (isCut) model().write(planClear(bounds), 'cut');
    return;
  }
  pending
    .then(() => writeSystemClipboard(blockOf(bounds, (pos) => model().textAt(pos))))
    .then(
      () => isCut && model().write(planClear(bounds), 'cut'),
      (error: Error) =>
        model().refuse(`Cannot copy the selection: ${error.message}; the clipboard is unchanged.`),
    );
}

/**
 * Puts a block on the system clipboard outside a copy event (its cells had to be read first), as
 * tab-separated text and an HTML table, as the copy event would have.
 */
function writeSystemClipboard(block: Block): Promise<void> {
  const item = new ClipboardItem({
    'text/plain': new Blob([writeTsv(block)], { type: 'text/plain' }),
    'text/html': new Blob([writeHtmlTable(block)], { type: 'text/html' }),
  });
  return navigator.clipboard.write([item]);
}

/** Writes a clipboard's text and HTML (main's clipboard:write, for the context menu's Copy and Cut). */
export type ClipboardWriter = (clip: { readonly text: string; readonly html: string }) => Promise<unknown>;

/**
 * Copy and Cut from the context menu, outside a copy event: the cells of `bounds` are read if the
 * owner lacks them, then put on the clipboard by `write`; a cut clears them once they are there.
 */
export function copyThrough(
  write: ClipboardWriter,
  bounds: Bounds,
  model: () => SheetModel,
  isCut: boolean,
): void {
  const pending = model().load?.(bounds) ?? Promise.resolve();
  pending
    .then(() => {
      const block = blockOf(bounds, (pos) => model().textAt(pos));
      return write({ text: writeTsv(block), html: writeHtmlTable(block) });
    })
    .then(
      () => isCut && model().write(planClear(bounds), 'cut'),
      (error: Error) =>
        model().refuse(`Cannot copy the selection: ${error.message}; the clipboard is unchanged.`),
    );
}
