import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, pasteOnFocused, saveScreenshot, type AppHarness } from './app-harness';

// Rows of the default workbook in the grid's order (its series' display order).
const DC = 'amd.revenue_data_center';
const EST = 'amd.instinct_revenue_est';
const CLIENT = 'amd.revenue_client';
const GAMING = 'amd.revenue_gaming';
const EMBEDDED = 'amd.revenue_embedded';

/** The cell with the grid's focus, as "series period". */
async function focusedCell(page: Page): Promise<string> {
  const cell = page.locator('[data-testid="data-grid"] .ag-cell-focus');
  const row = await cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]').getAttribute('row-id');
  return `${row} ${await cell.getAttribute('col-id')}`;
}

/** The selected cells, as "series period", in the DOM's order. */
async function selectedCells(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="data-grid"] .sheet-selected')
    .evaluateAll((cells) =>
      cells.map((c) => `${c.closest('.ag-row')?.getAttribute('row-id')} ${c.getAttribute('col-id')}`).sort(),
    );
}

const summary = (page: Page) => page.getByTestId('selection-summary').textContent();
const status = (page: Page) => page.getByTestId('status').textContent();

describe('Data view as a spreadsheet (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  const value = (key: string, period: string) =>
    repositories(app.workbook.db).observations.findObservation(key, period)?.value ?? null;
  const steps = () => repositories(app.workbook.db).journal.countEntries();

  it('moves and selects with keys and the mouse, copies, pastes, fills, undoes, reloads and redoes', async () => {
    const { page } = app;
    await gridCell(page, DC, '2025Q1').click();
    expect(await focusedCell(page)).toBe(`${DC} 2025Q1`);

    // Keys as in Excel: arrows, Home/End on the row, Ctrl+arrows to the edge of the data.
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toBe(`${EST} 2025Q1`);
    await page.keyboard.press('ControlOrMeta+ArrowLeft');
    expect(await focusedCell(page)).toBe(`${EST} 2024`);
    await page.keyboard.press('End');
    expect(await focusedCell(page)).toBe(`${EST} 2026`);
    await page.keyboard.press('Home');
    expect(await focusedCell(page)).toMatch(new RegExp(`^${EST} \\d{4}Q1$`));
    await page.keyboard.press('ControlOrMeta+End');
    expect((await focusedCell(page)).split(' ')[1]).toBe('2026Q1');

    // Typing starts an edit and Escape cancels it; F2 edits, Enter saves and moves down, Ctrl+Z undoes.
    const dc = gridCell(page, DC, '2025Q1');
    await dc.click();
    const unedited = steps();
    await page.keyboard.type('9');
    await page.keyboard.press('Escape');
    await expect.poll(() => dc.textContent()).toBe('3,674');
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3.7B');
    await page.keyboard.press('Enter');
    await expect.poll(() => dc.textContent()).toBe('3,700');
    expect(await focusedCell(page)).toBe(`${EST} 2025Q1`);
    expect(steps()).toBe(unedited + 1);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => dc.textContent()).toBe('3,674');
    await expect.poll(() => status(page)).toContain(`Undid: ${DC} 2025Q1: 3674 → 3700`);

    // Shift+arrows: client and gaming, 2025Q1 and 2025Q2 (2,294, 2,499; 647, 1,122).
    await gridCell(page, CLIENT, '2025Q1').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await selectedCells(page)).toEqual(
      [`${CLIENT} 2025Q1`, `${CLIENT} 2025Q2`, `${GAMING} 2025Q1`, `${GAMING} 2025Q2`].sort(),
    );
    expect(await focusedCell(page)).toBe(`${CLIENT} 2025Q1`);
    await expect.poll(() => summary(page)).toBe('4 cells · Count 4 · Sum 6,562 · Average 1,640.5');
    await saveScreenshot(page, 'data-sheet-shift-selection');

    // Copy, and paste into the blank 2026Q2 and 2026Q3 of the same rows: one step.
    await page.keyboard.press('ControlOrMeta+c');
    await gridCell(page, CLIENT, '2026Q2').click();
    const before = steps();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => gridCell(page, GAMING, '2026Q3').textContent()).toBe('1,122');
    expect([value(CLIENT, '2026Q2'), value(CLIENT, '2026Q3'), value(GAMING, '2026Q2')]).toEqual([
      2294, 2499, 647,
    ]);
    expect(steps()).toBe(before + 1);
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'observations.set',
      action: 'paste',
    });
    await expect.poll(() => status(page)).toContain('Pasted 4 cells');

    // A mouse drag over Data Center 2025Q1 to 2025Q3 (3,674, 3,240, 4,340).
    const from = await gridCell(page, DC, '2025Q1').boundingBox();
    const to = await gridCell(page, DC, '2025Q3').boundingBox();
    await page.mouse.move(from!.x + 10, from!.y + 10);
    await page.mouse.down();
    await page.mouse.move(to!.x + 10, to!.y + 10, { steps: 8 });
    await page.mouse.up();
    expect(await selectedCells(page)).toEqual([`${DC} 2025Q1`, `${DC} 2025Q2`, `${DC} 2025Q3`]);
    await expect.poll(() => summary(page)).toBe('3 cells · Count 3 · Sum 11,254 · Average 3,751.33');
    await saveScreenshot(page, 'data-sheet-drag-selection');

    // Ctrl+D from client 2026Q2 down over gaming and embedded: one step.
    await gridCell(page, CLIENT, '2026Q2').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('ControlOrMeta+d');
    await expect.poll(() => gridCell(page, EMBEDDED, '2026Q2').textContent()).toBe('2,294');
    expect(value(GAMING, '2026Q2')).toBe(2294);
    await expect.poll(() => status(page)).toContain('Filled 2 cells');
    // The status bar's figures follow the cells' new values.
    await expect.poll(() => summary(page)).toBe('3 cells · Count 3 · Sum 6,882 · Average 2,294');
    await saveScreenshot(page, 'data-sheet-filled');

    // Ctrl+Z takes the fill back, whole; the status bar says what was undone.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => gridCell(page, EMBEDDED, '2026Q2').textContent()).toBe('');
    expect(await gridCell(page, GAMING, '2026Q2').textContent()).toBe('647');
    await expect
      .poll(() => status(page))
      .toContain(`Undid: filled 2 cells: ${GAMING} 2026Q2: 647 → 2294 and 1 more`);
    await saveScreenshot(page, 'data-sheet-undone');

    // The journal lasts: after a reload, Ctrl+Y does the fill again.
    await page.reload();
    await gridCell(page, DC, '2025Q1').click();
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => gridCell(page, EMBEDDED, '2026Q2').textContent()).toBe('2,294');
    expect(value(EMBEDDED, '2026Q2')).toBe(2294);
    await expect.poll(() => status(page)).toContain('Redid: filled 2 cells');
  });

  it('pastes blocks as Excel and Google Sheets write them, refuses a bad one whole, clears, cuts and undoes', async () => {
    const { page } = app;
    await gridCell(page, DC, '2025Q1').click();

    // Excel's text: a scale word, a currency, CRLF rows and a quoted cell.
    await pasteOnFocused(page, '1,800\t2.1B\r\n"$2,300"\t2,350\r\n');
    await expect.poll(() => gridCell(page, DC, '2025Q2').textContent()).toBe('2,100');
    expect([value(DC, '2025Q1'), value(DC, '2025Q2'), value(EST, '2025Q1'), value(EST, '2025Q2')]).toEqual([
      1800, 2100, 2300, 2350,
    ]);

    // A block with a bad cell is refused whole, naming it; nothing is written.
    const before = steps();
    await gridCell(page, GAMING, '2026Q1').click();
    await pasteOnFocused(page, '900\t950\r\n1,000\tlots\r\n');
    await expect
      .poll(() => status(page))
      .toContain('AMD Embedded revenue, 2026Q2: "lots" is not a number; nothing was pasted.');
    await saveScreenshot(page, 'data-sheet-refused-paste');
    // One past the last column is refused as well.
    await gridCell(page, GAMING, '2026').click();
    await pasteOnFocused(page, '1\t2\r\n');
    await expect
      .poll(() => status(page))
      .toContain('runs 1 column past the last column; nothing was pasted.');
    expect(value(GAMING, '2026Q1')).toBeNull();
    expect(steps()).toBe(before);

    // Google Sheets' HTML table (its text/plain flattens the line break the table keeps).
    await gridCell(page, GAMING, '2026Q1').click();
    await pasteOnFocused(
      page,
      '900 950',
      '<meta charset="utf-8"><google-sheets-html-origin><table><tbody><tr>' +
        '<td data-sheets-value="900">900</td><td>$950</td></tr></tbody></table>',
    );
    await expect.poll(() => gridCell(page, GAMING, '2026Q2').textContent()).toBe('950');
    expect(value(GAMING, '2026Q1')).toBe(900);

    // Delete clears the range as one step; undo brings both back.
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await expect.poll(() => gridCell(page, GAMING, '2026Q1').textContent()).toBe('');
    expect(value(GAMING, '2026Q2')).toBeNull();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => gridCell(page, GAMING, '2026Q2').textContent()).toBe('950');

    // A row by its name, a column by its header: the status bar sums them.
    await gridCell(page, DC, 'label').click();
    await expect.poll(() => summary(page)).toMatch(/^\d+ cells · Count 21 · Sum /);
    await page.locator('[data-testid="data-grid"] .ag-header-cell[col-id="2025Q1"]').click();
    await expect.poll(() => summary(page)).toMatch(/^24 cells · Count \d+ · Sum /);
    await saveScreenshot(page, 'data-sheet-column');

    // An undo over a cell changed since (here, outside the app) is refused with the reason.
    app.workbook.db
      .prepare("UPDATE observations SET value = 1 WHERE period = '2026Q2' AND value = 950")
      .run();
    await gridCell(page, DC, '2025Q1').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => status(page)).toContain(`Cannot undo: ${GAMING} 2026Q2 was changed since`);

    // Ctrl+X copies and clears as one step; Ctrl+V puts the block elsewhere.
    await page.reload();
    await gridCell(page, GAMING, '2026Q1').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ControlOrMeta+x');
    await expect.poll(() => gridCell(page, GAMING, '2026Q1').textContent()).toBe('');
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({ action: 'cut' });
    await gridCell(page, EMBEDDED, '2026Q1').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => gridCell(page, EMBEDDED, '2026Q1').textContent()).toBe('900');
    expect([value(EMBEDDED, '2026Q2'), value(GAMING, '2026Q2')]).toEqual([1, null]);
  });
});
