import type { CellState, ReplacedCell } from '../../projection/journal';
import type { Qualifier } from '../../projection/series-types';
import type { Db } from '../db';
import { prepareOnFirstUse as prepare } from './import-repository';

interface ReplacedRow {
  import_id: number;
  period: string;
  value: number;
  qualifier: Qualifier;
  source: string;
  note: string;
  import_id_before: number | null;
  updated_at: string;
}

/** A row's value with its qualifier, source, note, import (`import_id_before`) and time. */
function stateOf(row: ReplacedRow): CellState {
  return {
    value: row.value,
    qualifier: row.qualifier,
    source: row.source,
    note: row.note,
    importId: row.import_id_before,
    updatedAt: row.updated_at,
  };
}

/**
 * What imports recorded of one series (the values they replaced in it, whether they created it):
 * read before the series is deleted, since deleting its row removes these rows too, and written
 * back when the delete is undone, so undoing those imports later still works as before.
 */
export function seriesTraceRepository(db: Db) {
  const replaced = prepare(() =>
    db.prepare<[number], ReplacedRow>(
      `SELECT import_id, period, value, qualifier, source, note, import_id_before, updated_at
       FROM import_replaced WHERE series_id = ? ORDER BY import_id, period`,
    ),
  );
  const insertReplaced = prepare(() =>
    db.prepare(
      `INSERT INTO import_replaced (import_id, series_id, period, value, qualifier, source, note,
         import_id_before, updated_at)
       VALUES (@importId, @seriesId, @period, @value, @qualifier, @source, @note, @importIdBefore, @updatedAt)`,
    ),
  );
  const createdBy = prepare(() =>
    db.prepare<[number], { import_id: number }>(
      'SELECT import_id FROM import_series WHERE series_id = ? ORDER BY import_id',
    ),
  );
  const insertCreatedBy = prepare(() =>
    db.prepare('INSERT INTO import_series (import_id, series_id) VALUES (?, ?)'),
  );

  const createdSeries = prepare(() =>
    db.prepare<[number], { series_id: number }>('SELECT series_id FROM import_series WHERE import_id = ?'),
  );

  return {
    /** The row ids of the series an import created (and that still exist). */
    listCreatedSeriesIds(importId: number): number[] {
      return createdSeries()
        .all(importId)
        .map((row) => row.series_id);
    },
    /** The values imports replaced in a series, as they were before each import. */
    listReplacedCells(seriesId: number): ReplacedCell[] {
      return replaced()
        .all(seriesId)
        .map((row) => ({
          importId: row.import_id,
          period: row.period,
          before: stateOf(row),
        }));
    },
    /** Records again the values imports replaced in a series. */
    insertReplacedCells(seriesId: number, cells: readonly ReplacedCell[]): void {
      for (const { importId, period, before } of cells) {
        const { importId: importIdBefore, ...state } = before;
        insertReplaced().run({ importId, seriesId, period, importIdBefore, ...state });
      }
    },
    /** The imports that created a series. */
    listCreatingImports(seriesId: number): number[] {
      return createdBy()
        .all(seriesId)
        .map((row) => row.import_id);
    },
    /** Records again which imports created a series. */
    insertCreatingImports(seriesId: number, imports: readonly number[]): void {
      for (const importId of imports) insertCreatedBy().run(importId, seriesId);
    },
  };
}
