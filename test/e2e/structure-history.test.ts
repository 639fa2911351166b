import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPeriodRange } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';

const DC = 'amd.revenue_data_center';
const NEW = 'amd.semi_custom_revenue';

const status = (page: Page) => page.getByTestId('status').textContent();
const focusedColumn = (page: Page) =>
  page.locator('[data-testid="data-grid"] .ag-cell-focus').getAttribute('col-id');

describe('series, quarters and the history panel (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  const hasSeries = (key: string) => repositories(app.workbook.db).series.findSeries(key) !== undefined;
  const steps = () => repositories(app.workbook.db).journal.countEntries();

  it('adds a quarter and a series, deletes one after asking, and undoes from the history panel and the Edit menu', async () => {
    const { page } = app;
    const lastYear = Number(readPeriodRange(app.workbook.db).last!.slice(0, 4));
    await gridCell(page, DC, '2025Q1').click();
    await expect.poll(() => page.getByTestId('toolbar-series').textContent()).toBe('AMD Data Center revenue');

    // A quarter after the last, by its key: the grid shows the new year before any value is there.
    await page.keyboard.press('Alt+Shift+End');
    await expect.poll(() => readPeriodRange(app.workbook.db).last).toBe(`${lastYear + 1}Q1`);
    await expect.poll(() => status(page)).toMatch(new RegExp(`^Added ${lastYear + 1}Q1`));
    await gridCell(page, DC, '2025Q1').click();
    await page.keyboard.press('End');
    await expect.poll(() => focusedColumn(page)).toBe(String(lastYear + 1));

    // A new series through the toolbar's form; its key is suggested from company and label.
    await page.getByRole('button', { name: 'Add series…' }).click();
    const form = page.getByTestId('add-series');
    await form.getByLabel('Company', { exact: true }).fill('AMD');
    await form.getByLabel('Label', { exact: true }).fill('AMD semi-custom revenue');
    await form.getByLabel('Maximum', { exact: true }).fill('banana');
    await form.getByLabel('Maximum', { exact: true }).press('Enter');
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Maximum: /);
    expect(hasSeries(NEW)).toBe(false);
    await form.getByLabel('Maximum', { exact: true }).fill('2B');
    await form.getByLabel('Maximum', { exact: true }).press('Enter');
    await expect.poll(() => hasSeries(NEW)).toBe(true);
    expect(repositories(app.workbook.db).series.findSeries(NEW)).toMatchObject({
      maxValue: 2000,
      kind: 'estimate',
    });
    await expect.poll(() => page.locator(`.ag-row[row-id="${NEW}"]`).count()).toBe(1);

    // Delete asks first; Escape keeps the series, the button deletes it.
    await gridCell(page, DC, '2025Q1').click();
    await page.getByRole('button', { name: 'Delete series…' }).click();
    await expect
      .poll(() => page.getByTestId('delete-series').textContent())
      .toMatch(/^Delete AMD Data Center revenue and its \d+ values\?/);
    await page.keyboard.press('Escape');
    expect(hasSeries(DC)).toBe(true);
    await page.getByRole('button', { name: 'Delete series…' }).click();
    await page.getByTestId('delete-series').getByRole('button', { name: 'Delete series' }).click();
    await expect.poll(() => hasSeries(DC)).toBe(false);
    await expect.poll(() => page.locator(`.ag-row[row-id="${DC}"]`).count()).toBe(0);

    // The history panel: newest first, Enter on a step shows its cells with who had set them.
    await page.keyboard.press('ControlOrMeta+h');
    const panel = page.getByTestId('history-panel');
    const items = panel.getByRole('option');
    await expect
      .poll(() => items.first().textContent())
      .toMatch(/^.+You.*deleted series amd\.revenue_data_center/);
    await expect.poll(() => items.nth(1).textContent()).toMatch(/added series amd\.semi_custom_revenue/);
    await expect.poll(() => items.nth(2).textContent()).toMatch(/added quarter \d{4}Q1 at the end/);
    await page.keyboard.press('Enter');
    const cells = page.getByTestId('history-cells');
    await expect.poll(() => cells.locator('h3').textContent()).toMatch(/^\d+ cells$/);
    const row = cells.locator('tr', { hasText: '2025Q1' }).first();
    await expect
      .poll(() => row.textContent())
      .toMatch(/amd\.revenue_data_center2025Q13,674default · https:.*blank$/);
    await saveScreenshot(page, 'history-panel');

    // Undo in the panel puts the series back with its values; the grid shows it again.
    const before = steps();
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => hasSeries(DC)).toBe(true);
    await expect.poll(() => status(page)).toMatch(/^Undid: deleted series amd\.revenue_data_center/);
    await expect.poll(() => gridCell(page, DC, '2025Q1').textContent()).toBe('3,674');
    await expect.poll(() => items.first().textContent()).toMatch(/undid: deleted series/);
    expect(steps()).toBe(before + 1);

    // Ctrl+Y and Ctrl+Z in the panel walk the journal too.
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => hasSeries(DC)).toBe(false);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => hasSeries(DC)).toBe(true);

    // Edit › Undo with focus on the grid walks the journal: the added series goes.
    await gridCell(page, DC, '2025Q1').click();
    await app.sendMenuCommand('undo');
    await expect.poll(() => hasSeries(NEW)).toBe(false);
    await expect.poll(() => status(page)).toMatch(/^Undid: added series amd\.semi_custom_revenue/);

    // In a text field, Edit › Undo undoes the typing and leaves the journal alone.
    await page.getByRole('button', { name: 'Add series…' }).click();
    await form.getByLabel('Company', { exact: true }).pressSequentially('NVDA');
    const count = steps();
    await app.sendMenuCommand('undo');
    await expect.poll(() => form.getByLabel('Company', { exact: true }).inputValue()).toBe('');
    expect(steps()).toBe(count);
    await saveScreenshot(page, 'add-series-form');
  }, 120_000);

  it('moves a series with its key and deletes one from the series details panel; Ctrl+Z undoes each', async () => {
    const { page } = app;
    const GAMING = 'amd.revenue_gaming';
    const keys = () =>
      repositories(app.workbook.db)
        .series.listSeries()
        .map((s) => s.key);
    const start = keys();
    await gridCell(page, GAMING, '2025Q1').click();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => keys().indexOf(GAMING)).toBe(start.indexOf(GAMING) - 1);
    await expect.poll(() => status(page)).toMatch(/^Moved AMD Gaming revenue up\./);

    await gridCell(page, GAMING, 'label').dblclick();
    const panel = page.getByTestId('series-details');
    await panel.getByRole('button', { name: 'Delete series…' }).click();
    await page.getByTestId('delete-series').getByRole('button', { name: 'Delete series' }).click();
    await expect.poll(() => hasSeries(GAMING)).toBe(false);

    await gridCell(page, DC, '2025Q1').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => hasSeries(GAMING)).toBe(true);
    await expect.poll(() => gridCell(page, GAMING, '2025Q1').textContent()).toBe('647');
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => keys()).toEqual(start);
  }, 120_000);
});
