import type { GridApi } from 'ag-grid-community';

/**
 * A grid's layout as the user left it: column widths and where it was scrolled to, kept per
 * workbook file and grid in the window's localStorage (the app's own profile, never the workbook:
 * widths are not part of the data, and changing one is not an edit to undo).
 */
export interface GridLayout {
  readonly widths: Readonly<Record<string, number>>;
  /** The first row and column in view (by index and column id), so the view comes back there. */
  readonly firstRow: number;
  readonly firstColumn: string | null;
}

/** What the layout is kept in: the window's localStorage, or any Storage. */
export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'iwb.grid-layout';
// Widths outside this are not a user's (a hidden column, a corrupt entry): they are dropped.
const MIN_WIDTH = 20;
const MAX_WIDTH = 2000;

const keyOf = (workbookPath: string, grid: string) => `${PREFIX}:${grid}:${workbookPath}`;

/** The layout kept for this workbook and grid, or null when none is (or it cannot be read). */
export function readGridLayout(
  storage: LayoutStorage,
  workbookPath: string,
  grid: string,
): GridLayout | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(keyOf(workbookPath, grid)) ?? 'null');
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { widths, firstRow, firstColumn } = parsed as Record<string, unknown>;
  const kept: Record<string, number> = {};
  if (typeof widths === 'object' && widths !== null) {
    for (const [colId, width] of Object.entries(widths)) {
      if (typeof width === 'number' && width >= MIN_WIDTH && width <= MAX_WIDTH)
        kept[colId] = Math.round(width);
    }
  }
  return {
    widths: kept,
    firstRow: typeof firstRow === 'number' && Number.isInteger(firstRow) && firstRow >= 0 ? firstRow : 0,
    firstColumn: typeof firstColumn === 'string' ? firstColumn : null,
  };
}

/** Keeps `layout` for this workbook and grid; a full storage is ignored (the layout is a convenience). */
export function writeGridLayout(
  storage: LayoutStorage,
  workbookPath: string,
  grid: string,
  layout: GridLayout,
): void {
  try {
    storage.setItem(keyOf(workbookPath, grid), JSON.stringify(layout));
  } catch {
    // QuotaExceededError: nothing is lost but the widths.
  }
}

/** The grid's layout now: its columns' widths, and the first row and column in view. */
export function layoutOf(api: GridApi, widthColumns: readonly string[] | null = null): GridLayout {
  const widths: Record<string, number> = {};
  for (const state of api.getColumnState()) {
    if (typeof state.width === 'number' && (widthColumns === null || widthColumns.includes(state.colId))) {
      widths[state.colId] = state.width;
    }
  }
  // The first column the horizontal scroll shows (the rendered ones may be all of them).
  const { left } = api.getHorizontalPixelRange();
  const first = api
    .getAllDisplayedColumns()
    .find((c) => !c.getPinned() && (c.getLeft() ?? 0) + c.getActualWidth() > left + 1);
  return {
    widths,
    firstRow: Math.max(0, api.getFirstDisplayedRowIndex()),
    firstColumn: first?.getColId() ?? null,
  };
}

/** Puts a kept layout back: widths of the columns the grid still has, then the scroll position. */
export function applyGridLayout(api: GridApi, layout: GridLayout): void {
  const known = new Set(api.getColumns()?.map((c) => c.getColId()) ?? []);
  const state = Object.entries(layout.widths)
    .filter(([colId]) => known.has(colId))
    .map(([colId, width]) => ({ colId, width }));
  if (state.length > 0) api.applyColumnState({ state });
  const rows = api.getDisplayedRowCount();
  if (rows > 0) api.ensureIndexVisible(Math.min(layout.firstRow, rows - 1), 'top');
  if (layout.firstColumn && known.has(layout.firstColumn))
    api.ensureColumnVisible(layout.firstColumn, 'start');
}
