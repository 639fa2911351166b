import './data.css';
import { useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { GRID_DEFAULTS } from '../../components/grid-theme';
import type { StatusMessage } from '../../components/StatusBar';
import type { SeriesRow } from './data-grid-model';
import { DataToolbar } from './DataToolbar';
import { DetailsPanel } from './DetailsPanel';
import { FindBar } from './FindBar';
import { useFind } from './use-find';
import { useData } from './use-data';
import { useDataSheet } from './use-data-sheet';
import { useDetails } from './use-details';

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
  /** The selection's count, sum and average for the status bar; null when there is none to show. */
  readonly onSelectionSummary: (text: string | null) => void;
}

/**
 * The Data view: one row per series, one column per quarter (and year), a spreadsheet's keys,
 * ranges, clipboard, fill and undo, and the details panel of the focused cell or series; state in
 * use-data.ts, use-data-sheet.ts and use-details.ts.
 */
export function DataView({ onStatus, onSaved, onSelectionSummary }: DataViewProps) {
  const data = useData(onStatus, onSaved);
  const { attach, onGridReady, onCellFocused, withSelection } = useDataSheet({
    data,
    onStatus,
    onSaved,
    onSelectionSummary,
  });
  const columnDefs = useMemo(() => withSelection(data.columnDefs), [withSelection, data.columnDefs]);
  const [api, setApi] = useState<GridApi<SeriesRow> | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const details = useDetails({
    api,
    container,
    rows: data.rows,
    onStatus,
    onSavedCell: data.showSavedCell,
    onSavedSeries: data.showSavedSeries,
  });

  const find = useFind(api, data.rows);

  if (!data.rows) return <div className="loading">Loading the workbook…</div>;
  const { lastColumn } = data;
  // The toolbar (series and quarters) sits above the grid.
  const toolbar = (
    <DataToolbar api={api} rows={data.rows} onStatus={onStatus} onChanged={data.reload} onSaved={onSaved} />
  );
  return (
    <div className="data-view" ref={container} onKeyDownCapture={find.onKeyDown}>
      <div className="data-main">
        {toolbar}
        {find.isOpen && <FindBar focusRequest={find.focusRequest} onGoTo={find.goTo} onClose={find.close} />}
        <div className="data-grid" data-testid="data-grid" ref={attach}>
          <AgGridReact<SeriesRow>
            {...GRID_DEFAULTS}
            rowData={data.rows}
            columnDefs={columnDefs}
            getRowId={(p) => p.data.key}
            cellSelection={false}
            stopEditingWhenCellsLoseFocus
            onGridReady={(e) => {
              setApi(e.api);
              onGridReady(e);
            }}
            onCellFocused={onCellFocused}
            onFirstDataRendered={(e) => e.api.ensureColumnVisible(lastColumn, 'end')}
          />
        </div>
      </div>
      <DetailsPanel details={details} rows={data.rows} />
    </div>
  );
}
