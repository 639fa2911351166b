import type { JournalChange, JournalEntry } from '../../projection/journal';
import type { Db } from '../workbook';
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
    /** How many entries the journal holds. */
    countEntries(): number {
      return count().get()!.n;
    },
  };
}
