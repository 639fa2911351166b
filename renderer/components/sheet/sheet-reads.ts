import { formatNumber } from '../number-format';
import { writeHtmlTable, writeTsv, type Block } from './sheet-clipboard';
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

/** The status bar's line while a selection's cells are being read. */
export function readingText(selection: Selection): string {
  const bounds = boundsOf(selection);
  return `${formatNumber(heightOf(bounds) * widthOf(bounds), 0)} cells · reading…`;
}

/** The cells of `bounds`, counted. */
export function cellCount(bounds: Bounds): number {
  return heightOf(bounds) * widthOf(bounds);
}

/**
 * Puts a block on the system clipboard outside a copy event (its cells had to be read first), as
 * tab-separated text and an HTML table, as the copy event would have.
 */
export function writeSystemClipboard(block: Block): Promise<void> {
  const item = new ClipboardItem({
    'text/plain': new Blob([writeTsv(block)], { type: 'text/plain' }),
    'text/html': new Blob([writeHtmlTable(block)], { type: 'text/html' }),
  });
  return navigator.clipboard.write([item]);
}
