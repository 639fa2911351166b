import { memo, useCallback, useMemo, useRef } from 'react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useExportableGrid, type ExportableGrid, type GridForm } from '../state/current-grid';
import { GRID_DEFAULTS } from './grid-theme';
import { readGridTable, type RawCellValue } from './grid-table';

/** Fixed row and header heights, so a grid's height follows from its row count. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
/** Room for a classic horizontal scrollbar below the last row. */
const SCROLLBAR_ALLOWANCE = 18;

type PanelGridProps<Row> = AgGridReactProps<Row> & {
  /** data-testid of the wrapper, for end-to-end tests. */
  readonly testId: string;
  /** What File › Export › Current Grid to CSV calls the grid (and its file): "Outputs · Base". */
  readonly exportTitle: string;
  /** The number behind a cell whose value is text made for typing, for a CSV of raw numbers. */
  readonly exportRaw?: RawCellValue<Row>;
  /** The view's main grid: exported when the user has not picked another. */
  readonly isDefaultExport?: boolean;
  /**
   * For grids wider than their panel: the rows (and header rows) to size the grid for. Such a
   * grid gets a fixed height with room for the horizontal scrollbar; AG Grid's auto-height layout
   * lets an overlay scrollbar cover half of the last row.
   */
  readonly wideRows?: number;
  readonly headerRows?: number;
};

function PanelGridImpl<Row>({
  testId,
  exportTitle,
  exportRaw,
  isDefaultExport,
  wideRows,
  headerRows = 1,
  onGridReady,
  ...props
}: PanelGridProps<Row>) {
  const api = useRef<GridApi<Row> | null>(null);
  const ready = useCallback(
    (event: GridReadyEvent<Row>) => {
      api.current = event.api;
      onGridReady?.(event);
    },
    [onGridReady],
  );
  const exportable = useMemo(
    (): ExportableGrid => ({
      title: exportTitle,
      isDefault: isDefaultExport ?? false,
      source: {
        kind: 'table',
        read: (form: GridForm) =>
          api.current ? readGridTable(api.current, form, exportRaw) : { header: [], rows: [] },
      },
    }),
    [exportTitle, exportRaw, isDefaultExport],
  );
  const register = useExportableGrid(exportable);
  const height =
    wideRows === undefined
      ? undefined
      : headerRows * HEADER_HEIGHT + wideRows * ROW_HEIGHT + 2 + SCROLLBAR_ALLOWANCE;
  return (
    <div ref={register} className="panel-grid" data-testid={testId} style={height ? { height } : undefined}>
      <AgGridReact<Row>
        {...GRID_DEFAULTS}
        domLayout={height ? 'normal' : 'autoHeight'}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        groupHeaderHeight={HEADER_HEIGHT}
        onGridReady={ready}
        {...props}
      />
    </div>
  );
}

/**
 * A grid sized to its rows (no inner vertical scroll), for the panels of a scrolling view. All
 * columns are rendered so every cell is in the DOM; the grids here are at most a few dozen wide.
 * Each is exportable: File › Export › Current Grid to CSV writes it as shown or raw once the user
 * clicks into it (state/current-grid.ts). Memoised: a panel whose rows and columns did not change
 * skips AG Grid's update entirely, so pass stable props (module-level getRowId, memoised rows and
 * columns).
 */
export const PanelGrid = memo(PanelGridImpl) as typeof PanelGridImpl;
