import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { snapshot, storedValue } from '../helpers/import-fixtures';
import { cellIn, gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';
import { chooseFile, countChip, openImportView } from './import-steps';

const DC = 'amd.revenue_data_center';
// The default workbook has AMD Data Center revenue 3,674 in 2025Q1 and nothing in 2030.
const NEW_AND_CHANGED = [
  'period,series,value,source',
  `2025Q1,${DC},3700,https://ir.amd.com/restated-q1`,
  `2030Q1,${DC},5000,https://example.com/model`,
  `2030Q2,${DC},5100,https://example.com/model`,
].join('\n');
const WITH_ERROR = `period,series,value\n2030Q1,${DC},5000\n2030Q2,${DC},12abc\n2030Q3,${DC},5200\n`;
// A bank's export: semicolons, decimal commas and German headers the importer cannot guess.
const BANK_HEADER = 'Stichtag;Kennzahl;Betrag;Quelle';

describe('Import view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('previews new and changed values, imports them into the Data view, and undoes the import', async () => {
    const { page, workbook } = app;
    const before = snapshot(workbook.db);
    await chooseFile(app, 'amd-restated.csv', NEW_AND_CHANGED);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => countChip(app, 'new').textContent()).toBe('2');
    expect(await countChip(app, 'changed').textContent()).toBe('1');
    expect(await countChip(app, 'unchanged').textContent()).toBe('0');
    expect(await countChip(app, 'errors').textContent()).toBe('0');
    expect(await cellIn(page, 'preview-grid', '0', 'status').textContent()).toBe('Changed');
    expect(await cellIn(page, 'preview-grid', '0', 'value').textContent()).toBe('3,674 → 3,700');
    expect(await cellIn(page, 'preview-grid', '0', 'source').textContent()).toBe(
      'https://ir.amd.com/restated-q1',
    );
    expect(await cellIn(page, 'preview-grid', '0', 'sourceBefore').textContent()).toMatch(/^https:/);
    expect(await cellIn(page, 'preview-grid', '1', 'status').textContent()).toBe('New');
    expect(await cellIn(page, 'preview-grid', '1', 'period').textContent()).toBe('2030Q1');
    expect(snapshot(workbook.db)).toEqual(before);
    await saveScreenshot(page, 'import-preview');

    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('2 new, 1 updated');
    expect(storedValue(workbook.db, DC, '2025Q1')).toMatchObject({ value: 3700, import_id: 1 });
    // The summary is read again after the commit's reply: wait for it rather than race it.
    await expect.poll(() => page.getByTestId('workbook-summary').textContent()).toContain('252 values');
    await saveScreenshot(page, 'import-result');

    await page.keyboard.press('Control+1');
    await expect.poll(() => gridCell(page, DC, '2025Q1').textContent()).toBe('3,700');
    expect(await gridCell(page, DC, '2030Q2').textContent()).toBe('5,100');

    await openImportView(app);
    await page.getByRole('button', { name: /Undo import 1/ }).click();
    await page.getByTestId('undo-form').getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Undid import 1');
    await expect.poll(() => page.locator('[data-import-id="1"]').textContent()).toContain('Undone');
    expect(await page.getByTestId('workbook-summary').textContent()).toContain('250 values');
    await page.keyboard.press('Control+1');
    await expect.poll(() => gridCell(page, DC, '2025Q1').textContent()).toBe('3,674');
    expect(await gridCell(page, DC, '2030Q1').count()).toBe(0);
    expect(snapshot(workbook.db).observations).toEqual(before.observations);
    expect(repositories(workbook.db).imports.listImports()[0]?.undoneAt).not.toBeNull();
  });

  it('refuses to undo an import a later one overwrote, saying which to undo first', async () => {
    const { page } = app;
    await openImportView(app);
    for (const [name, value] of [
      ['first.csv', '5000'],
      ['second.csv', '5500'],
    ] as const) {
      await chooseFile(app, name, `period,series,value\n2030Q1,${DC},${value}\n`);
      await page.getByRole('button', { name: 'Choose file…' }).click();
      await page.getByTestId('import-button').click();
      await expect.poll(() => page.getByTestId('import-result').textContent()).toContain(name);
    }
    await page.getByRole('button', { name: /Undo import 1/ }).click();
    await page.getByTestId('undo-form').getByRole('button', { name: 'Undo import' }).click();
    await expect
      .poll(() => page.getByTestId('undo-form').getByRole('alert').textContent())
      .toBe('import 2 overwrote values of import 1; undo it first');
    expect(storedValue(app.workbook.db, DC, '2030Q1')?.value).toBe(5500);
  });

  it('rejects a file with errors by default, leaving the workbook as it was, and imports it skipping them', async () => {
    const { page, workbook } = app;
    const before = snapshot(workbook.db);
    await chooseFile(app, 'with-error.csv', WITH_ERROR);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => countChip(app, 'errors').textContent()).toBe('1');
    const issue = page.locator('[data-testid="import-issues"] tbody tr').first();
    expect(await issue.locator('td').allTextContents()).toEqual([
      '3',
      'value',
      '12abc',
      expect.stringContaining('12abc'),
    ]);
    expect(await cellIn(page, 'preview-grid', '1', 'status').textContent()).toBe('Error');
    expect(await page.getByTestId('import-button').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-blocker').textContent()).toBe(
      '1 row has errors: fix the file, or choose “Skip bad rows”.',
    );
    await saveScreenshot(page, 'import-errors');
    expect(snapshot(workbook.db)).toEqual(before);

    await page.getByRole('button', { name: 'Skip bad rows' }).click();
    await expect.poll(() => page.getByTestId('import-button').isEnabled()).toBe(true);
    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('2 new');
    expect(await page.getByTestId('import-result').textContent()).toContain('Skipped line 3, column “value”');
    expect(storedValue(workbook.db, DC, '2030Q3')?.value).toBe(5200);
    expect(storedValue(workbook.db, DC, '2030Q2')).toBeUndefined();
    expect(repositories(workbook.db).imports.listImports()[0]).toMatchObject({ inserted: 2, skipped: 1 });
  });

  it('saves a mapping as a recipe and applies it to the next file with the same header', async () => {
    const { page, workbook } = app;
    await chooseFile(app, 'bank-q1.csv', `${BANK_HEADER}\n2030Q1;${DC};5.000,5;https://bank.example/q1\n`);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.getByTestId('column-roles').waitFor();
    await page.getByRole('button', { name: 'Long: a row per value' }).click();
    await page.getByLabel('Role of column Kennzahl').selectOption('series');
    await page.getByLabel('Role of column Betrag').selectOption('value');
    await page.getByLabel('Role of column Quelle').selectOption('source');
    await page
      .getByTestId('decimal-confirm')
      .getByRole('button', { name: /^Comma/ })
      .click();
    await expect.poll(() => cellIn(page, 'preview-grid', '0', 'value').textContent()).toBe('5,000.5');
    await page.getByTestId('save-recipe-name').fill('Bank export');
    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 new');
    expect(await page.getByTestId('recipe-list').textContent()).toContain('Bank export');

    await chooseFile(app, 'bank-q2.csv', `${BANK_HEADER}\n2030Q2;${DC};5.100,25;https://bank.example/q2\n`);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => page.getByTestId('recipe-applied').textContent()).toContain('Bank export');
    expect(await page.getByTestId('recipe-select').inputValue()).toBe('Bank export');
    expect(await page.getByLabel('Role of column Kennzahl').inputValue()).toBe('series');
    expect(await page.getByTestId('decimal-confirm').count()).toBe(0);
    expect(await cellIn(page, 'preview-grid', '0', 'value').textContent()).toBe('5,100.25');
    await saveScreenshot(page, 'import-recipe-applied');
    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 new');
    expect(storedValue(workbook.db, DC, '2030Q2')).toMatchObject({
      value: 5100.25,
      source: 'https://bank.example/q2',
    });
    expect(
      repositories(workbook.db)
        .imports.listImports()
        .map((i) => i.recipe),
    ).toEqual(['Bank export', 'Bank export']);
  });

  it('reads the sheet picked from an XLSX workbook whose first sheet is empty', async () => {
    const { page, workbook } = app;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Cover');
    book.addWorksheet('Restated').addRows([
      ['period', 'series', 'value'],
      ['2030Q1', DC, 5000],
      ['2030Q2', DC, 5100.5],
    ]);
    await chooseFile(app, 'amd-restated.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect
      .poll(() => page.getByTestId('preview-error').textContent())
      .toBe('amd-restated.xlsx: line 1: sheet "Cover" holds no rows');
    await page.getByTestId('sheet-select').selectOption('Restated');
    await expect.poll(() => countChip(app, 'new').textContent()).toBe('2');
    expect(await page.getByTestId('import-file').textContent()).toContain('Excel workbook');
    expect(await cellIn(page, 'preview-grid', '1', 'value').textContent()).toBe('5,100.5');
    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('2 new');
    expect(storedValue(workbook.db, DC, '2030Q2')?.value).toBe(5100.5);
    expect(repositories(workbook.db).imports.listImports()[0]?.options).toMatchObject({ sheet: 'Restated' });
  });
});
