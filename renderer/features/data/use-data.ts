import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ValueSetterParams } from 'ag-grid-community';
import { comparePeriods } from '../../../projection/period';
import { call } from '../../api';
import type {
  CellWriteResult,
  ObservationDto,
  SeriesDetails,
  SeriesExtentDto,
} from '../../../electron/contract';
import type { StatusMessage } from '../../components/StatusBar';
import { interpretCellEdit } from './cell-edit';
import { savedCellText } from './cell-details-model';
import { buildColumnDefs } from './data-columns';
import {
  buildSeriesRows,
  periodColumns,
  withObservations,
  yearSpan,
  type SeriesRow,
} from './data-grid-model';
import { blockColumns, blockOfPeriod } from './value-blocks';
import { useValueBlocks } from './use-value-blocks';

/**
 * The Data view's state: a row per series and a column per quarter (and year). The series and
 * each one's first and last period are read when the view is shown; values are read in blocks as
 * they come into view (use-value-blocks.ts). An edit is parsed, saved through IPC, and the row
 * then shows the value as saved; a refused edit changes nothing. `onSaved` runs after each save
 * (the workbook summary reloads). Many cells at once (paste, fill, undo) come back through
 * `applyCells`; `reload` reads it all again. A read that fails is shown in the view (`loadError`)
 * and the status bar. With `isAnnual` the quarters are hidden and the selection moves over the
 * Years only; their blocks still bring each year's quarters, which a computed Year needs.
 */
export function useData(onStatus: (message: StatusMessage) => void, onSaved: () => void, isAnnual = false) {
  // The rows as the last change left them, for reads that cannot wait for React's next render (a
  // copy right after its cells were read); `rows` is the same array, rendered.
  const rowsRef = useRef<SeriesRow[] | null>(null);
  const [rows, setRowsState] = useState<SeriesRow[] | null>(null);
  const [extents, setExtents] = useState<readonly SeriesExtentDto[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const updateRows = useCallback((change: (current: SeriesRow[]) => SeriesRow[]) => {
    if (!rowsRef.current) return;
    rowsRef.current = change(rowsRef.current);
    setRowsState(rowsRef.current);
  }, []);

  // The columns change only when the years do, not with every save that moves an extent: new
  // column definitions make AG Grid rebuild its columns.
  // Quarters added before the first value or after the last (periods:add) widen the columns too.
  const [range, setRange] = useState<SeriesExtentDto | null>(null);
  const span = yearSpan(range ? [...extents, range] : extents);
  const [firstYear, lastYear] = span ? [span.first, span.last] : [0, -1];
  const years = useMemo(
    () => (firstYear <= lastYear ? periodColumns(firstYear, lastYear) : []),
    [firstYear, lastYear],
  );
  const columns = useMemo(
    () => blockColumns(firstYear, Math.max(firstYear, lastYear)),
    [firstYear, lastYear],
  );

  const showError = useCallback(
    (text: string) => {
      setLoadError(text);
      onStatus({ kind: 'error', text });
    },
    [onStatus],
  );
  const getRows = useCallback(() => rowsRef.current, []);
  const blocks = useValueBlocks({ getRows, updateRows, columns, onError: showError });
  const { reset } = blocks;

  const reload = useCallback(() => {
    Promise.all([call('series:list'), call('observations:extents'), call('periods:range')])
      .then(([series, seriesExtents, range]) => {
        setLoadError(null);
        rowsRef.current = buildSeriesRows(series);
        const rangeExtent = { seriesKey: '', firstPeriod: range.first, lastPeriod: range.last };
        const span = yearSpan([...seriesExtents, rangeExtent]);
        reset(span ? blockColumns(span.first, span.last) : blockColumns(0, 0), span ? series.length : 0);
        setRowsState(rowsRef.current);
        setExtents(seriesExtents);
        setRange(rangeExtent);
      })
      .catch((error: Error) => showError(`Cannot load the data: ${error.message}`));
  }, [reset, showError]);

  useEffect(reload, [reload]);

  /** Shows cells as main saved them; a read of their blocks under way will not overwrite them. */
  const applyCells = useCallback(
    (cells: readonly CellWriteResult[]) => {
      const index = new Map(rowsRef.current?.map((r, i) => [r.key, i]));
      blocks.changed(
        cells.flatMap((c) => {
          const row = index.get(c.seriesKey);
          return row === undefined ? [] : [{ row, block: blockOfPeriod(columns, c.period) }];
        }),
      );
      updateRows((current) => withObservations(current, cells));
      setExtents((current) => withSavedExtents(current, cells));
    },
    [blocks, columns, updateRows],
  );

  const save = useCallback(
    (row: SeriesRow, period: string, value: number | null) => {
      call('observations:set', { seriesKey: row.key, period, value }).then(
        (result) => {
          applyCells([result]);
          onStatus({ kind: 'info', text: savedCellText(row.label, period, result, row) });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${row.label}, ${period}: ${error.message}` }),
      );
    },
    [applyCells, onStatus, onSaved],
  );

  const columnDefs = useMemo(() => {
    const defs = buildColumnDefs(years, columns, isAnnual);
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
  }, [years, columns, isAnnual, onStatus, save]);

  /** Every period column shown, left to right: the columns a selection moves over. */
  const periods = useMemo(
    () => years.flatMap((y) => (isAnnual ? [String(y.year)] : y.periods)),
    [years, isAnnual],
  );

  /** Shows a value main saved elsewhere (the details panel). */
  const showSavedCell = useCallback(
    (seriesKey: string, period: string, observation: ObservationDto | null) => {
      applyCells([{ seriesKey, period, observation, replacedSource: null }]);
      onSaved();
    },
    [applyCells, onSaved],
  );

  /** Shows a series' label, unit, range and display as main saved them. */
  const showSavedSeries = useCallback(
    (series: SeriesDetails) => {
      const { label, unit, minValue, maxValue, display } = series;
      updateRows((current) =>
        current.map((r) => (r.key === series.key ? { ...r, label, unit, minValue, maxValue, display } : r)),
      );
    },
    [updateRows],
  );

  /** The last period's column, scrolled into view when the grid first shows (the latest data). */
  const lastColumn = periods.at(-1) ?? 'label';

  return {
    rows,
    rowsRef,
    extents,
    periods,
    columns,
    columnDefs,
    lastColumn,
    loadError,
    blocks,
    applyCells,
    reload,
    showSavedCell,
    showSavedSeries,
  };
}

/**
 * Each series' first and last period after some saves: a value outside them widens them; a
 * cleared end is only known to have moved inwards, so the extent keeps it until the next read
 * (Ctrl+End may then land one cell past the data, never short of it).
 */
function withSavedExtents(
  extents: readonly SeriesExtentDto[],
  cells: readonly CellWriteResult[],
): readonly SeriesExtentDto[] {
  const added = new Map<string, string[]>();
  for (const c of cells) {
    if (!c.observation) continue;
    const periods = added.get(c.seriesKey);
    if (periods) periods.push(c.period);
    else added.set(c.seriesKey, [c.period]);
  }
  if (added.size === 0) return extents;
  const earlier = (a: string | null, b: string) => (a === null || comparePeriods(b, a) < 0 ? b : a);
  const later = (a: string | null, b: string) => (a === null || comparePeriods(b, a) > 0 ? b : a);
  let isChanged = false;
  const next = extents.map((e) => {
    const periods = added.get(e.seriesKey);
    if (!periods) return e;
    const firstPeriod = periods.reduce(earlier, e.firstPeriod);
    const lastPeriod = periods.reduce(later, e.lastPeriod);
    if (firstPeriod === e.firstPeriod && lastPeriod === e.lastPeriod) return e;
    isChanged = true;
    return { ...e, firstPeriod, lastPeriod };
  });
  return isChanged ? next : extents;
}
