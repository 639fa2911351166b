import { memo } from 'react';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { GRID_DEFAULTS } from './grid-theme';

/** Fixed row and header heights, so a grid's height follows from its row count. */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
/** Room for a classic horizontal scrollbar below the last row. */
const SCROLLBAR_ALLOWANCE = 18;

type PanelGridProps<Row> = AgGridReactProps<Row> & {
  /** data-testid of the wrapper, for end-to-end tests. */
  readonly testId: string;
  /**
   * For grids wider than their panel: the rows (and header rows) to size the grid for. Such a
   * grid gets a fixed height with room for the horizontal scrollbar; AG Grid's auto-height layout
   * lets an overlay scrollbar cover half of the last row.
   */
  readonly wideRows?: number;
  readonly headerRows?: number;
};

function PanelGridImpl<Row>({ testId, wideRows, headerRows = 1, ...props }: PanelGridProps<Row>) {
  const height =
    wideRows === undefined
      ? undefined
      : headerRows * HEADER_HEIGHT + wideRows * ROW_HEIGHT + 2 + SCROLLBAR_ALLOWANCE;
  return (
    <div className="panel-grid" data-testid={testId} style={height ? { height } : undefined}>
      <AgGridReact<Row>
        {...GRID_DEFAULTS}
        domLayout={height ? 'normal' : 'autoHeight'}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        groupHeaderHeight={HEADER_HEIGHT}
        {...props}
      />
    </div>
  );
}

/**
 * A grid sized to its rows (no inner vertical scroll), for the panels of a scrolling view. All
 * columns are rendered so every cell is in the DOM; the grids here are at most a few dozen wide.
 * Memoised: a panel whose rows and columns did not change skips AG Grid's update entirely, so
 * pass stable props (module-level getRowId, memoised rows and columns).
 */
export const PanelGrid = memo(PanelGridImpl) as typeof PanelGridImpl;
