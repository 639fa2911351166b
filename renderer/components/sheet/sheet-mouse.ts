import { columnsSelection, rowsSelection, single, type CellPos, type Selection } from './sheet-range';

/**
 * What a mouse press and a drag do to a selection, as in Excel, on positions: a click picks a
 * cell, Shift+click stretches the selection to it, a click on a row's header (the series' name)
 * or a column's header picks the whole row or column, and dragging stretches whichever was begun.
 */

/** Where the mouse is: a sheet cell, a row's header cell, or a column's header. */
export type PointerTarget =
  | { readonly kind: 'cell'; readonly row: number; readonly col: number }
  | { readonly kind: 'row-header'; readonly row: number }
  | { readonly kind: 'column-header'; readonly col: number };

/** A drag under way: over cells, or over rows' or columns' headers from the one pressed. */
export type Drag = { readonly kind: 'cells' } | { readonly kind: 'rows' | 'columns'; readonly from: number };

export interface SheetSize {
  readonly rows: number;
  readonly cols: number;
  /** Where a picked row's or column's active cell goes: what the grid shows first. */
  readonly firstVisible: CellPos;
}

export interface Press {
  readonly selection: Selection;
  readonly drag: Drag | null;
  /**
   * Whether the sheet handles the press alone. A plain click on a cell is left to the grid as
   * well (it focuses the cell, a double click edits); anything else would move the grid's focus
   * away from the selection's active cell.
   */
  readonly isOwn: boolean;
}

/** The selection after a mouse press on `target` (Shift held or not). */
export function pressAt(
  target: PointerTarget,
  isShift: boolean,
  current: Selection | null,
  size: SheetSize,
): Press {
  const extending = isShift ? current : null;
  switch (target.kind) {
    case 'column-header': {
      const from = extending ? extending.anchor.col : target.col;
      const selection = columnsSelection(from, target.col, size.rows, size.firstVisible.row);
      return {
        selection: extending ? { ...selection, active: extending.active } : selection,
        drag: { kind: 'columns', from },
        isOwn: true,
      };
    }
    case 'row-header': {
      const from = extending ? extending.anchor.row : target.row;
      const selection = rowsSelection(from, target.row, size.cols, size.firstVisible.col);
      return {
        selection: extending ? { ...selection, active: extending.active } : selection,
        drag: { kind: 'rows', from },
        isOwn: true,
      };
    }
    case 'cell': {
      const at = { row: target.row, col: target.col };
      if (extending) return { selection: { ...extending, extent: at }, drag: null, isOwn: true };
      return { selection: single(at), drag: { kind: 'cells' }, isOwn: false };
    }
  }
}

/** The selection as a drag passes over `target`; null when the target does not move it. */
export function dragTo(
  drag: Drag,
  target: PointerTarget,
  current: Selection,
  size: SheetSize,
): Selection | null {
  if (drag.kind === 'columns') {
    if (target.kind !== 'column-header' && target.kind !== 'cell') return null;
    return { ...columnsSelection(drag.from, target.col, size.rows, 0), active: current.active };
  }
  if (target.kind === 'column-header') return null;
  if (drag.kind === 'rows') {
    return { ...rowsSelection(drag.from, target.row, size.cols, 0), active: current.active };
  }
  return target.kind === 'cell' ? { ...current, extent: { row: target.row, col: target.col } } : null;
}
