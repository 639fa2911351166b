import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, type AppHarness } from './app-harness';
import { fillLargeWorkbook, largeValue, quarterName } from './large-workbook';

const SERIES = 400;
const QUARTERS = 500;
const LAST_QUARTER = quarterName(QUARTERS - 1);

/** The cell with the grid's focus, as "series period". */
async function focusedCell(page: Page): Promise<string> {
  const cell = page.locator('[data-testid="data-grid"] .ag-cell-focus');
  const row = await cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id');
  return `${row} ${await cell.getAttribute('col-id')}`;
}

const status = (page: Page) => page.getByTestId('status').textContent();
const summary = (page: Page) => page.getByTestId('selection-summary').textContent();

const formatted = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

describe('Data view of a large workbook (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens 200,000 values, reaches the first and last rows and columns, sums and copies a column read from the workbook, and edits', async () => {
    let keys: string[] = [];
    app = await launchApp({
      prepare: async (workbook, dir) => {
        keys = await fillLargeWorkbook(workbook, dir, SERIES, QUARTERS);
      },
    });
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const [first, last] = [keys[0]!, keys.at(-1)!];

    // It opens on the latest quarters: the first large series' last value is in view.
    await expect
      .poll(() => gridCell(page, first, LAST_QUARTER).textContent(), { timeout: 10_000 })
      .toBe(formatted(largeValue(0, QUARTERS - 1)));

    // Ctrl+End: the real last cell (the last series, the last quarter), read when it comes into view.
    await gridCell(page, first, LAST_QUARTER).click();
    await page.keyboard.press('ControlOrMeta+End');
    expect(await focusedCell(page)).toBe(`${last} ${LAST_QUARTER}`);
    await expect
      .poll(() => gridCell(page, last, LAST_QUARTER).textContent(), { timeout: 10_000 })
      .toBe(formatted(largeValue(SERIES - 1, QUARTERS - 1)));

    // Ctrl+Home, then Ctrl+Down twice: the column's values are read on the way, so the moves stop
    // at the first large series (the default series have nothing in 1950) and the last.
    await page.keyboard.press('ControlOrMeta+Home');
    expect(await focusedCell(page)).toMatch(/ 1950Q1$/);
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    await expect.poll(() => focusedCell(page), { timeout: 10_000 }).toBe(`${first} 1950Q1`);
    expect(await gridCell(page, first, '1950Q1').textContent()).toBe(formatted(largeValue(0, 0)));
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    await expect.poll(() => focusedCell(page), { timeout: 10_000 }).toBe(`${last} 1950Q1`);
    expect(await gridCell(page, last, '1950Q1').textContent()).toBe(formatted(largeValue(SERIES - 1, 0)));

    // A whole column by its header, scrolled to the bottom: its top rows were never shown, yet the
    // sum is of every row, and a copy holds every row, read from the workbook.
    const column = '1951Q3';
    const q = 6;
    expect(quarterName(q)).toBe(column);
    await page.locator(`[data-testid="data-grid"] .ag-header-cell[col-id="${column}"]`).click();
    await page.keyboard.press('ControlOrMeta+c');
    let sum = 0;
    for (let s = 0; s < SERIES; s++) sum += largeValue(s, q);
    await expect
      .poll(() => summary(page), { timeout: 15_000 })
      .toMatch(new RegExp(`^${keys.length + 24} cells · Count ${SERIES} · Sum `));
    const [, shownSum] = /Sum ([\d,.]+)/.exec((await summary(page)) ?? '') ?? [];
    expect(Number(shownSum?.replaceAll(',', ''))).toBeCloseTo(sum, 0);
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'), { timeout: 15_000 })
      .toContain(`\r\n${largeValue(SERIES - 1, q)}\r\n`);
    const copied = (await page.evaluate<string>('navigator.clipboard.readText()')).split('\r\n');
    expect(copied.slice(24, 24 + SERIES).map(Number)).toEqual(
      Array.from({ length: SERIES }, (_, s) => largeValue(s, q)),
    );

    // An edit in the last row: saved, shown, in the workbook.
    await page.keyboard.press('ControlOrMeta+End');
    const cell = gridCell(page, last, LAST_QUARTER);
    // By keys: the last row sits under the horizontal scroll bar.
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1,234.5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toBe('1,234.5');
    expect(repositories(app.workbook.db).observations.findObservation(last, LAST_QUARTER)?.value).toBe(
      1234.5,
    );
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain('Saved');
    await saveScreenshot(page, 'large-workbook');
  }, 120_000);

  it('shows a load that fails in the view and the status bar, and loads again when asked', async () => {
    app = await launchApp();
    const { page, workbook } = app;
    // Reading values asks the journal which cells are hand edits; without it, only that read fails.
    workbook.db.exec('ALTER TABLE journal RENAME TO journal_away');
    await page.reload();
    const error = page.getByTestId('data-load-error');
    await expect.poll(() => error.textContent()).toMatch(/^Cannot load the values of \d{4}–\d{4}: /);
    expect(await error.textContent()).toContain('no such table: journal');
    await expect.poll(() => status(page)).toMatch(/^Cannot load the values of \d{4}–\d{4}: /);
    // The series are there; their values are not known, and do not show as blanks.
    expect(await gridCell(page, 'amd.revenue_data_center', '2025Q1').textContent()).toBe('…');
    await saveScreenshot(page, 'large-workbook-load-error');

    workbook.db.exec('ALTER TABLE journal_away RENAME TO journal');
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => gridCell(page, 'amd.revenue_data_center', '2025Q1').textContent()).toBe('3,674');
    expect(await error.count()).toBe(0);
  }, 60_000);
});
