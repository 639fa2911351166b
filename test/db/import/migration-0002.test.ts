import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, previewImport } from '../../../db/import';
import { APPLICATION_ID } from '../../../db/file-header';
import { migrations, SCHEMA_VERSION } from '../../../db/migrations';
import { openWorkbook } from '../../../db/workbook';
import { storedValue, writeDataFile } from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** A workbook as schema version 1 left it, with one series and one value. */
function versionOneWorkbook(name: string): string {
  const path = join(temp.dir, name);
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  db.exec(migrations[0]!.sql);
  db.exec(`INSERT INTO fiscal_calendars VALUES ('amd', 'AMD', 12, '');
    INSERT INTO series (key, label, unit, kind, company, metric, fiscal_calendar, sort_order)
      VALUES ('amd.revenue_data_center', 'AMD Data Center revenue', 'USD millions', 'reported', 'AMD', 'revenue_data_center', 'amd', 10);
    INSERT INTO observations (series_id, period, value, source, updated_at) VALUES (1, '2024Q1', 2337, 'https://old', '2024-05-01T00:00:00Z')`);
  db.pragma('user_version = 1');
  db.close();
  return path;
}

describe('migration 0002 (import history and recipes)', () => {
  it('takes a version 1 workbook to the newest version, keeping its data and a backup, and imports into it', async () => {
    const path = versionOneWorkbook('v1.iwb');
    const wb = openWorkbook(path);
    expect(wb.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(existsSync(`${path}.v1.bak`)).toBe(true);
    const tables = wb.db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'import%' ORDER BY name",
      )
      .all();
    expect(tables.map((t) => t.name)).toEqual([
      'import_recipes',
      'import_replaced',
      'import_series',
      'import_taken',
      'imports',
    ]);
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2024Q1')?.value).toBe(2337);
    const csv = writeDataFile(temp.dir, 'period,series,value\n2024Q1,amd.revenue_data_center,2340\n');
    expect(await importFile(wb.db, { path: csv })).toMatchObject({ updated: 1 });
    expect(wb.db.pragma('integrity_check', { simple: true })).toBe('ok');
    wb.close();
  });

  it('previews into a version 1 workbook opened read-only without writing to it', async () => {
    const path = versionOneWorkbook('v1-readonly.iwb');
    const bytes = readFileSync(path);
    const wb = openWorkbook(path, { readonly: true });
    const csv = writeDataFile(temp.dir, 'period,series,value\n2024Q1,amd.revenue_data_center,2340\n');
    const preview = await previewImport(wb.db, { path: csv });
    expect(preview.totals).toMatchObject({ changed: 1, errors: 0 });
    wb.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
