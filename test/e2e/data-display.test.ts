import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

// Default workbook: AMD Data Center revenue 2024 is reported as about 12,600 (USD millions), its
// quarters 2,340 + 2,830 + 3,500 + 3,860; 2025 as about 16,600; 2026 has only its first quarter.
const DC = 'amd.revenue_data_center';
const EST = 'amd.instinct_revenue_est';

/** The cell with the grid's focus, as "series period". */
async function focusedCell(page: Page): Promise<string> {
  const cell = page.locator('[data-testid="data-grid"] .ag-cell-focus');
  const row = await cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id');
  return `${row} ${await cell.getAttribute('col-id')}`;
}

const toggle = (page: Page) => page.getByTestId('toggle-years');
const summary = (page: Page) => page.getByTestId('selection-summary').textContent();
const status = (page: Page) => page.getByTestId('status').textContent();
const headers = (page: Page) =>
  page
    .locator('[data-testid="data-grid"] .ag-header-cell[col-id]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('col-id')));

describe('Years only and series display (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('hides the quarters, moves over the Years by keys, keeps the view, and shows a series in billions', async () => {
    const { page, workbook } = app;
    await gridCell(page, DC, '2025Q2').click();
    // Alt+Shift+Y: the Years only, the focus on the Year of the focused quarter.
    await page.keyboard.press('Alt+Shift+Y');
    await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => gridCell(page, DC, '2025Q2').count()).toBe(0);
    const years = (await headers(page)).filter((id) => /^\d{4}/.test(id ?? ''));
    expect(years).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    await expect.poll(() => focusedCell(page)).toBe(`${DC} 2025`);
    expect(await gridCell(page, DC, '2024').textContent()).toBe('≈ 12,600');
    // A reported year its quarters disagree with (12,530) is underlined.
    expect(await gridCell(page, DC, '2024').getAttribute('class')).toContain('cell-year-mismatch');

    // Keys move over the Years: arrows, Home and End on the row, Shift+arrows select Years.
    await page.keyboard.press('ArrowLeft');
    expect(await focusedCell(page)).toBe(`${DC} 2024`);
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toBe(`${EST} 2024`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    expect(await focusedCell(page)).toBe(`${DC} 2026`);
    await page.keyboard.press('Home');
    expect(await focusedCell(page)).toBe(`${DC} 2017`);
    await gridCell(page, DC, '2024').click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => summary(page)).toBe('2 cells · Count 2 · Sum 29,200 · Average 14,600');
    await saveScreenshot(page, 'data-years-only');

    // Kept for the workbook: drawn again, the grid shows the Years only.
    await page.waitForTimeout(600);
    await page.reload();
    await page.locator('[data-testid="data-grid"] .ag-row').first().waitFor();
    await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await gridCell(page, DC, '2025Q1').count()).toBe(0);
    await expect.poll(() => gridCell(page, DC, '2025').textContent()).toBe('≈ 16,600');
    // Find lands a match in a hidden quarter on its Year.
    await gridCell(page, DC, '2023').click();
    await page.keyboard.press('ControlOrMeta+f');
    const find = page.getByTestId('find-bar').getByRole('textbox', { name: 'Find' });
    await find.fill('3,674');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('1 match');
    await find.press('Enter');
    await expect.poll(() => focusedCell(page)).toBe(`${DC} 2025`);
    await find.press('Escape');

    // The series in billions with 1 decimal, from its details (a double-click on its name).
    await gridCell(page, DC, 'label').dblclick();
    const panel = page.getByTestId('series-details');
    const form = panel.getByTestId('series-display');
    await form.getByLabel('Scale').selectOption('billions');
    await form.getByLabel('Decimals').selectOption('1');
    await expect
      .poll(() => form.getByTestId('display-preview').textContent())
      .toBe('12,634 USD millions shows as 12.6 USD billions; type 13 for 13 billion');
    await form.getByRole('button', { name: 'Apply display' }).click();
    await expect.poll(() => gridCell(page, DC, 'unit').textContent()).toBe('$B');
    expect(await gridCell(page, DC, '2024').textContent()).toBe('≈ 12.6');
    expect(await gridCell(page, DC, '2025').textContent()).toBe('≈ 16.6');
    expect(repositories(workbook.db).series.findSeries(DC)?.display).toEqual({
      scale: 'billions',
      decimals: 1,
    });
    expect(repositories(workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'series.display',
    });
    await expect
      .poll(() => status(page))
      .toContain('AMD Data Center revenue is shown in USD billions with 1 decimal');
    await saveScreenshot(page, 'series-display-billions');

    // Back to the quarters; typing 13 in the row stores 13 billion as 13,000 USD millions, exactly.
    await page.keyboard.press('Escape');
    await toggle(page).click();
    await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('false');
    const cell = gridCell(page, DC, '2025Q1');
    await expect.poll(() => cell.textContent()).toBe('3.7');
    await typeIntoCell(page, cell, '13');
    await expect.poll(() => cell.textContent()).toBe('13.0');
    expect(repositories(workbook.db).observations.findObservation(DC, '2025Q1')?.value).toBe(13_000);
    await expect
      .poll(() => status(page))
      .toContain('Saved AMD Data Center revenue, 2025Q1: 13,000 USD millions (13.0 USD billions)');
    // A scale word says its own scale: 3.674B is the value it was.
    await typeIntoCell(page, cell, '3.674B');
    await expect.poll(() => cell.textContent()).toBe('3.7');
    expect(repositories(workbook.db).observations.findObservation(DC, '2025Q1')?.value).toBe(3_674);
    // The edit starts from the number in billions at full precision, not rounded.
    await cell.click();
    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('.ag-cell-inline-editing input').inputValue()).toBe('3.674');
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'series-display-quarters');

    // Undo takes back the edits, then the display: the row is in USD millions again.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => gridCell(page, DC, 'unit').textContent()).toBe('$M');
    await expect.poll(() => gridCell(page, DC, '2025Q1').textContent()).toBe('3,674');
  }, 90_000);
});
