import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ValueSetterParams } from 'ag-grid-community';
import { call } from '../../api';
import type { ObservationDto, SeriesDetails } from '../../../electron/contract';
import type { StatusMessage } from '../../components/StatusBar';
import { interpretCellEdit } from './cell-edit';
import { savedCellText } from './cell-details-model';
import {
  buildColumnDefs,
  buildSeriesRows,
  periodColumns,
  withObservation,
  type SeriesRow,
} from './data-grid-model';

/**
 * The Data view's state: a row per series and a column per quarter (and year), loaded when the
 * view is shown. An edit is parsed, saved through IPC, and the row then shows the value as saved;
 * a refused edit changes nothing. `onSaved` runs after each save (the workbook summary reloads).
 */
export function useData(onStatus: (message: StatusMessage) => void, onSaved: () => void) {
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
          onStatus({ kind: 'info', text: savedCellText(row.label, period, result) });
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

  /** Shows a value main saved elsewhere (the details panel). */
  const showSavedCell = useCallback(
    (seriesKey: string, period: string, observation: ObservationDto | null) => {
      setRows((current) =>
        current
          ? current.map((r) => (r.key === seriesKey ? withObservation(r, period, observation) : r))
          : null,
      );
      onSaved();
    },
    [onSaved],
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
  const lastColumn = years.at(-1)?.periods.at(-1) ?? 'label';

  return { rows, columnDefs, lastColumn, showSavedCell, showSavedSeries };
}
