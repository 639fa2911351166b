import type { CellChange, JournalChange, JournalEntry } from '../../projection/journal';
import type { Db } from '../db';
import { prepareOnFirstUse as prepare } from './import-repository';

interface JournalRow {
  id: number;
  made_at: string;
  change: string;
}

function toEntry(row: JournalRow): JournalEntry {
  // The column's CHECK keeps `change` valid JSON of the declared kind; commands write nothing else.
  return { ...(JSON.parse(row.change) as JournalChange), id: row.id, madeAt: row.made_at };
}

/**
 * The journal: one row per change with its state before and after, written by the change's
 * command in the same transaction as the change, so the two never disagree (see db/commands/).
 */
export function journalRepository(db: Db) {
  // Prepared on first use: a workbook of an older schema opened read-only has no journal table.
  const insert = prepare(() =>
    db.prepare('INSERT INTO journal (made_at, kind, change) VALUES (@madeAt, @kind, @change)'),
  );
  const recent = prepare(() =>
    db.prepare<[number], JournalRow>('SELECT id, made_at, change FROM journal ORDER BY id DESC LIMIT ?'),
  );
  const every = prepare(() =>
    db.prepare<[], JournalRow>('SELECT id, made_at, change FROM journal ORDER BY id'),
  );
  // The hand edits of one cell and the undos and redos of them. json_extract over every row: the
  // journal grows by one row per change, and a full scan of a few thousand is well under a millisecond.
  const ofCell = prepare(() =>
    db.prepare<{ series: string; period: string }, JournalRow>(
      `WITH edits AS (
         SELECT id FROM journal WHERE kind = 'observation.set'
           AND json_extract(change, '$.series') = @series AND json_extract(change, '$.period') = @period)
       SELECT id, made_at, change FROM journal
       WHERE id IN (SELECT id FROM edits)
         OR (kind IN ('history.undo', 'history.redo') AND json_extract(change, '$.step') IN (SELECT id FROM edits))
       ORDER BY id`,
    ),
  );
  // Cells whose value or description was last written by a hand edit (or its redo): an
  // observation.set entry, or a cell of an observations.set batch (a paste, fill, clear or cut),
  // left the cell as it is now. An undo puts back the earlier state with its own time, so a cell
  // undone to its imported or default value no longer matches any entry.
  const singleSql = `SELECT DISTINCT s.key AS series_key, o.period FROM journal j
    JOIN series s ON s.key = json_extract(j.change, '$.series')
    JOIN observations o ON o.series_id = s.id AND o.period = json_extract(j.change, '$.period')
    WHERE j.kind = 'observation.set' AND o.import_id IS NULL
      AND o.updated_at = json_extract(j.change, '$.after.updatedAt')`;
  const singles = prepare(() => db.prepare<[], { series_key: string; period: string }>(singleSql));
  // A batch writes each of its cells at its entry's time: only batches whose time a typed value
  // still holds can have written a cell as it is now (a 10,000-cell paste replaced since, or
  // undone, is not read again). Their cells are matched in JS: JSON.parse is far quicker than
  // json_each over thousands of cells.
  const liveBatches = prepare(() =>
    db.prepare<[], { change: string }>(
      `SELECT change FROM journal WHERE kind = 'observations.set'
       AND made_at IN (SELECT updated_at FROM observations WHERE import_id IS NULL)`,
    ),
  );
  const typedCells = prepare(() =>
    db.prepare<[], { series_key: string; period: string; updated_at: string }>(
      `SELECT s.key AS series_key, o.period, o.updated_at FROM observations o
       JOIN series s ON s.id = o.series_id WHERE o.import_id IS NULL`,
    ),
  );
  // One cell: a batch at the time the cell holds whose text names the cell (the entry's JSON writes
  // each cell as {"series":…,"period":…,…}).
  const handEditedOne = prepare(() =>
    db.prepare<{ series: string; period: string }, { hit: number }>(
      `SELECT 1 AS hit FROM observations o JOIN series s ON s.id = o.series_id
       WHERE s.key = @series AND o.period = @period AND o.import_id IS NULL AND (
         EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'observations.set' AND j.made_at = o.updated_at
           AND instr(j.change, '"series":' || json_quote(@series) || ',"period":' || json_quote(@period)) > 0)
         OR EXISTS (SELECT 1 FROM journal j WHERE j.kind = 'observation.set'
           AND json_extract(j.change, '$.series') = @series AND json_extract(j.change, '$.period') = @period
           AND json_extract(j.change, '$.after.updatedAt') = o.updated_at))`,
    ),
  );
  const count = prepare(() => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM journal'));

  return {
    /** Appends a change and returns its entry's id. */
    appendChange(madeAt: string, change: JournalChange): number {
      return Number(
        insert().run({ madeAt, kind: change.kind, change: JSON.stringify(change) }).lastInsertRowid,
      );
    },
    /** The newest `limit` entries, newest first. */
    listRecentEntries(limit: number): JournalEntry[] {
      return recent().all(limit).map(toEntry);
    },
    /** Every entry, oldest first. */
    listEntries(): JournalEntry[] {
      return every().all().map(toEntry);
    },
    /**
     * The entries that changed one cell, oldest first: its `observation.set` changes and the
     * `history.undo` / `history.redo` entries of those.
     */
    listCellEntries(series: string, period: string): JournalEntry[] {
      return ofCell().all({ series, period }).map(toEntry);
    },
    /** The cells a hand edit wrote last, as `SERIES@PERIOD`. */
    listHandEditedCells(): Set<string> {
      const edited = new Set(
        singles()
          .all()
          .map((row) => `${row.series_key}@${row.period}`),
      );
      const batches = liveBatches().all();
      if (batches.length === 0) return edited;
      const typedAt = new Map(
        typedCells()
          .all()
          .map((r) => [`${r.series_key}@${r.period}`, r.updated_at]),
      );
      for (const { change } of batches) {
        for (const cell of (JSON.parse(change) as { cells: readonly CellChange[] }).cells) {
          const id = `${cell.series}@${cell.period}`;
          if (cell.after !== null && typedAt.get(id) === cell.after.updatedAt) edited.add(id);
        }
      }
      return edited;
    },
    /** Whether a hand edit wrote one cell last. */
    isHandEditedCell(series: string, period: string): boolean {
      return handEditedOne().get({ series, period }) !== undefined;
    },
    /** How many entries the journal holds. */
    countEntries(): number {
      return count().get()!.n;
    },
  };
}
