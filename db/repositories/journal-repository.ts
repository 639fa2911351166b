import type { CellChange, JournalChange, JournalEntry } from '../../projection/journal';
import {
  packCellChanges,
  unpackCellChanges,
  type PackedCellChanges,
} from '../../projection/packed-cell-changes';
import type { Observation } from '../../projection/series-types';
import type { Db } from '../db';
import { forgetChangedFigures } from '../observation-summary';
import { prepareOnFirstUse as prepare } from './import-repository';

/** What says whether a hand edit wrote a cell last: its place, import and time. */
type CellStamp = Pick<Observation, 'seriesKey' | 'period' | 'importId' | 'updatedAt'>;

interface JournalRow {
  id: number;
  made_at: string;
  change: string;
}

/**
 * A change as the journal's `change` column holds it: a batch's cells packed by column (schema
 * 10; packed-cell-changes.ts), every other change as it is.
 */
function storedText(change: JournalChange): string {
  if (change.kind !== 'observations.set') return JSON.stringify(change);
  const { cells, ...rest } = change;
  const stored: PackedBatch = { ...rest, packed: packCellChanges(cells) };
  return JSON.stringify(stored);
}

/** An `observations.set` change as schema 10 stores it. */
type PackedBatch = Omit<Extract<JournalChange, { kind: 'observations.set' }>, 'cells'> & {
  readonly packed: PackedCellChanges;
};

/** A change from its stored text: a batch's cells unpacked, or as written before schema 10. */
function changeOf(text: string): JournalChange {
  // The column's CHECK keeps `change` valid JSON of the declared kind; commands write nothing else.
  const stored = JSON.parse(text) as JournalChange | PackedBatch;
  if (!('packed' in stored)) return stored;
  const { packed, ...rest } = stored;
  return { ...rest, cells: unpackCellChanges(packed) };
}

function toEntry(row: JournalRow): JournalEntry {
  return { ...changeOf(row.change), id: row.id, madeAt: row.made_at };
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
  // What replaying undo and redo needs of each entry: its kind and, for an undo or redo, its step.
  // The change's JSON is read only for those (small) entries: a paste's entry is megabytes.
  const marks = prepare(() =>
    db.prepare<[], { id: number; kind: string; step: number | null }>(
      `SELECT id, kind, CASE WHEN kind IN ('history.undo', 'history.redo')
         THEN json_extract(change, '$.step') END AS step FROM journal ORDER BY id`,
    ),
  );
  const byId = prepare(() =>
    db.prepare<[number], JournalRow>('SELECT id, made_at, change FROM journal WHERE id = ?'),
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
  // The entries that could have written a cell as it is now: a hand edit journals the cells it
  // writes at its own time (made_at is each cell's `after.updatedAt`), and an undo or an import
  // writes them again at another, so only entries made at a time some cell still holds can
  // count. The journal is scanned (it grows by one row per change); the cells are not.
  const editsAt = prepare(() =>
    db.prepare<[string], { change: string }>(
      `SELECT change FROM journal WHERE kind IN ('observation.set', 'observations.set')
       AND made_at IN (SELECT value FROM json_each(?))`,
    ),
  );
  // One cell's import and time, for isHandEditedCell.
  const cellStamp = prepare(() =>
    db.prepare<{ series: string; period: string }, { import_id: number | null; updated_at: string }>(
      `SELECT o.import_id, o.updated_at FROM observations o JOIN series s ON s.id = o.series_id
       WHERE s.key = @series AND o.period = @period`,
    ),
  );
  /**
   * Which of `cells` (as read from the workbook) a hand edit wrote last, as `SERIES@PERIOD`: a
   * typed value (no import) whose time and state an `observation.set` entry, or a cell of an
   * `observations.set` batch (a paste, fill, clear or cut), wrote. An undo puts back the earlier
   * state with its own time, so a cell undone to its imported or default value matches none.
   * Its cost follows the cells asked about and the journal, not the workbook's size.
   */
  const handEditedAmong = (cells: readonly CellStamp[]): Set<string> => {
    const typed = new Map<string, string>();
    for (const c of cells) if (c.importId === null) typed.set(`${c.seriesKey}@${c.period}`, c.updatedAt);
    const edited = new Set<string>();
    if (typed.size === 0) return edited;
    const times = JSON.stringify([...new Set(typed.values())]);
    const mark = (series: string, period: string, after: { updatedAt: string } | null) => {
      const id = `${series}@${period}`;
      if (after !== null && typed.get(id) === after.updatedAt) edited.add(id);
    };
    for (const { change: text } of editsAt().all(times)) {
      const change = changeOf(text) as CellChange | { cells: readonly CellChange[] };
      for (const cell of 'cells' in change ? change.cells : [change])
        mark(cell.series, cell.period, cell.after);
    }
    return edited;
  };
  const count = prepare(() => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM journal'));

  return {
    /** Appends a change and returns its entry's id. */
    appendChange(madeAt: string, change: JournalChange): number {
      forgetChangedFigures(db, change);
      return Number(insert().run({ madeAt, kind: change.kind, change: storedText(change) }).lastInsertRowid);
    },
    /** The newest `limit` entries, newest first. */
    listRecentEntries(limit: number): JournalEntry[] {
      return recent().all(limit).map(toEntry);
    },
    /** Every entry, oldest first. */
    listEntries(): JournalEntry[] {
      return every().all().map(toEntry);
    },
    /** Each entry's id and kind, oldest first, with the step of each undo and redo. */
    listHistoryMarks(): { id: number; kind: JournalChange['kind']; step: number | null }[] {
      return marks().all() as { id: number; kind: JournalChange['kind']; step: number | null }[];
    },
    /** One entry, or undefined when there is none with that id. */
    findEntry(id: number): JournalEntry | undefined {
      const row = byId().get(id);
      return row && toEntry(row);
    },
    /**
     * The entries that changed one cell, oldest first: its `observation.set` changes and the
     * `history.undo` / `history.redo` entries of those.
     */
    listCellEntries(series: string, period: string): JournalEntry[] {
      return ofCell().all({ series, period }).map(toEntry);
    },
    handEditedAmong,
    /** Whether a hand edit wrote one cell last. */
    isHandEditedCell(series: string, period: string): boolean {
      const stamp = cellStamp().get({ series, period });
      if (!stamp) return false;
      const cell = { seriesKey: series, period, importId: stamp.import_id, updatedAt: stamp.updated_at };
      return handEditedAmong([cell]).size > 0;
    },
    /** How many entries the journal holds. */
    countEntries(): number {
      return count().get()!.n;
    },
  };
}
