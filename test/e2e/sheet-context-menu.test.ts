import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';

const DC = 'amd.revenue_data_center';
const EST = 'amd.instinct_revenue_est';

const menu = (page: Page) => page.getByRole('menu');
const item = (page: Page, name: string | RegExp) => menu(page).getByRole('menuitem', { name });

describe('Context menu on the Data grid (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  const value = (key: string, period: string) =>
    repositories(app.workbook.db).observations.findObservation(key, period)?.value ?? null;
  const steps = () => repositories(app.workbook.db).journal.countEntries();

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('copies and pastes through the system clipboard, clears and fills, by mouse and keyboard', async () => {
    const { page } = app;
    // Right click on a cell: it is selected, and the menu opens at the pointer.
    await gridCell(page, DC, '2025Q1').click({ button: 'right' });
    await expect.poll(() => menu(page).count()).toBe(1);
    await saveScreenshot(page, 'data-context-menu');
    // Copy and Paste from the menu go through main's clipboard (the browser's here).
    await item(page, /^Copy/).click();
    await expect.poll(() => menu(page).count()).toBe(0);

    // Paste into a blank cell of the estimates row, from the menu: one step.
    const before = steps();
    await gridCell(page, EST, '2026Q3').click({ button: 'right' });
    await item(page, /^Paste/).click();
    await expect.poll(() => value(EST, '2026Q3')).toBe(value(DC, '2025Q1'));
    expect(steps()).toBe(before + 1);
    // Shift+F10 opens it on the focused cell; arrows and Enter choose Clear contents.
    await gridCell(page, EST, '2026Q3').click();
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menu(page).count()).toBe(1);
    // Cut is active; a letter goes to the next item it starts (Copy, then Clear contents).
    await page.keyboard.press('c');
    await page.keyboard.press('c');
    await expect.poll(() => menu(page).locator('.active').textContent()).toContain('Clear contents');
    await page.keyboard.press('Enter');
    await expect.poll(() => value(EST, '2026Q3')).toBeNull();
    // Escape closes it and the grid has the keyboard again.
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu(page).count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid="data-grid"] .ag-cell-focus').getAttribute('col-id'))
      .toBe('2026Q4');
    // Fill right from the menu over a selection: 2026Q1 of Data Center into 2026Q2.
    await gridCell(page, DC, '2026Q1').click();
    await page.keyboard.press('Shift+ArrowRight');
    await gridCell(page, DC, '2026Q2').click({ button: 'right' });
    await item(page, /^Fill right/).click();
    await expect.poll(() => value(DC, '2026Q2')).toBe(value(DC, '2026Q1'));

    // The owner's command: cell details.
    await gridCell(page, DC, '2025Q1').click({ button: 'right' });
    await item(page, /^Cell details/).click();
    await expect.poll(() => page.getByTestId('cell-details').count()).toBe(1);
  });
});
