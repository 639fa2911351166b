import { findInWorkbook } from '../../../db/find-in-workbook';
import { basename } from 'node:path';
import { repositories } from '../../../db/repositories';
import { seriesInfo } from '../../../db/series-details';
import { describeWorkbookInSlices } from '../../../db/workbook-info';
import type { Handler } from './handler-context';

/** `workbook:summary`: the open file, its schema version, counts and period range. */
export const getWorkbookSummary: Handler<'workbook:summary'> = async ({ workbook }) => ({
  path: workbook.path,
  fileName: basename(workbook.path),
  ...(await describeWorkbookInSlices(workbook.db)),
  readOnlyReason: workbook.readOnlyReason ?? null,
});

/** `series:list`: every series in display order. */
export const listSeries: Handler<'series:list'> = ({ workbook }) =>
  repositories(workbook.db).series.listSeries().map(seriesInfo);

/** `workbook:find`: series by name, cells by value, source or note. Reads only. */
export const findText: Handler<'workbook:find'> = ({ workbook }, { text }) =>
  findInWorkbook(workbook.db, text);
