import { updateSeries } from '../../../db/commands';
import { readSeriesDetails } from '../../../db/series-details';
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
