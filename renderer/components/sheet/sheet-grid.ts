import type {
  CellClassParams,
  CellClassRules,
  ColDef,
  ColGroupDef,
  GridApi,
  IRowNode,
} from 'ag-grid-community';
import { boundsOf, contains, isSameCell, type Bounds, type CellPos, type Selection } from './sheet-range';

/**
 * The AG Grid side of a sheet: finding cells from DOM events, the selection's classes on the
 * cells, repainting them, and what the grid shows. Community AG Grid has no range selection, so
 * the selection is drawn with cell classes, re-applied by refreshCells.
 */

/** The sheet's columns and row headers, by column id. */
export interface SheetColumns {
  /** The columns the selection moves over, left to right. */
  readonly columns: readonly string[];
  /** Columns whose cell stands for its whole row (the series' name): a click there picks the row. */
  readonly rowHeaders: readonly string[];
}

/** A cell under a DOM event: its row (display index) and column id; null outside the body's cells. */
export function cellFromEvent(target: EventTarget | null): { row: number; colId: string } | null {
  const cell = target instanceof Element ? target.closest('.ag-cell') : null;
  const row = Number(cell?.closest('.ag-row')?.getAttribute('row-index'));
  const colId = cell?.getAttribute('col-id');
  return cell && colId && Number.isInteger(row) && row >= 0 ? { row, colId } : null;
}

/** A column header under a DOM event, not its resize handle (dragging that resizes). */
export function headerFromEvent(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || target.closest('.ag-header-cell-resize')) return null;
  return target.closest('.ag-header-cell')?.getAttribute('col-id') ?? null;
}

/** Whether a DOM event happens in a cell being edited (its editor has the keys and the mouse). */
export function isInEditor(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('.ag-cell-inline-editing, input, textarea, select') !== null
  );
}

/** Repaints the cells whose selection classes may have changed: those of `area`, and the row headers. */
export function repaint(api: GridApi, sheet: SheetColumns, area: Bounds): void {
  const rowNodes: IRowNode[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const node = api.getDisplayedRowAtIndex(row);
    if (node) rowNodes.push(node);
  }
  const columns = [...sheet.columns.slice(area.left, area.right + 1), ...sheet.rowHeaders];
  api.refreshCells({ rowNodes, columns });
}

/** The first sheet column the grid shows whole (where a picked row's active cell goes). */
export function firstVisibleColumn(api: GridApi, columns: readonly string[]): number {
  const { left } = api.getHorizontalPixelRange();
  return Math.max(
    0,
    columns.findIndex((id) => (api.getColumn(id)?.getLeft() ?? -1) >= left),
  );
}

/** Rows the grid shows at once, less one (what Page Down moves, as in Excel). */
export function visibleRows(api: GridApi): number {
  const { top, bottom } = api.getVerticalPixelRange();
  const height = api.getDisplayedRowAtIndex(0)?.rowHeight ?? 30;
  return Math.max(1, Math.floor((bottom - top) / height) - 1);
}

/**
 * Class rules that draw a selection: a tint on its cells, a border around it (each edge cell
 * draws its own sides), the active cell outlined; the row header of a selected row tinted.
 * `position` maps a cell to the sheet; the rules read the selection each time they run.
 */
export function selectionClassRules(
  current: () => Selection | null,
  position: (params: CellClassParams) => CellPos | null,
): { readonly cells: CellClassRules; readonly rowHeaders: CellClassRules } {
  const inside = (params: CellClassParams, test: (b: Bounds, at: CellPos) => boolean) => {
    // Every rule of every drawn cell runs on each refresh: with no selection, nothing to look up.
    const selection = current();
    if (selection === null) return false;
    const at = position(params);
    if (at === null) return false;
    const bounds = boundsOf(selection);
    return contains(bounds, at.row, at.col) && test(bounds, at);
  };
  return {
    cells: {
      'sheet-selected': (p) => inside(p, () => true),
      'sheet-top': (p) => inside(p, (b, at) => at.row === b.top),
      'sheet-bottom': (p) => inside(p, (b, at) => at.row === b.bottom),
      'sheet-left': (p) => inside(p, (b, at) => at.col === b.left),
      'sheet-right': (p) => inside(p, (b, at) => at.col === b.right),
      'sheet-active': (p) => inside(p, (_b, at) => isSameCell(at, current()!.active)),
    },
    rowHeaders: {
      'sheet-row-selected': (p) => {
        const selection = current();
        if (selection === null || p.rowIndex === null) return false;
        const b = boundsOf(selection);
        return p.rowIndex >= b.top && p.rowIndex <= b.bottom;
      },
    },
  };
}

type AnyColDef<Row> = ColDef<Row> | ColGroupDef<Row>;

/** Column definitions with the selection's class rules added to the sheet's columns and row headers. */
export function withClassRules<Row>(
  defs: readonly AnyColDef<Row>[],
  sheet: SheetColumns,
  rules: ReturnType<typeof selectionClassRules>,
): AnyColDef<Row>[] {
  return defs.map((def) => {
    if ('children' in def) return { ...def, children: withClassRules(def.children, sheet, rules) };
    const colId = def.colId ?? '';
    const added = sheet.columns.includes(colId)
      ? rules.cells
      : sheet.rowHeaders.includes(colId)
        ? rules.rowHeaders
        : null;
    return added ? { ...def, cellClassRules: { ...def.cellClassRules, ...added } } : def;
  });
}
