import type { Db } from '../../db';

/** From this size of file on, an import writes its pages once (below, the switch costs more than it saves). */
export const PAGES_ONCE_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Has a large import write its pages once. In WAL mode SQLite writes each page to the WAL and
 * then, at the checkpoint, again into the file: a 1,000,000-value import wrote its 77 MB twice
 * and read them back once, a sixth of its time. With a rollback journal the pages the import adds
 * go straight into the file and only pages it changes are copied to the journal first; with
 * `synchronous = FULL` the commit is as safe, and a crash rolls the file back on the next open.
 * Leaving WAL needs the file to itself: when another connection has it open, SQLite refuses at
 * once and the import stays in WAL. Returns what puts WAL back, for after the commit or rollback.
 */
export function writePagesOnce(db: Db, fileBytes: number): () => void {
  if (fileBytes < PAGES_ONCE_FROM_BYTES || db.inTransaction) return () => undefined;
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return () => undefined;
  try {
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return () => undefined;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return () => undefined;
    throw error;
  }
  return () => {
    try {
      db.pragma('journal_mode = WAL');
    } catch (error) {
      // Another connection came in meanwhile; the file stays in rollback mode until the next open
      // (db/workbook.ts sets WAL on every open), which is as safe.
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
  };
}
