import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GridCell, GridForm, GridTable } from '../state/current-grid';

/**
 * A cell's raw value for a CSV of raw numbers, when the grid's own value is text made for typing
 * (the Scenarios grids show 25% and read it back): the number behind it, or undefined to keep
 * what the grid holds.
 */
export type RawCellValue<Row> = (row: Row, colId: string) => GridCell | undefined;

/**
 * One cell for the CSV: as shown, the text the grid draws (its valueFormatter's, else its value);
 * raw, a number stays a number and text stays text. Anything else (an object a renderer draws)
 * is written as shown.
 */
export function exportCell(value: unknown, shown: string | null | undefined, form: GridForm): GridCell {
  const text = shown ?? (value === null || value === undefined ? '' : String(value));
  if (form === 'shown') return typeof value === 'number' && shown == null ? value : text === '' ? null : text;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : text === '' ? null : text;
}

/** A column's header as the CSV writes it: under its group's name when it has one ("2026 · Q1"). */
export function columnHeader(groupNames: readonly string[], name: string): string {
  return [...groupNames.filter((g) => g !== ''), name].join(' · ');
}

/** Whether a column shows a value (not a button column such as a deal's Delete). */
function hasValue(column: Column): boolean {
  const def = column.getColDef();
  return def.field !== undefined || def.valueGetter !== undefined;
}

function groupNamesOf<Row>(api: GridApi<Row>, column: Column): string[] {
  const names: string[] = [];
  for (let group = column.getParent(); group; group = group.getParent()) {
    names.unshift(api.getDisplayNameForColumnGroup(group, 'header') ?? '');
  }
  return names;
}

/**
 * A grid as it is shown: its displayed columns (folded groups stay folded) and its rows in their
 * sorted, filtered order, each cell as the grid draws it or raw.
 */
export function readGridTable<Row>(api: GridApi<Row>, form: GridForm, raw?: RawCellValue<Row>): GridTable {
  const columns = api.getAllDisplayedColumns().filter(hasValue);
  const header = columns.map((c) =>
    columnHeader(groupNamesOf(api, c), api.getDisplayNameForColumn(c, 'header')),
  );
  const rows: GridCell[][] = [];
  api.forEachNodeAfterFilterAndSort((rowNode: IRowNode<Row>) => {
    if (!rowNode.data) return;
    const data = rowNode.data;
    rows.push(
      columns.map((colKey) => {
        const own = form === 'raw' && raw ? raw(data, colKey.getColId()) : undefined;
        if (own !== undefined) return own;
        const value: unknown = api.getCellValue({ rowNode, colKey, from: 'data' });
        const shown = colKey.getColDef().valueFormatter
          ? api.getCellValue({ rowNode, colKey, useFormatter: true, from: 'data' })
          : null;
        return exportCell(value, shown, form);
      }),
    );
  });
  return { header, rows };
}
