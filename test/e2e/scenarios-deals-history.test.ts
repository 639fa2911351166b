import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { cellIn, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

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
