/**
 * A spreadsheet selection over a grid's cells, by position: rows in display order, columns in the
 * order of the grid's sheet columns. Pure, so the keyboard, clipboard and fill models built on it
 * are tested without a DOM or a grid.
 */

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/**
 * A rectangle of cells between two corners: `anchor` stays, `extent` is the corner Shift+arrows
 * and dragging move. `active` is the cell inside it that has the focus ring, where typing goes:
 * the anchor, except when a whole row or column was picked by its header.
 */
export interface Selection {
  readonly anchor: CellPos;
  readonly extent: CellPos;
  readonly active: CellPos;
}

/** A selection's rows and columns, inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The selection of one cell. */
export function single(pos: CellPos): Selection {
  return { anchor: pos, extent: pos, active: pos };
}

/** The cells from `anchor` to `extent`, the anchor active. */
export function span(anchor: CellPos, extent: CellPos): Selection {
  return { anchor, extent, active: anchor };
}

export function boundsOf({ anchor, extent }: Selection): Bounds {
  return {
    top: Math.min(anchor.row, extent.row),
    left: Math.min(anchor.col, extent.col),
    bottom: Math.max(anchor.row, extent.row),
    right: Math.max(anchor.col, extent.col),
  };
}

/** The smallest rectangle holding both (the cells a selection change repaints). */
export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function contains(b: Bounds, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

export function isSameCell(a: CellPos, b: CellPos): boolean {
  return a.row === b.row && a.col === b.col;
}

export function isSameSelection(a: Selection, b: Selection): boolean {
  return isSameCell(a.anchor, b.anchor) && isSameCell(a.extent, b.extent) && isSameCell(a.active, b.active);
}

export function heightOf(b: Bounds): number {
  return b.bottom - b.top + 1;
}

export function widthOf(b: Bounds): number {
  return b.right - b.left + 1;
}

/**
 * Rows `from` to `to` (either order), every column, `activeCol` active in the first: a click and
 * a drag over rows' headers. The active cell is where the user is looking, not column 0, so
 * picking a row does not scroll the grid.
 */
export function rowsSelection(from: number, to: number, cols: number, activeCol: number): Selection {
  return {
    anchor: { row: from, col: 0 },
    extent: { row: to, col: Math.max(0, cols - 1) },
    active: { row: from, col: activeCol },
  };
}

/** Columns `from` to `to`, every row, `activeRow` active: a click and a drag over column headers. */
export function columnsSelection(from: number, to: number, rows: number, activeRow: number): Selection {
  return {
    anchor: { row: 0, col: from },
    extent: { row: Math.max(0, rows - 1), col: to },
    active: { row: activeRow, col: from },
  };
}

/** Every cell, the active one kept (Ctrl+A). */
export function allSelection(active: CellPos, rows: number, cols: number): Selection {
  return { anchor: { row: 0, col: 0 }, extent: { row: rows - 1, col: cols - 1 }, active };
}

/**
 * A selection carried over to another list of columns (some hidden or shown, a quarter added
 * before the first): as it is over the same columns; else its active cell in the same column by
 * id, alone, since a range's columns in between may differ; null when that column is gone.
 */
export function selectionInColumns(
  selection: Selection,
  from: readonly string[],
  to: readonly string[],
): Selection | null {
  if (from === to || (from.length === to.length && from.every((c, i) => c === to[i]))) return selection;
  const col = to.indexOf(from[selection.active.col] ?? '');
  return col < 0 ? null : single({ row: selection.active.row, col });
}
