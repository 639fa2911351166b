import { basename } from 'node:path';
import { setObservation, setObservations } from '../../../db/commands';
import { listAllObservations } from '../../../db/derived-series';
import { repositories } from '../../../db/repositories';
import { describeWorkbook } from '../../../db/workbook-info';
import type { Handler } from './handler-context';

/** `workbook:summary`: the open file, its schema version, counts and period range. */
export const getWorkbookSummary: Handler<'workbook:summary'> = ({ workbook }) => ({
  path: workbook.path,
  fileName: basename(workbook.path),
  ...describeWorkbook(workbook.db),
});

/** `series:list`: every series in display order. */
export const listSeries: Handler<'series:list'> = ({ workbook }) =>
  repositories(workbook.db)
    .series.listSeries()
    .map(({ key, label, unit, kind, company, metric, notes, minValue, maxValue }) => ({
      key,
      label,
      unit,
      kind,
      company,
      metric,
      notes,
      minValue,
      maxValue,
    }));

/** `observations:list`: every value of every series. */
export const listObservations: Handler<'observations:list'> = ({ workbook }) =>
  listAllObservations(workbook.db);

/** `observations:set`: writes one cell and returns what was saved. */
export const setObservationCell: Handler<'observations:set'> = ({ workbook, now }, input) => {
  const { seriesKey, period, value, source } = input;
  const saved = setObservation(
    workbook.db,
    { seriesKey, period, value, ...(source ? { source } : {}) },
    now(),
  );
  return { seriesKey, period, observation: saved };
};

/** `observations:setMany`: writes many cells as one step and returns each as saved. */
export const setObservationCells: Handler<'observations:setMany'> = ({ workbook, now }, input) => {
  const saved = setObservations(workbook.db, input, now());
  return input.cells.map(({ seriesKey, period }, at) => ({
    seriesKey,
    period,
    observation: saved[at] ?? null,
  }));
};
