import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import {
  cellIn,
  launchApp,
  pasteOnFocused,
  saveScreenshot,
  typeIntoCell,
  type AppHarness,
} from './app-harness';

/** What Excel puts on the clipboard for a block: the text and an HTML table, pasted on the focused cell. */
async function pasteFromExcel(page: Page, rows: readonly (readonly string[])[]): Promise<void> {
  const text = rows.map((row) => `${row.join('\t')}\r\n`).join('');
  const html = `<table>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  await pasteOnFocused(page, text, html);
}

describe('Scenarios view: deals and history settings (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  const scenario = (name: string) =>
    repositories(app.workbook.db)
      .scenarios.listScenarios()
      .find((s) => s.name === name);
  const status = () => app.page.getByTestId('status').textContent();

  beforeEach(async () => {
    app = await launchApp();
    await app.page.keyboard.press('ControlOrMeta+2');
    await app.page.locator('[data-testid="deals-grid-Bear"] .ag-row').first().waitFor();
    await app.page.locator('[data-testid="history-grid"] .ag-row').first().waitFor();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('adds, edits and deletes a scenario’s deals, refusing bad terms', async () => {
    const { page } = app;
    const deals = page.getByTestId('deals-grid-Bear');
    await deals.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Add a deal to Bear' }).click();
    await expect.poll(() => scenario('Bear')?.deals.length).toBe(3);
    expect(scenario('Bear')?.deals[2]).toMatchObject({
      name: 'New deal',
      startQuarter: '2026Q2',
      gigawatts: 1,
    });
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.deals',
    });

    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'name'), 'Microsoft');
    await expect.poll(() => scenario('Bear')?.deals[2]?.name).toBe('Microsoft');
    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'gigawatts'), '2.5');
    await expect.poll(() => scenario('Bear')?.deals[2]?.gigawatts).toBe(2.5);
    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'amdContentShare'), '20');
    await expect.poll(() => scenario('Bear')?.deals[2]?.amdContentShare).toBe(0.2);
    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'startQuarter'), '2027q3');
    await expect.poll(() => scenario('Bear')?.deals[2]?.startQuarter).toBe('2027Q3');
    // 2.5 GW × 50 B$ per GW × 20%.
    await expect.poll(() => cellIn(page, 'deals-grid-Bear', '2', 'value').textContent()).toBe('25,000 USD M');

    const before = scenario('Bear')?.deals;
    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'rampYears'), '1.1');
    await expect
      .poll(status)
      .toContain(
        'Bear, deal “Microsoft”, ramp years: ramp years go in quarters of a year (0.25 steps); nothing was saved.',
      );
    await typeIntoCell(page, cellIn(page, 'deals-grid-Bear', '2', 'startQuarter'), 'soon');
    await expect.poll(status).toContain('Bear, deal “Microsoft”, start quarter: "soon" is not a quarter');
    expect(scenario('Bear')?.deals).toEqual(before);
    await saveScreenshot(page, 'scenarios-deals');

    await page.getByRole('button', { name: 'Delete deal Microsoft' }).click();
    await expect.poll(() => scenario('Bear')?.deals.map((d) => d.name)).toEqual(['OpenAI', 'Meta']);
    await expect.poll(status).toContain('Deleted “Microsoft” from Bear');
  });

  it('works the deals as a spreadsheet: copy, paste and fill as one step each, refusals, undo', async () => {
    const { page } = app;
    const steps = () => repositories(app.workbook.db).journal.countEntries();
    const deal = (grid: string, row: number, field: string) =>
      cellIn(page, `deals-grid-${grid}`, String(row), field);
    await page.getByTestId('deals-grid-Bear').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Add a deal to Bear' }).click();
    await expect.poll(() => scenario('Bear')?.deals.length).toBe(3);
    const openAi = scenario('Bear')!.deals[0]!;
    const start = steps();

    // A 2 × 2 block from Excel over Meta's and the new deal's GW and start: one step.
    await deal('Bear', 1, 'gigawatts').click();
    await pasteFromExcel(page, [
      ['3.5', '2028Q2'],
      ['2.5', '2028 q3'],
    ]);
    await expect.poll(() => scenario('Bear')?.deals[2]?.startQuarter).toBe('2028Q3');
    expect(scenario('Bear')?.deals.map((d) => [d.name, d.gigawatts, d.startQuarter])).toEqual([
      ['OpenAI', openAi.gigawatts, openAi.startQuarter],
      ['Meta', 3.5, '2028Q2'],
      ['New deal', 2.5, '2028Q3'],
    ]);
    expect(steps()).toBe(start + 1);
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.deals',
    });
    await expect.poll(status).toContain('Pasted 4 values in Bear’s deals.');

    // Shift+arrows select the same block; Ctrl+C puts it on the clipboard as Excel reads it.
    await deal('Bear', 1, 'gigawatts').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('ControlOrMeta+c');
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toBe('3.5\t2028Q2\r\n2.5\t2028Q3\r\n');
    // Pasted into Base's deals with Ctrl+V: its OpenAI and Meta take those terms, one step.
    await deal('Base', 0, 'gigawatts').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => scenario('Base')?.deals[1]?.startQuarter).toBe('2028Q3');
    expect(scenario('Base')?.deals.map((d) => [d.gigawatts, d.startQuarter])).toEqual([
      [3.5, '2028Q2'],
      [2.5, '2028Q3'],
    ]);
    expect(steps()).toBe(start + 2);

    // A block with a bad value is refused whole, naming the first bad cell; one past the last deal too.
    const pasted = scenario('Bear')?.deals;
    await deal('Bear', 0, 'gigawatts').click();
    await pasteFromExcel(page, [
      ['4', '2026Q4'],
      ['5', 'soon'],
    ]);
    await expect
      .poll(status)
      .toContain(
        'Bear, deal “Meta”, start quarter: "soon" is not a quarter (type 2026Q3); nothing was saved.',
      );
    await deal('Bear', 2, 'name').click();
    await pasteFromExcel(page, [['xAI'], ['Anthropic']]);
    await expect
      .poll(status)
      .toContain(
        'Bear, deal “New deal”, name: the 2 × 1 block pasted here runs 1 row below the last row; nothing was pasted.',
      );
    // Delete on a required term refuses, naming it.
    await deal('Bear', 1, 'rampYears').click();
    await page.keyboard.press('Delete');
    await expect
      .poll(status)
      .toContain(
        'Bear, deal “Meta”, ramp years: cannot be blank (every term of a deal but its source is required); nothing was saved.',
      );
    expect(scenario('Bear')?.deals).toEqual(pasted);
    expect(steps()).toBe(start + 2);

    // Fill down (Ctrl+D) OpenAI's GW and start over the two deals below: one step of four cells.
    await deal('Bear', 0, 'gigawatts').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await saveScreenshot(page, 'scenarios-deals-sheet-selection');
    await page.keyboard.press('ControlOrMeta+d');
    await expect
      .poll(() => scenario('Bear')?.deals.map((d) => [d.gigawatts, d.startQuarter]))
      .toEqual(Array(3).fill([openAi.gigawatts, openAi.startQuarter]));
    await expect.poll(status).toContain('Filled 4 values in Bear’s deals.');
    expect(steps()).toBe(start + 3);
    await expect.poll(() => deal('Bear', 2, 'startQuarter').textContent()).toBe(openAi.startQuarter);

    // Ctrl+Z takes the whole fill back in one step; the grid shows the deals as pasted.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => scenario('Bear')?.deals).toEqual(pasted);
    await expect.poll(() => deal('Bear', 2, 'startQuarter').textContent()).toBe('2028Q3');
    await expect.poll(status).toMatch(/^Undid: Bear: deals /);
    expect(scenario('Base')?.deals[0]?.gigawatts).toBe(3.5);

    // The context menu is the sheet's; Clear contents blanks a source (it may be blank).
    await deal('Bear', 0, 'source').click({ button: 'right' });
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'CutCtrl+X',
      'CopyCtrl+C',
      'PasteCtrl+V',
      'Clear contentsDelete',
      'Fill downCtrl+D',
      'Fill rightCtrl+R',
    ]);
    await saveScreenshot(page, 'scenarios-deals-sheet-menu');
    await menu.getByRole('menuitem', { name: /^Clear contents/ }).click();
    await expect.poll(() => scenario('Bear')?.deals[0]?.source).toBeUndefined();
    await expect.poll(status).toContain('Cleared 1 value in Bear’s deals.');

    // A mouse drag selects too: Base's ramp years and B$ per GW of both deals; Ctrl+R fills right.
    const from = await deal('Base', 0, 'rampYears').boundingBox();
    const to = await deal('Base', 1, 'usdBillionsPerGw').boundingBox();
    await page.mouse.move(from!.x + 10, from!.y + 10);
    await page.mouse.down();
    await page.mouse.move(to!.x + 10, to!.y + 10, { steps: 8 });
    await page.mouse.up();
    const selected = page.locator('[data-testid="deals-grid-Base"] .sheet-selected');
    await expect.poll(() => selected.count()).toBe(4);
    await page.keyboard.press('ControlOrMeta+r');
    const ramps = scenario('Base')!.deals.map((d) => d.rampYears);
    await expect.poll(() => scenario('Base')?.deals.map((d) => d.usdBillionsPerGw)).toEqual(ramps);
    await page.getByTestId('deals-grid-Bear').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scenarios-deals-sheet');
  });

  it('edits a history setting for every scenario and restores its default', async () => {
    const { page } = app;
    const cell = cellIn(page, 'history-grid', 'history.otherShare', 'value');
    await cell.scrollIntoViewIfNeeded();
    expect(await cell.textContent()).toBe('3%');
    await typeIntoCell(page, cell, '5');
    await expect
      .poll(() => loadProjectionData(app.workbook.db).historyAssumptions['history.otherShare'])
      .toBe(0.05);
    await expect.poll(() => cell.textContent()).toBe('5%');
    await expect.poll(status).toContain('for every scenario: 5%');
    await page.getByTestId('history-grid').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scenarios-history-settings');

    await typeIntoCell(page, cell, '150');
    await expect.poll(status).toContain('must be between 0% and 99%, got 150%; nothing was saved.');

    await cell.click();
    await page.keyboard.press('Delete');
    await expect
      .poll(() => loadProjectionData(app.workbook.db).historyAssumptions['history.otherShare'])
      .toBeUndefined();
    await expect.poll(status).toContain('default restored (3%)');
  });
});
