import type { Db } from '../workbook';

export interface EditEntry {
  readonly id: number;
  readonly madeAt: string;
  readonly action: string;
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly undoneAt: string | null;
}

export interface NewEdit {
  readonly madeAt: string;
  readonly action: string;
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
}

interface EditRow {
  id: number;
  made_at: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
  undone_at: string | null;
}

function parseJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

/**
 * The edit journal: one row per user change with the state before and after, written in the same
 * transaction as the change so the two never disagree.
 */
export function editJournalRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO edits (made_at, action, target, before, after) VALUES (@madeAt, @action, @target, @before, @after)`,
  );
  const recent = db.prepare<[number], EditRow>('SELECT * FROM edits ORDER BY id DESC LIMIT ?');

  return {
    /** Appends an edit and returns its id. */
    recordEdit(edit: NewEdit): number {
      const row = {
        ...edit,
        before: edit.before === null ? null : JSON.stringify(edit.before),
        after: edit.after === null ? null : JSON.stringify(edit.after),
      };
      return Number(insert.run(row).lastInsertRowid);
    },
    /** The newest `limit` edits, newest first. */
    listRecentEdits(limit: number): EditEntry[] {
      return recent.all(limit).map((row) => ({
        id: row.id,
        madeAt: row.made_at,
        action: row.action,
        target: row.target,
        before: parseJson(row.before),
        after: parseJson(row.after),
        undoneAt: row.undone_at,
      }));
    },
  };
}
