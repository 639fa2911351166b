import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLargeLongCsv } from '../helpers/large-import-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUpWorkbook } from '../../db/backups/workbook-backups';
import { freezeScenario } from '../../db/commands';
import { openWorkbook } from '../../db/workbook';
import { launchApp, saveScreenshot, type AppHarness } from './app-harness';

/** Starts recording every title the window shows, in order (read back with recordedTitles). */
async function recordTitles(app: AppHarness): Promise<void> {
  await app.page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __titles: string[] }).__titles = seen;
    const doc = (globalThis as unknown as { document: { title: string; querySelector(s: string): object } })
      .document;
    const Observer = (
      globalThis as unknown as {
        MutationObserver: new (cb: () => void) => { observe(node: object, options: object): void };
      }
    ).MutationObserver;
    new Observer(() => seen.push(doc.title)).observe(doc.querySelector('title')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

function recordedTitles(app: AppHarness): Promise<string[]> {
  return app.page.evaluate(() => [...(globalThis as unknown as { __titles: string[] }).__titles]);
}

describe('File › Export and Help menus (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  const status = () => app.page.getByTestId('status').locator('.status-message').textContent();

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('exports the workbook to XLSX with the operation in the window title, and the current grid to CSV', async () => {
    const { page } = app;
    expect(await page.title()).toBe('Default.iwb — Instinct Workbook');
    await recordTitles(app);
    const xlsx = join(app.tempDir, 'shared');
    app.setSavePath(xlsx);
    await app.sendMenuCommand('export-xlsx');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Exported \d+ sheets to .*shared\.xlsx$/);
    expect(readFileSync(`${xlsx}.xlsx`).subarray(0, 2).toString()).toBe('PK');
    const titles = await recordedTitles(app);
    expect(titles).toContain('Default.iwb — Exporting… — Instinct Workbook');
    expect(titles.at(-1)).toBe('Default.iwb — Instinct Workbook');

    // The current grid: in the Data view, the Data grid.
    const data = join(app.tempDir, 'data.csv');
    app.setSavePath(data);
    await app.sendMenuCommand('export-csv');
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^Exported Data as raw numbers to .*data\.csv$/);
    expect(readFileSync(data, 'utf8').split('\r\n')[0]).toMatch(/^Key,Series,Unit,/);

    // In the Projection view, its main grid: the outputs of the scenario it shows, as shown.
    await page.keyboard.press('ControlOrMeta+3');
    await page.getByTestId('scenario-select').selectOption('Bull');
    await page.locator('[data-testid="output-grid"] .ag-row').first().waitFor();
    const bull = join(app.tempDir, 'bull.csv');
    app.setSavePath(bull);
    await app.sendMenuCommand('export-csv-shown');
    // The file is written before the page hears back: the status says when both are done.
    await expect.poll(status, { timeout: 20_000 }).toBe(`Exported Outputs · Bull as shown to ${bull}`);
    expect(existsSync(bull)).toBe(true);
    expect(readFileSync(bull, 'utf8').split('\r\n')[0]).toMatch(/^Output,Unit,\d{4} · /);

    // Cancelling the save dialog writes nothing and says nothing went wrong.
    app.setSavePath(null);
    await app.sendMenuCommand('export-xlsx');
    await expect.poll(() => page.title()).toBe('Default.iwb — Instinct Workbook');
    expect(await page.getByTestId('status').getAttribute('class')).not.toContain('error');
  });

  it('shows a preview reading and an import running in the window title', async () => {
    const { page } = app;
    await recordTitles(app);
    // Large enough that the preview and the import each last a few renders of the page: a file of
    // one row is read and written before the page draws the title of either (and, since the
    // reader got faster, one of 60,000 rows could be too).
    const file = join(app.tempDir, 'q1.csv');
    writeLargeLongCsv(file, 200_000);
    const count = () =>
      app.workbook.db.prepare<[], number>('SELECT count(*) FROM observations').pluck().get();
    const before = count();
    await app.setChosenFile(file);
    await app.sendMenuCommand('import');
    await expect.poll(() => page.getByTestId('import-file').textContent()).toContain('q1.csv');
    await page.getByTestId('import-button').click();
    await expect.poll(count, { timeout: 30_000 }).toBe(before! + 200_000);
    await expect.poll(() => recordedTitles(app)).toContain('Default.iwb — Importing… — Instinct Workbook');
    const titles = await recordedTitles(app);
    expect(titles).toContain('Default.iwb — Reading a file… — Instinct Workbook');
    expect(titles.indexOf('Default.iwb — Reading a file… — Instinct Workbook')).toBeLessThan(
      titles.indexOf('Default.iwb — Importing… — Instinct Workbook'),
    );
    await expect.poll(() => page.title()).toBe('Default.iwb — Instinct Workbook');
  });

  it('checks the workbook and restores a backup into a new file after asking, from the Help menu', async () => {
    const { page } = app;
    await app.sendMenuCommand('check-workbook');
    const result = page.getByTestId('check-result');
    await expect.poll(() => result.textContent()).toContain('The workbook is sound');
    await page.keyboard.press('Escape');
    await page.getByTestId('check-dialog').waitFor({ state: 'hidden' });

    const backup = await backUpWorkbook(
      app.workbook,
      join(app.tempDir, 'backups'),
      '2026-11-30T09:15:00.000Z',
    );
    await app.sendMenuCommand('backups');
    const list = page.getByTestId('backup-list');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(1);
    await list.getByRole('button', { name: 'Restore…' }).click();
    // It asks first; only the second Restore… restores.
    await expect.poll(() => list.textContent()).toContain('Restore into a new file?');
    await saveScreenshot(page, 'backups-dialog');
    const restored = join(app.tempDir, 'restored.iwb');
    app.setSavePath(restored);
    await list
      .getByRole('group', { name: 'Restore this backup?' })
      .getByRole('button', { name: 'Restore…' })
      .click();
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^Restored the backup of .* as .*restored\.iwb$/);
    expect(app.desktop.openedWorkbooks).toEqual([restored]);
    openWorkbook(restored, { readonly: true }).close();
    expect(existsSync(backup.path)).toBe(true);
  });
});

describe('Compare with… from the Scenarios view', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('opens the comparison of a scenario with its newest vintage, B focused to pick another', async () => {
    const { page } = app;
    const vintage = freezeScenario(app.workbook.db, 'Bear', 'Bear in spring', '2026-04-01T00:00:00.000Z');
    await page.keyboard.press('ControlOrMeta+2');
    await page.getByRole('button', { name: 'Compare Bear with…' }).click();
    await page.getByTestId('vintages-view').waitFor();
    await expect.poll(() => page.getByTestId('compare-a').inputValue()).toBe('scenario:Bear');
    await expect.poll(() => page.getByTestId('compare-b').inputValue()).toBe(`vintage:${vintage.id}`);
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent())
      .toMatch(/The two sides are the same|differ/);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } };
            }
          ).document.activeElement.getAttribute('data-testid'),
        ),
      )
      .toBe('compare-b');
    // From the keyboard, B becomes Base: the comparison follows.
    await page.getByTestId('compare-b').selectOption('scenario:Base');
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toMatch(/\d+ rows? differ/);
    await saveScreenshot(page, 'compare-from-scenarios');
  });
});
