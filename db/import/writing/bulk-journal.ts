import type { Db } from '../../db';

// Files at least this large are written with a rollback journal instead of the WAL (below).
export const BULK_JOURNAL_BYTES = 8 << 20;

/**
 * For a large file, switches the workbook from WAL to a rollback journal until the commit ends.
 * In WAL mode every new page is written twice (to the WAL at commit, then into the file by the
 * checkpoint) and indexed in the WAL's hash table; with a rollback journal the pages appended by
 * the import go straight into the file, and the journal holds only the few pages it changes. A
 * million-value import took 1.5-2.0 s instead of 2.6-2.9 s and a quarter less CPU (docs/BENCHMARKS.md).
 * A crash mid-import leaves a hot journal that SQLite rolls back on the next open, as the WAL
 * would be. Leaving WAL needs the file to itself: when another connection has it open the switch
 * fails at once (no busy wait) and the import keeps the WAL. Returns the function that restores WAL.
 */
export function bulkJournal(db: Db, bytes: number): () => void {
  if (bytes < BULK_JOURNAL_BYTES || db.inTransaction) return () => undefined;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true }) as string;
    if (mode !== 'delete') return () => undefined;
  } catch {
    return () => undefined;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  return () => {
    if (!db.inTransaction) db.pragma('journal_mode = WAL');
  };
}
