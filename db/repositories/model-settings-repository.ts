import type { Db } from '../db';
import { prepared } from './deal-repository';

/**
 * Statements on the model_settings table: the workbook's history settings (`history.*`), one value
 * per key; prepared on first use, as the deals' (a read-only workbook of schema 5 has no table).
 */
export function modelSettingsRepository(db: Db) {
  const all = prepared(() =>
    db.prepare<[], { key: string; value: number }>('SELECT key, value FROM model_settings ORDER BY key'),
  );
  const upsert = prepared(() =>
    db.prepare(
      'INSERT INTO model_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  );
  const remove = prepared(() => db.prepare('DELETE FROM model_settings WHERE key = ?'));
  return {
    /** The settings the workbook holds (keys left out take their defaults). */
    listModelSettings(): Record<string, number> {
      return Object.fromEntries(
        all()
          .all()
          .map((r) => [r.key, r.value]),
      );
    },
    /** Sets one setting; null removes it, so its default applies. */
    setModelSetting(key: string, value: number | null): void {
      if (value === null) remove().run(key);
      else upsert().run(key, value);
    },
  };
}
