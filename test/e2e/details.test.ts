import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

/** What the tests read of the page's focused element (in the page; typed without the DOM). */
interface Page {
  readonly document: {
    readonly activeElement: {
      closest(selector: string): { textContent: string | null } | null;
      getAttribute(name: string): string | null;
    } | null;
  };
}

const DC = 'amd.revenue_data_center';
const SHARE = 'amd.x86_server_unit_share';

describe('Cell and series details (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('opens a cell with Shift+F2, keeps the cited source of a hand edit, and saves a typed source and note', async () => {
    const { page, workbook } = app;
    const cell = gridCell(page, DC, '2025Q1');
    const cited = repositories(workbook.db).observations.findObservation(DC, '2025Q1')!.source;

    // A hand edit over a cited figure says so, and the cell is marked as typed by hand.
    await typeIntoCell(page, cell, '3,700');
    await expect.poll(() => cell.textContent()).toBe('3,700');
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain(`It replaced a value cited to ${cited}`);
    await expect.poll(() => cell.getAttribute('class')).toContain('cell-hand-edited');
    await saveScreenshot(page, 'hand-edit-replaced-source');

    // Shift+F2 on the focused cell opens its details, with focus in the source field.
    await cell.click();
    await page.keyboard.press('Shift+F2');
    const panel = page.getByTestId('cell-details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('AMD Data Center revenue, 2025Q1');
    await expect.poll(() => panel.getByTestId('details-value').textContent()).toBe('3,700');
    const history = panel.getByTestId('details-history');
    await expect.poll(() => history.locator('li').count()).toBe(1);
    expect(await history.locator('li').first().textContent()).toContain('3,674');
    // The earlier value's source is a link the app opens in the system browser.
    expect(await history.locator(`a[href="${cited}"]`).count()).toBe(1);
    await expect
      .poll(() =>
        page.evaluate(
          () => (globalThis as unknown as Page).document.activeElement?.closest('label')?.textContent,
        ),
      )
      .toContain('Source');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('https://ir.amd.com/news-events/press-releases/q1-2025');
    await panel.getByLabel('Note').fill('Restated in the 10-Q');
    await panel.getByLabel('Qualifier').selectOption('approx');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Saved the details');
    await expect.poll(() => cell.textContent()).toBe('≈ 3,700');
    const saved = repositories(workbook.db).observations.findObservation(DC, '2025Q1');
    expect(saved).toMatchObject({
      value: 3700,
      qualifier: 'approx',
      source: 'https://ir.amd.com/news-events/press-releases/q1-2025',
      note: 'Restated in the 10-Q',
    });
    // The typed source replaced "user entry": both earlier states are listed, newest first.
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.locator('li').first().textContent()).toContain('user entry');
    await saveScreenshot(page, 'cell-details');

    // Escape closes the panel and gives the grid its focus back.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as Page).document.activeElement?.getAttribute('col-id')),
      )
      .toBe('2025Q1');
  });

  it("edits a series' range from its row and refuses a range, and a typed value, outside it", async () => {
    const { page, workbook } = app;
    const name = page.locator(`.ag-row[row-id="${SHARE}"] .ag-cell[col-id="label"]`);
    const panel = page.getByTestId('series-details');
    // A double-click on the series' name opens its details, as does Shift+F2 on it.
    await name.dblclick();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('AMD x86 server unit share');
    // Once loaded, the panel has the focus: the label field.
    await expect
      .poll(() =>
        page.evaluate(
          () => (globalThis as unknown as Page).document.activeElement?.closest('label')?.textContent,
        ),
      )
      .toContain('Label');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await page.keyboard.press('Shift+F2');
    await expect.poll(() => panel.getByTestId('details-range').textContent()).toBe('0 to 100');
    expect(await panel.textContent()).toContain('amd.x86_server_unit_share');

    // A range that values already in the series fall outside is refused, naming the first.
    await panel.getByLabel('Maximum').fill('20');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('the range 0 to 20 leaves out 23.3 in 2023Q3');
    expect(repositories(workbook.db).series.findSeries(SHARE)?.maxValue).toBe(100);
    await saveScreenshot(page, 'series-details-refused');

    await panel.getByLabel('Maximum').fill('60');
    await panel.getByLabel('Maximum').press('Enter');
    await expect.poll(() => panel.getByTestId('details-range').textContent()).toBe('0 to 60');
    expect(repositories(workbook.db).series.findSeries(SHARE)?.maxValue).toBe(60);

    // The grid now refuses a value above the new maximum, and writes nothing.
    const cell = gridCell(page, SHARE, '2026Q1');
    const before = await cell.textContent();
    await typeIntoCell(page, cell, '65');
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain("65 is outside the series' range (0 to 60)");
    expect(await cell.textContent()).toBe(before);
    await saveScreenshot(page, 'series-details');
  });

  it("opens a blank cell's details from the rail's button, and says there is nothing to describe yet", async () => {
    const { page } = app;
    await gridCell(page, DC, '2026Q3').click();
    await page.getByRole('button', { name: 'Details · Shift+F2' }).click();
    const panel = page.getByTestId('cell-details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('AMD Data Center revenue, 2026Q3');
    expect(await panel.getByTestId('details-value').textContent()).toBe('blank');
    expect(await panel.textContent()).toContain('The cell is blank.');
    expect(await panel.locator('form').count()).toBe(0);
    // The grid, narrowed by the panel, keeps the cell in view.
    await expect.poll(() => gridCell(page, DC, '2026Q3').isVisible()).toBe(true);
    const box = await gridCell(page, DC, '2026Q3').boundingBox();
    const panelBox = await panel.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(panelBox!.x);
    await saveScreenshot(page, 'cell-details-blank');
    // The panel has the focus though it has no field: Esc closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });
});
