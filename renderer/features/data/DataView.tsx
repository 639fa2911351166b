import './data.css';
import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { GRID_DEFAULTS } from '../../components/grid-theme';
import type { StatusMessage } from '../../components/StatusBar';
import type { SeriesRow } from './data-grid-model';
import { useData } from './use-data';
import { useDataSheet } from './use-data-sheet';

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
  /** The selection's count, sum and average for the status bar; null when there is none to show. */
  readonly onSelectionSummary: (text: string | null) => void;
}

/**
 * The Data view: one row per series, one column per quarter (and year), a spreadsheet's keys,
 * ranges, clipboard, fill and undo; state in use-data.ts and use-data-sheet.ts.
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

  if (!data.rows) return <div className="loading">Loading the workbook…</div>;
  const { lastColumn } = data;
  return (
    <div className="data-grid" data-testid="data-grid" ref={attach}>
      <AgGridReact<SeriesRow>
        {...GRID_DEFAULTS}
        rowData={data.rows}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.key}
        cellSelection={false}
        stopEditingWhenCellsLoseFocus
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onFirstDataRendered={(e) => e.api.ensureColumnVisible(lastColumn, 'end')}
      />
    </div>
  );
}
