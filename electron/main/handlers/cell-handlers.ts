import { annotateObservation, setObservation, setObservationsReporting } from '../../../db/commands';
import { readCellDetails } from '../../../db/cell-details';
import { readObservationBlock, readSeriesExtents } from '../../../db/observation-blocks';
import { repositories } from '../../../db/repositories';
import type { Db } from '../../../db/workbook';
import { packCells, unpackCellWrites } from '../../../projection/packed-cells';
import type { Observation } from '../../../projection/series-types';
import type { CellWriteResult } from '../../contract';
import type { Handler } from './handler-context';

/** `observations:extents`: each series' first and last period (two index seeks per series). */
export const listSeriesExtents: Handler<'observations:extents'> = ({ workbook }) =>
  readSeriesExtents(workbook.db);

/** `observations:block`: some series' values over whole years, each with whether a hand edit wrote it. */
export const readBlock: Handler<'observations:block'> = ({ workbook }, { seriesKeys, fromYear, toYear }) => {
  const block = readObservationBlock(workbook.db, seriesKeys, fromYear, toYear);
  const handEdited = repositories(workbook.db).journal.handEditedAmong(block);
  return block.map((o) => ({
    ...o,
    isHandEdited: handEdited.has(`${o.seriesKey}@${o.period}`),
  }));
};

/**
 * What a write of one cell returns: the saved value and the cited source it replaced, if any.
 * `isHandEdited` says whether a hand edit wrote the cell last.
 */
function written(
  db: Db,
  cell: { seriesKey: string; period: string },
  before: Observation | undefined,
  saved: Observation | null,
  isHandEdited: (seriesKey: string, period: string) => boolean = (key, period) =>
    repositories(db).journal.isHandEditedCell(key, period),
): CellWriteResult {
  const isReplaced = before !== undefined && before.source !== '' && before.source !== saved?.source;
  // Fields named, not spread: a paste makes 10,000 of these.
  const { value, qualifier, source, note, importId, updatedAt } = saved ?? {};
  return {
    seriesKey: cell.seriesKey,
    period: cell.period,
    observation: saved && {
      seriesKey: cell.seriesKey,
      period: cell.period,
      value: value!,
      qualifier: qualifier!,
      source: source!,
      note: note!,
      importId: importId!,
      updatedAt: updatedAt!,
      isHandEdited: isHandEdited(cell.seriesKey, cell.period),
    },
    replacedSource: isReplaced ? before.source : null,
  };
}

/** `observations:set`: writes one cell (with a source and note when given) and returns what was saved. */
export const setObservationCell: Handler<'observations:set'> = ({ workbook, now }, input) => {
  const { seriesKey, period, value, source, note } = input;
  const before = repositories(workbook.db).observations.findObservation(seriesKey, period);
  const saved = setObservation(
    workbook.db,
    { seriesKey, period, value, ...(source ? { source } : {}), ...(note ? { note } : {}) },
    now(),
  );
  return written(workbook.db, { seriesKey, period }, before, saved);
};

/** `observations:annotate`: a value's qualifier, source or note, as one journaled step. */
export const annotateObservationCell: Handler<'observations:annotate'> = ({ workbook, now }, input) => {
  const { seriesKey, period } = input;
  const before = repositories(workbook.db).observations.findObservation(seriesKey, period);
  const saved = annotateObservation(workbook.db, input, now());
  return written(workbook.db, { seriesKey, period }, before, saved);
};

/** `observations:history`: one cell's value, what set it and its earlier values. */
export const cellHistory: Handler<'observations:history'> = ({ workbook }, { seriesKey, period }) =>
  readCellDetails(workbook.db, seriesKey, period);

/** `observations:setMany`: writes many cells as one step (a paste, fill, clear) and returns each as saved. */
export const setObservationCells: Handler<'observations:setMany'> = ({ workbook, now }, input) => {
  const repos = repositories(workbook.db);
  const time = now();
  const cells = unpackCellWrites(input);
  const { saved, before } = setObservationsReporting(workbook.db, { action: input.action, cells }, time);
  return packCells(
    cells.map(({ seriesKey, period }, at) => {
      const cell = saved[at] ?? null;
      // A cell this batch wrote carries the batch's time: a hand edit (this one) wrote it last. Only
      // a cell it left as it was (the same value typed again) asks the journal.
      const isHandEdited = () => cell?.updatedAt === time || repos.journal.isHandEditedCell(seriesKey, period);
      return written(workbook.db, { seriesKey, period }, before[at], cell, isHandEdited);
    }),
  );
};
