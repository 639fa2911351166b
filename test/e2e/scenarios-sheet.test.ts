import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { ASSUMPTION_META, type AssumptionKey } from '../../projection/assumptions';
import { cellIn, launchApp, pasteOnFocused, saveScreenshot, type AppHarness } from './app-harness';

const CEILING: AssumptionKey = 'amd.inference.shareCeiling';
const FLOOR: AssumptionKey = 'amd.inference.shareFloor';

describe('Scenarios grids as a spreadsheet (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  const scenario = (name: string) =>
    repositories(app.workbook.db)
      .scenarios.listScenarios()
      .find((s) => s.name === name)!;
  const steps = () => repositories(app.workbook.db).journal.countEntries();
  const status = () => app.page.getByTestId('status').textContent();
  const cell = (key: AssumptionKey, name: string) =>
    cellIn(app.page, `assumption-grid-${ASSUMPTION_META[key].group}`, key, `scenario:${name}`);

  beforeEach(async () => {
    app = await launchApp();
    await app.page.keyboard.press('ControlOrMeta+2');
    await app.page.locator('[data-testid="assumption-grid-amd"] .ag-row').first().waitFor();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('pastes a block from Excel, fills right, clears, and undoes each as one step', async () => {
    const { page } = app;
    const original = {
      bull: scenario('Bull').assumptions,
      base: scenario('Base').assumptions,
      bear: scenario('Bear').assumptions,
    };

    // A 2 x 2 block from Excel into the floor and ceiling of Bull and Base.
    await cell(FLOOR, 'Bull').click();
    const before = steps();
    await pasteOnFocused(page, '6%\t5%\r\n45%\t35%\r\n');
    await expect.poll(() => cell(CEILING, 'Base').textContent()).toBe('35%');
    expect(steps()).toBe(before + 1);
    expect([scenario('Bull').assumptions[FLOOR], scenario('Base').assumptions[FLOOR]]).toEqual([0.06, 0.05]);
    expect([scenario('Bull').assumptions[CEILING], scenario('Base').assumptions[CEILING]]).toEqual([
      0.45, 0.35,
    ]);
    await expect.poll(status).toContain('Pasted 4 values.');

    // A value outside its range refuses the whole block, naming the cell.
    await pasteOnFocused(page, '7%\t150%\r\n');
    await expect
      .poll(status)
      .toContain(
        "Base, AMD's inference share: ramp floor: must be between 0% and 100%, got 150%; nothing was saved.",
      );
    expect(scenario('Bull').assumptions[FLOOR]).toBe(0.06);
    expect(steps()).toBe(before + 1);

    // Fill right (Ctrl+R) across the ceiling row: Base and Bear take Bull's 45%.
    await cell(CEILING, 'Bull').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await saveScreenshot(page, 'scenarios-sheet-selection');
    await page.keyboard.press('ControlOrMeta+r');
    await expect.poll(() => cell(CEILING, 'Bear').textContent()).toBe('45%');
    expect(scenario('Base').assumptions[CEILING]).toBe(0.45);
    expect(steps()).toBe(before + 2);

    // Undo the fill, then the paste: every value is back.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => cell(CEILING, 'Bear').textContent()).not.toBe('45%');
    expect(scenario('Bear').assumptions).toEqual(original.bear);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => scenario('Bull').assumptions).toEqual(original.bull);
    expect(scenario('Base').assumptions).toEqual(original.base);
    await expect.poll(status).toMatch(/^Undid: pasted 4 assumption values in Bull, Base/);

    // Redo brings the paste back.
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => cell(CEILING, 'Base').textContent()).toBe('35%');
  });

  it('copies a growth override to another scenario and clears it with Delete', async () => {
    const { page } = app;
    const rowId = await page.locator('[data-testid="override-grid"] .ag-row').first().getAttribute('row-id');
    const growth = (name: string) => cellIn(page, 'override-grid', rowId!, `scenario:${name}`);
    await growth('Bull').click();
    await pasteOnFocused(page, '48%');
    await expect.poll(() => growth('Bull').textContent()).toBe('48%');
    await page.keyboard.press('ControlOrMeta+c');
    await growth('Bear').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => growth('Bear').textContent()).toBe('48%');
    expect(scenario('Bear').growthOverrides[Number(rowId)]).toBe(0.48);
    await page.keyboard.press('Delete');
    await expect.poll(() => scenario('Bear').growthOverrides[Number(rowId)]).toBeUndefined();
    await expect.poll(() => growth('Bear').textContent()).not.toBe('48%');
  });

  it('has the context menu of the Data grid: copy, paste, fill and clear by mouse and keyboard, no cell details', async () => {
    const { page } = app;
    const menu = page.getByRole('menu');
    const item = (name: RegExp) => menu.getByRole('menuitem', { name });
    const before = steps();
    const bullCeiling = scenario('Bull').assumptions[CEILING];
    expect(scenario('Bear').assumptions[CEILING]).not.toBe(bullCeiling);

    // Right click on Bull's ceiling: the cell is selected and the menu opens at the pointer.
    await cell(CEILING, 'Bull').click({ button: 'right' });
    await expect.poll(() => menu.count()).toBe(1);
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'CutCtrl+X',
      'CopyCtrl+C',
      'PasteCtrl+V',
      'Clear contentsDelete',
      'Fill downCtrl+D',
      'Fill rightCtrl+R',
    ]);
    await saveScreenshot(page, 'scenarios-context-menu');
    await item(/^Copy/).click();
    await expect.poll(() => menu.count()).toBe(0);

    // Paste it into Bear's ceiling from the menu, through the system clipboard: one step.
    await cell(CEILING, 'Bear').click({ button: 'right' });
    await item(/^Paste/).click();
    await expect.poll(() => scenario('Bear').assumptions[CEILING]).toBe(bullCeiling);
    expect(steps()).toBe(before + 1);

    // Shift+F10 on the focused cell; a letter moves to Clear contents, Enter clears (default restored).
    await cell(CEILING, 'Bear').click();
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menu.count()).toBe(1);
    await page.keyboard.press('c');
    await page.keyboard.press('c');
    await expect.poll(() => menu.locator('.active').textContent()).toContain('Clear contents');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenario('Bear').assumptions[CEILING]).toBeUndefined();
    expect(steps()).toBe(before + 2);

    // Fill down from the menu over floor and ceiling of Base: the ceiling takes the floor.
    await cell(FLOOR, 'Base').click();
    await page.keyboard.press('Shift+ArrowDown');
    await cell(CEILING, 'Base').click({ button: 'right' });
    await item(/^Fill down/).click();
    await expect.poll(() => scenario('Base').assumptions[CEILING]).toBe(scenario('Base').assumptions[FLOOR]);

    // Escape closes it and the grid has the keyboard again; in the growth grid, the menu key opens it too.
    await page.keyboard.press('Shift+F10');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    const rowId = await page.locator('[data-testid="override-grid"] .ag-row').first().getAttribute('row-id');
    await cellIn(page, 'override-grid', rowId!, 'scenario:Base').click();
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => menu.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
  });
});
