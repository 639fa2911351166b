import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/import-fixtures';
import { writeLargeLongCsv } from '../helpers/large-import-file';
import { isElectronRuntime } from './electron-app';
import { dragFiles, launchApp, saveScreenshot, type AppHarness } from './app-harness';
import { chooseFile, countChip, openImportView } from './import-steps';

const DC = 'amd.revenue_data_center';
const SMALL = `period,series,value\n2025Q1,${DC},3700\n2030Q1,${DC},5000\n`;
// Enough rows (50 MB) that reading or writing them takes a few seconds here, to be watched and
// cancelled from the page.
const LARGE_ROWS = 1_500_000;

/** Presses Tab until the focused element's accessible name (or text) is `name`. */
async function tabTo(app: AppHarness, name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await app.page.keyboard.press('Tab');
    const focused = await app.page.evaluate(() => {
      // In the page; typed without the DOM.
      type Focusable = { getAttribute(name: string): string | null; textContent: string | null };
      const { activeElement } = (globalThis as unknown as { document: { activeElement: Focusable | null } })
        .document;
      return activeElement?.getAttribute('aria-label') ?? activeElement?.textContent ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('Starting an import, and cancelling one (Chromium, real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  // In Electron the real preload asks webUtils for the dropped File's path, and a File made in the
  // page has none: there the drop of a real file from the desktop cannot be scripted.
  it.skipIf(isElectronRuntime())(
    'opens the Import view with its preview when a file is dropped anywhere on the window',
    async () => {
      const { page, workbook } = app;
      const before = snapshot(workbook.db);
      await dragFiles(page, [{ name: 'amd-dropped.csv', content: SMALL }], '[data-testid="data-grid"]');
      await expect.poll(() => countChip(app, 'new').textContent()).toBe('1');
      expect(await countChip(app, 'changed').textContent()).toBe('1');
      expect(await page.getByTestId('import-file').textContent()).toContain('amd-dropped.csv');
      const nav = page.getByRole('navigation', { name: 'Views' });
      expect(await nav.getByRole('button', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
      expect(snapshot(workbook.db)).toEqual(before);
    },
  );

  it('refuses a dropped file of another kind, or several, naming them, and changes nothing', async () => {
    const { page, workbook } = app;
    const before = snapshot(workbook.db);
    await dragFiles(page, [{ name: 'deck.pdf', content: '%PDF-1.7' }]);
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain(
        'deck.pdf: not a CSV, TSV, TXT or XLSX file, so it cannot be imported; nothing was imported.',
      );
    await dragFiles(page, [
      { name: 'a.csv', content: SMALL },
      { name: 'b.csv', content: SMALL },
    ]);
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain('Drop one file at a time (2 were dropped); nothing was imported.');
    expect(await page.getByTestId('import-view').count()).toBe(0);
    expect(await page.getByTestId('data-grid').isVisible()).toBe(true);
    expect(snapshot(workbook.db)).toEqual(before);
  });

  it('shows the drop target while a file is dragged over the window', async () => {
    const { page } = app;
    await dragFiles(page, [{ name: 'a.csv', content: 'x' }], 'body', ['dragenter']);
    await page.locator('.drop-overlay').waitFor();
    await saveScreenshot(page, 'import-drop-target');
    await dragFiles(page, [{ name: 'a.csv', content: 'x' }], 'body', ['dragleave']);
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });
  });

  it('opens the Import view and its file dialog from File › Import…', async () => {
    const { page } = app;
    await app.setChosenFile(null);
    await app.sendMenuCommand('import');
    await page.getByTestId('import-view').waitFor();
    expect(await page.getByTestId('import-file').count()).toBe(0);
    await chooseFile(app, 'from-menu.csv', SMALL);
    await app.sendMenuCommand('import');
    await expect.poll(() => page.getByTestId('import-file').textContent()).toContain('from-menu.csv');
    await expect.poll(() => countChip(app, 'new').textContent()).toBe('1');
  });

  it('imports and undoes with the keyboard alone', async () => {
    const { page } = app;
    await chooseFile(app, 'keyboard.csv', SMALL);
    await page.keyboard.press('Control+4');
    await tabTo(app, 'Choose file…');
    await page.keyboard.press('Enter');
    await expect.poll(() => countChip(app, 'new').textContent()).toBe('1');
    await tabTo(app, 'Import 2 values');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 new, 1 updated');
    await tabTo(app, 'Undo import 1 (keyboard.csv)');
    await page.keyboard.press('Enter');
    // The confirmation takes the focus: Enter confirms.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Undid import 1');
  });

  it('cancels the reading of a large file, with nothing written', async () => {
    const { page, workbook } = app;
    const before = snapshot(workbook.db);
    const path = join(app.tempDir, 'large.csv');
    writeLargeLongCsv(path, LARGE_ROWS);
    await app.setChosenFile(path);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    const progress = page.getByTestId('import-progress');
    await expect
      .poll(() => progress.textContent(), { interval: 20, timeout: 5000 })
      .toMatch(/Reading the file… \d+% · [\d,]+ values/);
    await saveScreenshot(page, 'import-progress');
    // The harness answers the page in this process, between the import's batches: on a loaded
    // machine a sorted window of 100,000 values keeps it busy for a second or two.
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 8000 });
    await expect
      .poll(() => page.getByTestId('preview-error').textContent())
      .toContain('Cancelled: the file was not read.');
    expect(await page.getByTestId('import-counts').count()).toBe(0);
    expect(snapshot(workbook.db)).toEqual(before);
  });

  it('cancels the writing of a large file, with nothing written', async () => {
    const { page, workbook } = app;
    const path = join(app.tempDir, 'large.csv');
    writeLargeLongCsv(path, LARGE_ROWS);
    await app.setChosenFile(path);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => countChip(app, 'new').textContent(), { timeout: 20_000 }).toBe('1,500,000');
    const before = snapshot(workbook.db);
    await page.getByTestId('import-button').click();
    const progress = page.getByTestId('import-progress');
    await expect
      .poll(() => progress.textContent(), { interval: 20, timeout: 5000 })
      .toMatch(/Writing to the workbook… \d+%/);
    // The harness answers the page in this process, between the import's batches: on a loaded
    // machine a sorted window of 100,000 values keeps it busy for a second or two.
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 8000 });
    await expect
      .poll(() => page.getByTestId('commit-error').textContent())
      .toBe('Cancelled: nothing was written.');
    expect(snapshot(workbook.db)).toEqual(before);
  });
});
