import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';

const DC = 'amd.revenue_data_center';

/** The cell with the grid's focus, as "series period". */
async function focusedCell(page: Page): Promise<string> {
  const cell = page.locator('[data-testid="data-grid"] .ag-cell-focus');
  const row = await cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id');
  return `${row} ${await cell.getAttribute('col-id')}`;
}

describe('Find in the Data view (Ctrl+F; built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('finds a series by name and a cell by value, Enter moving the selection, Escape back to the grid', async () => {
    const { page } = app;
    await gridCell(page, DC, '2024Q1').click();
    await page.keyboard.press('ControlOrMeta+f');
    const bar = page.getByTestId('find-bar');
    const input = bar.getByRole('textbox', { name: 'Find' });
    await expect.poll(() => bar.locator('input:focus').count()).toBe(1);

    await input.fill('data center');
    const count = bar.getByTestId('find-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ matches$/);
    await input.press('Enter');
    await expect.poll(() => count.textContent()).toMatch(/^1 of \d+$/);
    await expect.poll(() => focusedCell(page)).toBe(`${DC} label`);
    // The search keeps the keyboard: Enter again goes on to the next match.
    await input.press('Enter');
    await expect.poll(() => count.textContent()).toMatch(/^2 of \d+$/);
    await input.press('Shift+Enter');
    await expect.poll(() => focusedCell(page)).toBe(`${DC} label`);

    // A value as the grid shows it, with thousands separators.
    const value = repositories(app.workbook.db).observations.findObservation(DC, '2025Q1')!.value;
    await input.fill(value.toLocaleString('en-US'));
    await expect.poll(() => count.textContent()).toMatch(/^\d+ match(es)?$/);
    await input.press('Enter');
    await expect.poll(() => focusedCell(page)).toBe(`${DC} 2025Q1`);
    await expect
      .poll(() => bar.getByTestId('find-hits').locator('[aria-current="true"]').textContent())
      .toContain('2025Q1');
    await saveScreenshot(page, 'data-find');

    await input.fill('no such text anywhere');
    await expect.poll(() => count.textContent()).toBe('No matches');
    await input.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => focusedCell(page)).toBe(`${DC} 2025Q1`);
    // The grid has the keyboard again: an arrow moves its focus.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedCell(page)).toBe(`${DC} 2025Q2`);
  });
});
