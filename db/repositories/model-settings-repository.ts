import type { Db } from '../workbook';

/** Statements on the model_settings table: the workbook's history settings (`history.*`), one value per key. */
export function modelSettingsRepository(db: Db) {
  const all = db.prepare<[], { key: string; value: number }>('SELECT key, value FROM model_settings ORDER BY key');
  const upsert = db.prepare(
    'INSERT INTO model_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM model_settings WHERE key = ?');
  return {
    /** The settings the workbook holds (keys left out take their defaults). */
    listModelSettings(): Record<string, number> {
      return Object.fromEntries(all.all().map((r) => [r.key, r.value]));
    },
    /** Sets one setting; null removes it, so its default applies. */
    setModelSetting(key: string, value: number | null): void {
      if (value === null) remove.run(key);
      else upsert.run(key, value);
    },
  };
}
