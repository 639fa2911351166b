import { failure, ok, type Result } from '../../../projection/refusal';
import { formatNumber } from '../number-format';
import type { Block } from './sheet-clipboard';
import { heightOf, widthOf, type Bounds, type CellPos } from './sheet-range';

/**
 * What a paste, a fill or a clear writes, planned on positions and texts before anything is
 * read or saved: the grid's owner reads each text as typing is read and saves them all as one step.
 */

/** Text to write to one cell, read as if typed there ('' clears). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The texts of a selection, row by row (what a copy puts on the clipboard). */
export function blockOf(bounds: Bounds, textAt: (pos: CellPos) => string): string[][] {
  return Array.from({ length: heightOf(bounds) }, (_, r) =>
    Array.from({ length: widthOf(bounds) }, (_, c) => textAt({ row: bounds.top + r, col: bounds.left + c })),
  );
}

/**
 * Where a pasted block goes, as in Excel: one value fills the whole selection; a block whose
 * size divides the selection's is repeated over it; otherwise the block starts at the
 * selection's top-left cell. A block that would run past the grid is refused whole, naming where
 * it was pasted and how far it would reach.
 */
export function planPaste(
  block: Block,
  selection: Bounds,
  grid: { readonly rows: number; readonly cols: number },
  describe: (pos: CellPos) => string,
): Result<CellWrite[]> {
  const rows = block.length;
  const cols = Math.max(0, ...block.map((row) => row.length));
  if (rows === 0 || cols === 0) return failure('invalid_input', 'The clipboard holds no cells to paste.');
  const [height, width] = [heightOf(selection), widthOf(selection)];
  const isRepeated = height % rows === 0 && width % cols === 0;
  const [spanRows, spanCols] = isRepeated ? [height, width] : [rows, cols];
  const top = { row: selection.top, col: selection.left };
  const pastRows = top.row + spanRows - grid.rows;
  const pastCols = top.col + spanCols - grid.cols;
  if (pastRows > 0 || pastCols > 0) {
    const past = [
      pastRows > 0 ? `${pastRows} ${pastRows === 1 ? 'row' : 'rows'} below the last row` : '',
      pastCols > 0 ? `${pastCols} ${pastCols === 1 ? 'column' : 'columns'} past the last column` : '',
    ].filter(Boolean);
    return failure(
      'invalid_input',
      `${describe(top)}: the ${rows} × ${cols} block pasted here runs ${past.join(' and ')}; nothing was pasted.`,
    );
  }
  const writes: CellWrite[] = [];
  for (let r = 0; r < spanRows; r++) {
    const source = block[r % rows]!;
    for (let c = 0; c < spanCols; c++) {
      const text = source[c % cols];
      // A ragged row (shorter than the widest) leaves the cells it does not reach alone.
      if (text !== undefined) writes.push({ row: top.row + r, col: top.col + c, text });
    }
  }
  return ok(writes);
}

/**
 * Ctrl+D / Ctrl+R: the selection's first row (column) copied into the rest of it. A selection
 * one row high (one column wide) fills from the row above (the column to the left), as in Excel;
 * at the grid's edge there is nothing to fill from and nothing is written.
 */
export function planFill(
  bounds: Bounds,
  direction: 'down' | 'right',
  textAt: (pos: CellPos) => string,
): CellWrite[] {
  const isDown = direction === 'down';
  const span = isDown ? heightOf(bounds) : widthOf(bounds);
  const sourceLine = span === 1 ? (isDown ? bounds.top : bounds.left) - 1 : isDown ? bounds.top : bounds.left;
  if (sourceLine < 0) return [];
  const writes: CellWrite[] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    for (let col = bounds.left; col <= bounds.right; col++) {
      if ((isDown ? row : col) === sourceLine) continue;
      const text = textAt(isDown ? { row: sourceLine, col } : { row, col: sourceLine });
      writes.push({ row, col, text });
    }
  }
  return writes;
}

/** Delete and Cut: every cell of the selection blanked. */
export function planClear(bounds: Bounds): CellWrite[] {
  return blockOf(bounds, () => '').flatMap((row, r) =>
    row.map((text, c) => ({ row: bounds.top + r, col: bounds.left + c, text })),
  );
}

export interface SelectionStats {
  readonly cells: number;
  /** Cells that hold a number. */
  readonly count: number;
  readonly sum: number;
  /** Null when no cell holds a number. */
  readonly average: number | null;
}

/** Count, sum and average of the selection's numbers, as a spreadsheet's status bar shows them. */
export function selectionStats(bounds: Bounds, numberAt: (pos: CellPos) => number | null): SelectionStats {
  let count = 0;
  let sum = 0;
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    for (let col = bounds.left; col <= bounds.right; col++) {
      const value = numberAt({ row, col });
      if (value === null) continue;
      count++;
      sum += value;
    }
  }
  return { cells: heightOf(bounds) * widthOf(bounds), count, sum, average: count === 0 ? null : sum / count };
}

/**
 * The status bar's line for a selection ("6 cells · Count 5 · Sum 18,250 · Average 3,650"); null
 * for a single cell, as a spreadsheet shows nothing then.
 */
export function statsText(stats: SelectionStats): string | null {
  if (stats.cells <= 1) return null;
  const parts = [`${formatNumber(stats.cells, 0)} cells`, `Count ${formatNumber(stats.count, 0)}`];
  if (stats.average !== null) {
    parts.push(`Sum ${formatNumber(stats.sum)}`, `Average ${formatNumber(stats.average)}`);
  }
  return parts.join(' · ');
}
