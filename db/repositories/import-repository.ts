import type { ImportCounts, ImportRecord } from '../../projection/import-types';
import type { ReplacedByImport } from '../../projection/cell-history';
import type { Qualifier } from '../../projection/series-types';
import type { Db } from '../db';

export interface NewImport {
  readonly fileName: string;
  readonly sha256: string;
  readonly recipe: string | null;
  readonly options: Record<string, unknown>;
  readonly importedAt: string;
}

interface ImportRow {
  id: number;
  file_name: string;
  sha256: string;
  recipe: string | null;
  options: string;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  imported_at: string;
  undone_at: string | null;
}

interface ReplacedRow {
  import_id: number;
  file_name: string;
  imported_at: string;
  undone_at: string | null;
  value: number;
  qualifier: Qualifier;
  source: string;
  note: string;
  import_id_before: number | null;
  updated_at: string;
  step: number | null;
}

function toImportRecord(row: ImportRow): ImportRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.sha256,
    recipe: row.recipe,
    options: JSON.parse(row.options) as Record<string, unknown>,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    skipped: row.skipped,
    importedAt: row.imported_at,
    undoneAt: row.undone_at,
  };
}

/**
 * Prepares a statement on first use: these tables arrive with schema version 2, and a workbook
 * opened read-only is not migrated, so building the repositories must not touch them.
 */
export function prepareOnFirstUse<T>(make: () => T): () => T {
  let statement: T | undefined;
  return () => (statement ??= make());
}

/**
 * Statements on the import history: the imports table, the values each import replaced
 * (import_replaced) and the series it created (import_series). The bulk writes of an import itself
 * run in db/import/writing/observation-writer.ts.
 */
export function importRepository(db: Db) {
  const prepare = prepareOnFirstUse;
  const insert = prepare(() =>
    db.prepare(
      `INSERT INTO imports (file_name, sha256, recipe, options, imported_at)
     VALUES (@fileName, @sha256, @recipe, @options, @importedAt)`,
    ),
  );
  const finish = prepare(() =>
    db.prepare(
      `UPDATE imports SET sha256 = @sha256, inserted = @inserted, updated = @updated, unchanged = @unchanged,
       skipped = @skipped WHERE id = @id`,
    ),
  );
  const all = prepare(() => db.prepare<[], ImportRow>('SELECT * FROM imports ORDER BY id'));
  const one = prepare(() => db.prepare<[number], ImportRow>('SELECT * FROM imports WHERE id = ?'));
  const markUndone = prepare(() => db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?'));
  // Later imports, still in force, that overwrote values this import wrote.
  const overwrittenBy = prepare(() =>
    db.prepare<[number, number], { id: number }>(
      `SELECT DISTINCT r.import_id AS id FROM import_replaced r JOIN imports i ON i.id = r.import_id
     WHERE r.import_id_before = ? AND r.import_id > ? AND i.undone_at IS NULL ORDER BY r.import_id`,
    ),
  );
  const restore = prepare(() =>
    db.prepare(
      `UPDATE observations AS o SET value = r.value, qualifier = r.qualifier, source = r.source, note = r.note,
       import_id = r.import_id_before, updated_at = r.updated_at
     FROM import_replaced r
     WHERE r.import_id = @id AND o.series_id = r.series_id AND o.period = r.period AND o.import_id = @id`,
    ),
  );
  const removeInserted = prepare(() => db.prepare('DELETE FROM observations WHERE import_id = ?'));
  const addSeries = prepare(() =>
    db.prepare('INSERT INTO import_series (import_id, series_id) VALUES (?, ?)'),
  );
  // An import's --fiscal-year-end: kept in the workbook so the next import and the user see it.
  const setYearEnd = prepare(() =>
    db.prepare(
      `INSERT INTO fiscal_calendars (id, label, fiscal_year_end_month, note) VALUES (@id, @label, @month, @note)
     ON CONFLICT (id) DO UPDATE SET fiscal_year_end_month = excluded.fiscal_year_end_month`,
    ),
  );
  // The values imports replaced in one cell, with each import's journal step to order them by.
  const replacedInCell = prepare(() =>
    db.prepare<[string, string], ReplacedRow>(
      `SELECT r.import_id, i.file_name, i.imported_at, i.undone_at, r.value, r.qualifier, r.source, r.note,
         r.import_id_before, r.updated_at,
         (SELECT j.id FROM journal j WHERE j.kind = 'import.commit'
           AND json_extract(j.change, '$.importId') = r.import_id) AS step
       FROM import_replaced r JOIN imports i ON i.id = r.import_id JOIN series s ON s.id = r.series_id
       WHERE s.key = ? AND r.period = ? ORDER BY r.import_id`,
    ),
  );
  const maxOrder = prepare(() =>
    db.prepare<[], { value: number }>('SELECT coalesce(max(sort_order), 0) AS value FROM series'),
  );
  const removeEmptySeries = prepare(() =>
    db.prepare(
      `DELETE FROM series WHERE id IN (SELECT s.series_id FROM import_series s WHERE s.import_id = ?)
       AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.series_id = series.id)`,
    ),
  );

  return {
    /** Records the start of an import and returns its id; the counts follow in finishImport. */
    insertImport(record: NewImport): number {
      return Number(insert().run({ ...record, options: JSON.stringify(record.options) }).lastInsertRowid);
    },
    /** Stores the file's SHA-256 and the counts of a finished import. */
    finishImport(id: number, sha256: string, counts: ImportCounts): void {
      const { inserted, updated, unchanged, skipped } = counts;
      finish().run({ id, sha256, inserted, updated, unchanged, skipped });
    },
    /** Every import, oldest first. */
    listImports(): ImportRecord[] {
      return all().all().map(toImportRecord);
    },
    /** One import, or undefined. */
    findImport(id: number): ImportRecord | undefined {
      const row = one().get(id);
      return row ? toImportRecord(row) : undefined;
    },
    /** The values imports replaced in one cell, oldest import first. */
    listReplacedInCell(seriesKey: string, period: string): ReplacedByImport[] {
      return replacedInCell()
        .all(seriesKey, period)
        .map((row) => ({
          importId: row.import_id,
          fileName: row.file_name,
          at: row.imported_at,
          undoneAt: row.undone_at,
          step: row.step,
          replaced: {
            value: row.value,
            qualifier: row.qualifier,
            source: row.source,
            note: row.note,
            importId: row.import_id_before,
            updatedAt: row.updated_at,
          },
        }));
    },
    /** Ids of later imports, not undone, that overwrote values import `id` wrote. */
    listOverwritingImports(id: number): number[] {
      return overwrittenBy()
        .all(id, id)
        .map((row) => row.id);
    },
    /** Puts back the values import `id` replaced where its value still stands; returns how many. */
    restoreReplacedValues(id: number): number {
      return restore().run({ id }).changes;
    },
    /** Removes the values import `id` added where they still stand (run after the restore). */
    deleteInsertedValues(id: number): number {
      return removeInserted().run(id).changes;
    },
    /** Remembers that import `importId` created series `seriesId`. */
    recordCreatedSeries(importId: number, seriesId: number): void {
      addSeries().run(importId, seriesId);
    },
    /** The largest display order of any series, to place new series after it. */
    maxSeriesOrder(): number {
      return maxOrder().get()!.value;
    },
    /** Deletes the series import `id` created that hold no values any more; returns how many. */
    deleteEmptyCreatedSeries(id: number): number {
      return removeEmptySeries().run(id).changes;
    },
    /** Creates fiscal calendar `id` or changes the month its fiscal year ends. */
    setFiscalYearEnd(calendar: { id: string; label: string; month: number; note: string }): void {
      setYearEnd().run(calendar);
    },
    /** Marks import `id` undone at `at` (null: in force again, after a redo). */
    markImportUndone(id: number, at: string | null): void {
      markUndone().run(at, id);
    },
  };
}
