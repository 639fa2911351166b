import type { Db } from '../db';

/** Statements on the meta table (key/value facts about the workbook). */
export function metaRepository(db: Db) {
  const set = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM meta WHERE key = ?');
  const get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  return {
    /** Sets one meta value. */
    setMeta(key: string, value: string): void {
      set.run(key, value);
    },
    /** Removes one meta value. */
    deleteMeta(key: string): void {
      remove.run(key);
    },
    /** One meta value, or undefined. */
    getMeta(key: string): string | undefined {
      return get.get(key)?.value;
    },
  };
}
