import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/file-header';
import { migrations, SCHEMA_VERSION } from '../../db/migrations';
import { openWorkbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** A workbook as an older version of the app left it: migrations 1..version applied, plus one series. */
function workbookAtVersion(version: number): string {
  const path = join(temp.dir, `v${version}.iwb`);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const migration of migrations.slice(0, version)) db.exec(migration.sql);
  if (version >= 1) {
    db.exec(`INSERT INTO fiscal_calendars (id, label, fiscal_year_end_month) VALUES ('calendar', 'Calendar', 12);
      INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, sort_order)
        VALUES ('amd.revenue_data_center', 'AMD Data Center revenue', 'USD millions', 'reported', 'AMD', 'revenue_data_center', 'calendar', 10);
      INSERT INTO observations (series_id, period, value, source, updated_at) VALUES (1, '2025Q1', 3674, 'https://example.org', '2026-01-01');`);
  }
  db.pragma(`user_version = ${version}`);
  db.close();
  return path;
}

describe('migrations', () => {
  it.each(Array.from({ length: SCHEMA_VERSION }, (_, v) => v))(
    'brings a schema %i workbook to the newest schema',
    (version) => {
      const path = workbookAtVersion(version);
      const wb = openWorkbook(path);
      try {
        expect(wb.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(wb.db.pragma('foreign_key_check')).toEqual([]);
        if (version >= 1) {
          const row = wb.db.prepare("SELECT value, source FROM observations WHERE period = '2025Q1'").get();
          expect(row).toEqual({ value: 3674, source: 'https://example.org' });
        }
      } finally {
        wb.close();
      }
      // The file as it was is kept, copied by SQLite, before a real migration.
      expect(existsSync(`${path}.v${version}.bak`)).toBe(version > 0);
      if (version > 0) {
        const backup = new Database(`${path}.v${version}.bak`, { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(version);
        backup.close();
      }
    },
  );

  it('every migration is numbered in order and runs on an empty database', () => {
    migrations.forEach((m, i) => expect(m.name.startsWith(String(i + 1).padStart(4, '0'))).toBe(true));
    const db = new Database(':memory:');
    for (const m of migrations) db.exec(m.sql);
    db.close();
  });
});
