import './data.css';
import { AgGridReact } from 'ag-grid-react';
import { GRID_DEFAULTS } from '../../components/grid-theme';
import type { StatusMessage } from '../../components/StatusBar';
import type { SeriesRow } from './data-grid-model';
import { useData } from './use-data';

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
}

/** The Data view: one row per series, one column per quarter (and year); state in use-data.ts. */
export function DataView({ onStatus, onSaved }: DataViewProps) {
  const { rows, columnDefs, lastColumn } = useData(onStatus, onSaved);

  if (!rows) return <div className="loading">Loading the workbook…</div>;
  return (
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
        onFirstDataRendered={(e) => e.api.ensureColumnVisible(lastColumn, 'end')}
      />
    </div>
  );
}
