import type { CellChange, TakenCells } from '../../projection/journal';
import type { Qualifier } from '../../projection/series-types';
import type { Db } from '../db';
import { prepareOnFirstUse as prepare } from './import-repository';

interface TakenRow {
  series_key: string;
  period: string;
  value: number;
  qualifier: Qualifier;
  source: string;
  note: string;
  updated_at: string;
  import_id: number;
  before_value: number | null;
  before_qualifier: Qualifier | null;
  before_source: string | null;
  before_note: string | null;
  before_import_id: number | null;
  before_updated_at: string | null;
}

// The cell as it is now differs from a state given as columns `x…` (IS NOT: NULL-safe).
const DIFFERS = (x: string) =>
  `(o.value IS NOT ${x}value OR o.qualifier IS NOT ${x}qualifier OR o.source IS NOT ${x}source
    OR o.note IS NOT ${x}note OR o.import_id IS NOT ${x}import_id OR o.updated_at IS NOT ${x}updated_at)`;

// A taking's cells with the observation each holds now (none: blank, or its series is gone).
const NOW = `FROM import_taken t
  LEFT JOIN series s ON s.key = t.series_key
  LEFT JOIN observations o ON o.series_id = s.id AND o.period = t.period`;

/**
 * What undoing an import took away (import_taken, schema 9), moved with set-based statements: an
 * import of a million values is kept, checked and put back in a few statements, not a million.
 */
export function importTakenRepository(db: Db) {
  const drop = prepare(() => db.prepare('DELETE FROM import_taken WHERE taking = ?'));
  const nextTaking = prepare(() =>
    db.prepare<[], { n: number }>('SELECT coalesce(max(taking), 0) + 1 AS n FROM import_taken'),
  );
  const keep = prepare(() =>
    db.prepare<{ taking: number; id: number }>(
      `INSERT INTO import_taken (taking, import_id, series_key, period, value, qualifier, source, note, updated_at,
         before_value, before_qualifier, before_source, before_note, before_import_id, before_updated_at)
       SELECT @taking, @id, s.key, o.period, o.value, o.qualifier, o.source, o.note, o.updated_at,
         r.value, r.qualifier, r.source, r.note, r.import_id_before, r.updated_at
       FROM observations o JOIN series s ON s.id = o.series_id
       LEFT JOIN import_replaced r ON r.import_id = @id AND r.series_id = o.series_id AND r.period = o.period
       WHERE o.import_id = @id`,
    ),
  );
  const replacedCount = prepare(() =>
    db.prepare<[number], { n: number }>(
      'SELECT count(*) AS n FROM import_taken WHERE taking = ? AND before_value IS NOT NULL',
    ),
  );
  // Held by the import: every cell of the taking as it was kept.
  const firstNotKept = prepare(() =>
    db.prepare<[number], { series_key: string; period: string }>(
      `SELECT t.series_key, t.period ${NOW}
       WHERE t.taking = ? AND (o.period IS NULL OR ${DIFFERS('t.')})
       ORDER BY t.series_key, t.period LIMIT 1`,
    ),
  );
  // Taken away: every cell as it was before the import (blank where the import added it).
  const firstNotBefore = prepare(() =>
    db.prepare<[number], { series_key: string; period: string }>(
      `SELECT t.series_key, t.period ${NOW}
       WHERE t.taking = ? AND (s.id IS NULL
         OR (t.before_value IS NULL AND o.period IS NOT NULL)
         OR (t.before_value IS NOT NULL AND (o.period IS NULL OR ${DIFFERS('t.before_')})))
       ORDER BY t.series_key, t.period LIMIT 1`,
    ),
  );
  const UPSERT = `ON CONFLICT (series_id, period) DO UPDATE SET value = excluded.value,
    qualifier = excluded.qualifier, source = excluded.source, note = excluded.note,
    import_id = excluded.import_id, updated_at = excluded.updated_at`;
  const putBack = prepare(() =>
    db.prepare<[number]>(
      `INSERT INTO observations (series_id, period, value, qualifier, source, note, import_id, updated_at)
       SELECT s.id, t.period, t.value, t.qualifier, t.source, t.note, t.import_id, t.updated_at
       FROM import_taken t JOIN series s ON s.key = t.series_key WHERE t.taking = ? ${UPSERT}`,
    ),
  );
  const restoreBefore = prepare(() =>
    db.prepare<[number]>(
      `INSERT INTO observations (series_id, period, value, qualifier, source, note, import_id, updated_at)
       SELECT s.id, t.period, t.before_value, t.before_qualifier, t.before_source, t.before_note,
         t.before_import_id, t.before_updated_at
       FROM import_taken t JOIN series s ON s.key = t.series_key
       WHERE t.taking = ? AND t.before_value IS NOT NULL ${UPSERT}`,
    ),
  );
  const removeAdded = prepare(() =>
    db.prepare<[number]>(
      `DELETE FROM observations WHERE (series_id, period) IN (
         SELECT s.id, t.period FROM import_taken t JOIN series s ON s.key = t.series_key
         WHERE t.taking = ? AND t.before_value IS NULL)`,
    ),
  );
  const someCells = prepare(() =>
    db.prepare<[number, number], TakenRow>(
      `SELECT series_key, period, value, qualifier, source, note, updated_at, import_id, before_value,
         before_qualifier, before_source, before_note, before_import_id, before_updated_at
       FROM import_taken WHERE taking = ? ORDER BY series_key, period LIMIT ?`,
    ),
  );
  const cell = (key: string, period: string) => ({ series: key, period });

  return {
    /**
     * Keeps import `importId`'s cells that still hold its values, as they are now, as a new
     * taking; returns its number, how many cells, and how many of them replaced a value (the
     * rest the import added).
     */
    keepTaken(importId: number): TakenCells & { replaced: number } {
      const taking = nextTaking().get()!.n;
      const cells = keep().run({ taking, id: importId }).changes;
      return { taking, cells, replaced: replacedCount().get(taking)!.n };
    },
    /** The first cell of a taking that no longer holds the import's value (null when all do). */
    firstNotAsKept(taking: number): { series: string; period: string } | null {
      const row = firstNotKept().get(taking);
      return row ? cell(row.series_key, row.period) : null;
    },
    /** The first cell of a taking that no longer holds what it held before the import (null when all do). */
    firstNotAsBefore(taking: number): { series: string; period: string } | null {
      const row = firstNotBefore().get(taking);
      return row ? cell(row.series_key, row.period) : null;
    },
    /** Writes every cell of a taking back (the import in force again). */
    putBackTaken(taking: number): number {
      return putBack().run(taking).changes;
    },
    /** Takes a taking's cells away again: each back to what it held before the import, or blank. */
    takeAwayAgain(taking: number): void {
      restoreBefore().run(taking);
      removeAdded().run(taking);
    },
    /** Forgets a taking no entry will read again. */
    dropTaking(taking: number): void {
      drop().run(taking);
    },
    /** The first `limit` cells of a taking, before (as before the import) and after (the import's). */
    listTakenCells(taking: number, limit: number): CellChange[] {
      return someCells()
        .all(taking, limit)
        .map((r) => ({
          series: r.series_key,
          period: r.period,
          before:
            r.before_value === null
              ? null
              : {
                  value: r.before_value,
                  qualifier: r.before_qualifier!,
                  source: r.before_source!,
                  note: r.before_note!,
                  importId: r.before_import_id,
                  updatedAt: r.before_updated_at!,
                },
          after: {
            value: r.value,
            qualifier: r.qualifier,
            source: r.source,
            note: r.note,
            importId: r.import_id,
            updatedAt: r.updated_at,
          },
        }));
    },
  };
}
