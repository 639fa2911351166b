import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ValueSetterParams } from 'ag-grid-community';
import { call } from '../../api';
import type { CellWriteResult, ObservationDto, SeriesDetails } from '../../../electron/contract';
import type { StatusMessage } from '../../components/StatusBar';
import { interpretCellEdit } from './cell-edit';
import { savedCellText } from './cell-details-model';
import {
  buildColumnDefs,
  buildSeriesRows,
  periodColumns,
  withObservations,
  type SeriesRow,
} from './data-grid-model';

/**
 * The Data view's state: a row per series and a column per quarter (and year), loaded when the
 * view is shown. An edit is parsed, saved through IPC, and the row then shows the value as saved;
 * a refused edit changes nothing. `onSaved` runs after each save (the workbook summary reloads).
 * Many cells at once (paste, fill, undo) come back through `applyCells`; `reload` reads it all again.
 */
export function useData(onStatus: (message: StatusMessage) => void, onSaved: () => void) {
  const [rows, setRows] = useState<SeriesRow[] | null>(null);
  const [years, setYears] = useState<ReturnType<typeof periodColumns>>([]);

  const reload = useCallback(() => {
    Promise.all([call('series:list'), call('observations:list'), call('periods:range')]).then(
      ([series, observations, range]) => {
        setRows(buildSeriesRows(series, observations));
        setYears(periodColumns(observations, range));
      },
      (error: Error) => onStatus({ kind: 'error', text: `Cannot load the data: ${error.message}` }),
    );
  }, [onStatus]);

  useEffect(reload, [reload]);

  /** Shows cells as main saved them. */
  const applyCells = useCallback((cells: readonly CellWriteResult[]) => {
    setRows((current) => current && withObservations(current, cells));
  }, []);

  const save = useCallback(
    (row: SeriesRow, period: string, value: number | null) => {
      call('observations:set', { seriesKey: row.key, period, value }).then(
        (result) => {
          applyCells([result]);
          onStatus({ kind: 'info', text: savedCellText(row.label, period, result) });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${row.label}, ${period}: ${error.message}` }),
      );
    },
    [applyCells, onStatus, onSaved],
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

  /** Every period column, left to right: the columns a selection moves over. */
  const periods = useMemo(() => years.flatMap((y) => y.periods), [years]);

  /** Shows a value main saved elsewhere (the details panel). */
  const showSavedCell = useCallback(
    (seriesKey: string, period: string, observation: ObservationDto | null) => {
      applyCells([{ seriesKey, period, observation, replacedSource: null }]);
      onSaved();
    },
    [applyCells, onSaved],
  );

  /** Shows a series' label, unit and range as main saved them. */
  const showSavedSeries = useCallback((series: SeriesDetails) => {
    const { label, unit, minValue, maxValue } = series;
    setRows((current) =>
      current
        ? current.map((r) => (r.key === series.key ? { ...r, label, unit, minValue, maxValue } : r))
        : null,
    );
  }, []);

  /** The last period's column, scrolled into view when the grid first shows (the latest data). */
  const lastColumn = periods.at(-1) ?? 'label';

  return { rows, periods, columnDefs, lastColumn, applyCells, reload, showSavedCell, showSavedSeries };
}
