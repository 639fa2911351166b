import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbook } from '../../db/workbook';
import { gridCell, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

/** A default workbook with a value whose series is gone: SQLite's foreign-key check fails. */
function writeDamagedWorkbook(path: string): void {
  createWorkbook(path).close();
  const raw = new Database(path);
  raw.pragma('foreign_keys = OFF');
  raw.exec(`INSERT INTO observations (series_id, period, value, updated_at)
            SELECT 9999, period, value, updated_at FROM observations LIMIT 1`);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

describe('a damaged workbook (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  afterEach(async () => {
    await app?.close();
  });

  it('opens read-only with a banner saying why, refuses edits, and Check Workbook lists the damage', async () => {
    app = await launchApp({ prepare: writeDamagedWorkbook });
    const { page } = app;
    const before = readFileSync(app.workbookPath);
    const banner = page.getByTestId('read-only');
    await expect
      .poll(() => banner.textContent())
      .toMatch(
        /^Read-only: Default\.iwb: file: a row of observations refers to a missing series; it is opened read-only/,
      );
    expect(await page.title()).toBe('Default.iwb (read-only) — Instinct Workbook');

    // An edit is refused with the reason, and the file is untouched.
    const cell = gridCell(page, 'amd.revenue_data_center', '2025Q1');
    await typeIntoCell(page, cell, '4000');
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/refers to a missing series; it is opened read-only.*nothing was saved/);
    await saveScreenshot(page, 'damaged-workbook');

    await app.sendMenuCommand('check-workbook');
    await expect
      .poll(() => page.getByTestId('check-result').textContent())
      .toMatch(/1 problem found:file: a row of observations refers to a missing series/);
    expect(readFileSync(app.workbookPath).equals(before)).toBe(true);
  });
});
