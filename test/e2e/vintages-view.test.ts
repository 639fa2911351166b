import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freezeScenario } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { cellIn, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

describe('Vintages view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  const repos = () => repositories(app.workbook.db);
  const status = () => app.page.getByTestId('status').locator('.status-message').textContent();

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('freezes Base, compares the edited Base with it, scores nothing yet, copies it to a scenario and deletes it', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+5');
    await page.getByTestId('vintages-view').waitFor();
    expect(await page.getByTestId('no-vintages').textContent()).toContain('No vintages yet');

    // Freeze Base with a label, from the keyboard.
    await page.getByRole('button', { name: 'Freeze Base' }).click();
    await page.getByLabel('Label (optional)').fill('Base before the call');
    await page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^Froze Base as vintage \d+: Base before the call$/);
    const [vintage] = repos().vintages.listVintages();
    expect(vintage).toMatchObject({ scenario: 'Base', label: 'Base before the call' });
    const id = vintage!.id;
    const row = page.locator(`[data-testid="vintage-list"] tr[data-vintage="${id}"]`);
    expect(await row.textContent()).toContain(vintage!.jumpOff);

    // Open it read-only: its assumptions and years.
    await page.getByRole('button', { name: `Open: vintage ${id}` }).click();
    await page.getByTestId('vintage-details').waitFor();
    expect(await page.getByTestId('vintage-assumptions').textContent()).toContain('55%');
    expect(await page.getByTestId('vintage-years').locator('tbody tr').count()).toBe(vintage!.years.length);
    await saveScreenshot(page, 'vintages-view');

    // Edit Base in the Scenarios view: TAM growth 55% -> 50%.
    await page.keyboard.press('ControlOrMeta+2');
    const growth = cellIn(page, 'assumption-grid-market', 'tam.growth', 'scenario:Base');
    await growth.waitFor();
    await typeIntoCell(page, growth, '50');
    await expect.poll(status).toContain('Saved Base');
    expect(
      repos()
        .scenarios.listScenarios()
        .find((s) => s.name === 'Base')?.assumptions['tam.growth'],
    ).toBe(0.5);

    // Compare Base (now) with the vintage: the edited assumption is highlighted.
    await page.keyboard.press('ControlOrMeta+5');
    await page.getByRole('button', { name: `Compare with Base: vintage ${id}` }).click();
    const compareRow = (item: string) =>
      page.locator(`[data-testid="compare-grid"] .ag-row[row-id="${item}"]`);
    await compareRow('Assumption:tam.growth').first().waitFor();
    expect(await compareRow('Assumption:tam.growth').first().getAttribute('class')).toContain(
      'compare-changed',
    );
    expect(await compareRow('Assumption:tam.growthFade').first().getAttribute('class')).not.toContain(
      'compare-changed',
    );
    expect(
      await cellIn(page, 'compare-grid', 'Assumption:tam.growth', 'difference').first().textContent(),
    ).toBe('+5 pp');
    expect(await page.getByTestId('compare-a').inputValue()).toBe('scenario:Base');
    expect(await page.getByTestId('compare-b').inputValue()).toBe(`vintage:${id}`);
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'vintages-compare');

    // The backtest: nothing reported after the jump-off yet.
    const summary = page.getByTestId(`backtest-summary-${id}`);
    expect(await summary.textContent()).toContain('Nothing to score yet');
    await page.getByTestId('backtest-chart').locator('canvas').first().waitFor();
    await page.getByTestId('backtest').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'vintages-backtest');

    // Copy to a new scenario; a refused name stays in the form.
    await page.getByRole('button', { name: `Copy to scenario: vintage ${id}` }).click();
    const name = page.getByLabel('Name of the new scenario');
    await name.fill('Base');
    await page.keyboard.press('Enter');
    await page.getByTestId('vintage-form-copy').getByRole('alert').waitFor();
    await expect.poll(status).toContain(`Copy vintage ${id}:`);
    await name.fill('Base before the call');
    await page.keyboard.press('Enter');
    await expect
      .poll(status)
      .toBe(`Copied vintage ${id} to scenario Base before the call (probability 0% until you set one)`);
    const copy = repos()
      .scenarios.listScenarios()
      .find((s) => s.name === 'Base before the call');
    expect(copy?.assumptions['tam.growth']).toBe(0.55);

    // Delete it: the status bar says how to undo.
    await page.getByRole('button', { name: `Delete: vintage ${id}` }).click();
    await page.getByTestId('vintage-form-delete').waitFor();
    await page.keyboard.press('Enter');
    await expect
      .poll(status)
      .toBe(`Deleted vintage ${id} (Base before the call). Undo with Ctrl+Z in the Data view or iwb undo.`);
    expect(repos().vintages.listVintages()).toEqual([]);
    expect(await page.getByTestId('no-vintages').count()).toBe(1);
    await saveScreenshot(page, 'vintages-deleted');
  });

  it('freezes a scenario from the Scenarios view, next to Duplicate', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+2');
    await page.getByRole('button', { name: 'Freeze Bear' }).click();
    await page.getByLabel('Label (optional)').fill('Bear, Q3 call');
    await page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^Froze Bear as vintage \d+: Bear, Q3 call \(see Vintages, Ctrl\+5\)$/);
    expect(
      repos()
        .vintages.listVintages()
        .map((v) => v.label),
    ).toEqual(['Bear, Q3 call']);
    await page.keyboard.press('ControlOrMeta+5');
    await page.getByRole('button', { name: 'Compare with Bear: vintage 1' }).click();
    await page.getByTestId('compare-grid').locator('.ag-row').first().waitFor();
    expect(await page.getByTestId('compare-summary').textContent()).toBe('The two sides are the same.');
    await page.getByTestId('compare-only-changed').check();
    await expect.poll(() => page.getByTestId('compare-grid').locator('.ag-row').count()).toBe(0);
  });

  it('scores vintages that projected quarters reported since, with MAPE, rank and a chart', async () => {
    const { page } = app;
    // Two vintages as if frozen a year ago (jump-off 2025Q1): Base's path, 10% high and 20% low.
    const base = freezeScenario(app.workbook.db, 'Base', 'now', '2026-11-30T12:00:00.000Z');
    const yearAgo = (label: string, factor: number) => ({
      ...base,
      label,
      jumpOff: '2025Q1' as typeof base.jumpOff,
      quarters: base.quarters.map((q) =>
        q.period > '2025Q1' ? { ...q, isProjected: true, instinctRevenue: q.instinctRevenue * factor } : q,
      ),
    });
    const high = repos().vintages.insertVintage(yearAgo('A year ago, high', 1.1));
    const low = repos().vintages.insertVintage(yearAgo('A year ago, low', 0.8));
    await page.keyboard.press('ControlOrMeta+5');
    await page.getByTestId(`backtest-grid-${high}`).locator('.ag-row').first().waitFor();
    expect(await page.getByTestId(`backtest-summary-${high}`).textContent()).toMatch(
      /^4 quarters scored · Instinct MAPE 10\.0% · .* · rank 1 of 2$/,
    );
    expect(await page.getByTestId(`backtest-summary-${low}`).textContent()).toMatch(
      /^4 quarters scored · Instinct MAPE 20\.0% · .* · rank 2 of 2$/,
    );
    expect(await page.getByTestId(`backtest-summary-${base.id}`).textContent()).toContain(
      'Nothing to score yet',
    );
    expect(
      await cellIn(page, `backtest-grid-${high}`, 'instinctRevenue:2025Q2', 'percentError').textContent(),
    ).toBe('+10.0%');
    await page.getByTestId('backtest-chart').locator('canvas').first().waitFor();
    await page.getByTestId(`backtest-${high}`).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'vintages-backtest-scored');
    await page.getByTestId('backtest-chart').scrollIntoViewIfNeeded();
    // Two frames after the scroll, so the screenshot has the grid above the chart fully painted.
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await saveScreenshot(page, 'vintages-backtest-chart');
  });
});
