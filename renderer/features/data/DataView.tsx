import './data.css';
import { useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { GRID_DEFAULTS } from '../../components/grid-theme';
import type { StatusMessage } from '../../components/StatusBar';
import type { SeriesRow } from './data-grid-model';
import { DetailsPanel } from './DetailsPanel';
import { useData } from './use-data';
import { useDetails } from './use-details';

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
}

/** The Data view: one row per series, one column per quarter (and year); state in use-data.ts. */
export function DataView({ onStatus, onSaved }: DataViewProps) {
  const { rows, columnDefs, lastColumn, showSavedCell, showSavedSeries } = useData(onStatus, onSaved);
  const [api, setApi] = useState<GridApi<SeriesRow> | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const details = useDetails({
    api,
    container,
    rows,
    onStatus,
    onSavedCell: showSavedCell,
    onSavedSeries: showSavedSeries,
  });

  if (!rows) return <div className="loading">Loading the workbook…</div>;
  return (
    <div className="data-view" ref={container}>
      <div className="data-grid" data-testid="data-grid">
        <AgGridReact<SeriesRow>
          {...GRID_DEFAULTS}
          rowData={rows}
          columnDefs={columnDefs}
          getRowId={(p) => p.data.key}
          cellSelection={false}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          onGridReady={(e) => setApi(e.api)}
          onFirstDataRendered={(e) => e.api.ensureColumnVisible(lastColumn, 'end')}
        />
      </div>
      <DetailsPanel details={details} rows={rows} />
    </div>
  );
}
