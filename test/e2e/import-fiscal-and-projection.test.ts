import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { snapshot, storedValue } from '../helpers/import-fixtures';
import { cellIn, gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';
import { chooseFile, countChip, openImportView } from './import-steps';

// A quarter's update: AMD restates 2025Q1 (3,674 in the default workbook), a new company reports
// in fiscal quarters of a year that ends in June, and one cell is not a number.
const UPDATE = [
  'period,company,metric,value,source',
  '2025Q1,AMD,revenue_data_center,3700,https://ir.amd.com/restated-q1',
  'Q1 FY2026,Acme,AI revenue,120,https://acme.example/q1-fy2026',
  'Q2 FY2026,Acme,AI revenue,150,https://acme.example/q2-fy2026',
  '2030Q1,AMD,revenue_data_center,12abc,https://example.com/model',
].join('\n');

describe('Import view: fiscal periods, new series, and the rest of the app (Chromium, real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows each fiscal label beside its calendar quarter once the year end is set, and creates the series', async () => {
    const { page, workbook } = app;
    const before = snapshot(workbook.db);
    await chooseFile(app, 'q3-update.csv', UPDATE);
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => countChip(app, 'errors').textContent()).toBe('3');
    expect(await cellIn(page, 'preview-grid', '1', 'note').textContent()).toContain(
      'the month in which the fiscal year of Acme ends is not known',
    );

    await page.getByLabel('Company whose fiscal year end to set').fill('Acme');
    await page.getByLabel('Month its fiscal year ends').selectOption({ label: 'June' });
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    await expect.poll(() => countChip(app, 'errors').textContent()).toBe('1');
    // A fiscal year that ends in June: Q1 FY2026 is July to September 2025, Q2 October to December.
    // The preview is read again with the year end; its grid repaints after the counts.
    await expect
      .poll(() => cellIn(page, 'preview-grid', '1', 'period').textContent())
      .toBe('Q1 FY2026 → 2025Q3');
    expect(await cellIn(page, 'preview-grid', '2', 'period').textContent()).toBe('Q2 FY2026 → 2025Q4');
    expect(await page.getByTestId('import-new-series').textContent()).toContain('Acme AI revenue');
    expect(await page.getByLabel('Month the fiscal year of Acme ends').inputValue()).toBe('6');

    await page.getByRole('button', { name: 'Skip bad rows' }).click();
    await expect.poll(() => page.getByTestId('import-button').textContent()).toBe('Import 3 values');
    expect(snapshot(workbook.db)).toEqual(before);
    // Tall enough to show the whole preview (the README's picture of the Import view).
    await page.setViewportSize({ width: 1600, height: 1240 });
    await saveScreenshot(page, 'import-view');
    await page.setViewportSize({ width: 1600, height: 900 });

    await page.getByTestId('import-button').click();
    await expect
      .poll(() => page.getByTestId('import-result').textContent())
      .toContain('2 new, 1 updated, 0 unchanged, 1 skipped, 1 series created');
    expect(storedValue(workbook.db, 'acme.ai_revenue', '2025Q3')).toMatchObject({
      value: 120,
      source: 'https://acme.example/q1-fy2026',
      note: 'Reported as fiscal FY2026 Q1.',
    });
    const acme = repositories(workbook.db)
      .fiscalCalendars.listFiscalCalendars()
      .find((c) => c.id === 'acme');
    expect(acme?.fiscalYearEndMonth).toBe(6);
    await page.keyboard.press('Control+1');
    await expect.poll(() => gridCell(page, 'acme.ai_revenue', '2025Q4').textContent()).toBe('150');
  });

  it('runs the projection on an imported quarter, and on the earlier data once it is undone', async () => {
    const { page } = app;
    const projection = () => page.getByTestId('horizon').textContent();
    await page.keyboard.press('Control+3');
    await expect.poll(projection).toContain('Reported to 2026Q1 (the jump-off); projected 2026Q2');
    // The market history needs AMD's and NVIDIA's quarter, and Broadcom's within two of its last report.
    await chooseFile(
      app,
      'q2.csv',
      'period,series,value\n2026Q2,amd.revenue_data_center,6100\nFY2027Q2,nvidia.revenue_data_center,80000\n' +
        'FY2026Q1,broadcom.revenue_ai_semiconductor,8200\n',
    );
    await openImportView(app);
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.getByTestId('import-button').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('3 new');
    await page.keyboard.press('Control+3');
    await expect.poll(projection).toContain('Reported to 2026Q2 (the jump-off); projected 2026Q3');

    await openImportView(app);
    await page.getByRole('button', { name: /Undo import 1/ }).click();
    await page.getByTestId('undo-form').getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Undid import 1');
    await page.keyboard.press('Control+3');
    await expect.poll(projection).toContain('Reported to 2026Q1 (the jump-off); projected 2026Q2');
  });
});
