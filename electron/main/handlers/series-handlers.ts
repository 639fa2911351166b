import {
  addPeriod,
  addSeries,
  deleteSeries,
  moveSeries,
  readPeriodRange,
  setSeriesDisplay,
  updateSeries,
} from '../../../db/commands';
import { repositories } from '../../../db/repositories';
import { readSeriesDetails, seriesInfo } from '../../../db/series-details';
import type { Handler } from './handler-context';

/** `series:details`: a series with its fiscal calendar, aliases and value count. */
export const seriesDetails: Handler<'series:details'> = ({ workbook }, { key }) =>
  readSeriesDetails(workbook.db, key);

/** `series:update`: a series' label, unit or range, as one journaled step; returns the series as saved. */
export const updateSeriesFields: Handler<'series:update'> = ({ workbook, now }, input) => {
  const { key, ...fields } = input;
  updateSeries(workbook.db, key, fields, now());
  return readSeriesDetails(workbook.db, key);
};

/** `series:setDisplay`: how a series' numbers are shown, as one journaled step; returns the series as saved. */
export const setDisplay: Handler<'series:setDisplay'> = ({ workbook, now }, input) => {
  const { key, scale, decimals } = input;
  setSeriesDisplay(
    workbook.db,
    key,
    { ...(scale === undefined ? {} : { scale }), ...(decimals === undefined ? {} : { decimals }) },
    now(),
  );
  return readSeriesDetails(workbook.db, key);
};

/** `series:add`: a new series, last in the display order, as one journaled step. */
export const addNewSeries: Handler<'series:add'> = ({ workbook, now }, input) => {
  const { minValue, maxValue, notes, ...fields } = input;
  const saved = addSeries(
    workbook.db,
    {
      ...fields,
      ...(notes === undefined ? {} : { notes }),
      ...(minValue === undefined ? {} : { minValue }),
      ...(maxValue === undefined ? {} : { maxValue }),
    },
    now(),
  );
  return readSeriesDetails(workbook.db, saved.key);
};

/** `series:delete`: a series and its values, as one step an undo takes back whole. */
export const removeSeries: Handler<'series:delete'> = ({ workbook, now }, { key }) => ({
  removedValues: deleteSeries(workbook.db, key, now()),
});

/** `series:move`: a series to another place in the display order. */
export const moveSeriesTo: Handler<'series:move'> = ({ workbook, now }, { key, position }) => {
  moveSeries(workbook.db, key, position, now());
  return repositories(workbook.db).series.listSeries().map(seriesInfo);
};

/** `periods:range`: the workbook's first and last quarter, with the ones the user added. */
export const periodRange: Handler<'periods:range'> = ({ workbook }) => readPeriodRange(workbook.db);

/** `periods:add`: one quarter more at the start or end of the period range. */
export const addQuarter: Handler<'periods:add'> = ({ workbook, now }, { edge }) => {
  const added = addPeriod(workbook.db, edge, now());
  return { added, ...readPeriodRange(workbook.db) };
};
