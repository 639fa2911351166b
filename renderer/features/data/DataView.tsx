import { useCallback, useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ValueSetterParams } from 'ag-grid-community';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { gridTheme } from '../../components/grid-theme';
import {
  buildColumnDefs,
  buildSeriesRows,
  periodColumns,
  withObservation,
  type SeriesRow,
} from './data-grid-model';
import { interpretCellEdit } from './cell-edit';

// One object for every render: a new defaultColDef makes AG Grid rebuild its columns.
const DEFAULT_COL_DEF: ColDef<SeriesRow> = { resizable: true, sortable: false, suppressMovable: true };

interface DataViewProps {
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
}

/**
 * The Data view: one row per series, one column per quarter (and year). An edit is parsed here,
 * saved through IPC, and the grid then shows the value as saved; a refused edit changes nothing.
 */
export function DataView({ onStatus, onSaved }: DataViewProps) {
  const [rows, setRows] = useState<SeriesRow[] | null>(null);
  const [years, setYears] = useState<ReturnType<typeof periodColumns>>([]);

  useEffect(() => {
    Promise.all([call('series:list'), call('observations:list')]).then(
      ([series, observations]) => {
        setRows(buildSeriesRows(series, observations));
        setYears(periodColumns(observations));
      },
      (error: Error) => onStatus({ kind: 'error', text: `Cannot load the data: ${error.message}` }),
    );
  }, [onStatus]);

  const save = useCallback(
    (row: SeriesRow, period: string, value: number | null) => {
      call('observations:set', { seriesKey: row.key, period, value }).then(
        (result) => {
          setRows(
            (current) =>
              current?.map((r) => (r.key === row.key ? withObservation(r, period, result.observation) : r)) ??
              null,
          );
          onStatus({
            kind: 'info',
            text: `Saved ${row.label}, ${period}: ${result.observation ? result.observation.value.toLocaleString('en-US') : 'cleared'}`,
          });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${row.label}, ${period}: ${error.message}` }),
      );
    },
    [onStatus, onSaved],
  );

  const columnDefs = useMemo(() => {
    const defs = buildColumnDefs(years);
    const setter = (params: ValueSetterParams<SeriesRow>): boolean => {
      const period = params.column.getColId();
      const edit = interpretCellEdit(params.data, period, params.newValue);
      if (edit.kind === 'refused') onStatus({ kind: 'error', text: edit.message });
      if (edit.kind === 'save') save(params.data, period, edit.value);
      // The grid never shows an unsaved value: the row is replaced once the save returns.
      return false;
    };
    return defs.map((def) =>
      'children' in def
        ? { ...def, children: def.children.map((child) => ({ ...child, valueSetter: setter })) }
        : def,
    );
  }, [years, onStatus, save]);

  if (!rows) return <div className="loading">Loading the workbook…</div>;
  return (
    <div className="data-grid" data-testid="data-grid">
      <AgGridReact<SeriesRow>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.key}
        defaultColDef={DEFAULT_COL_DEF}
        cellSelection={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
        suppressColumnVirtualisation
        onFirstDataRendered={(e) => e.api.ensureColumnVisible(years.at(-1)?.periods.at(-1) ?? 'label', 'end')}
      />
    </div>
  );
}
