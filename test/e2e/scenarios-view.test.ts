import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { cellIn, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

const assumptionCell = (app: AppHarness, key: string, scenario: string) =>
  cellIn(app.page, 'assumption-grid', key, `scenario:${scenario}`);

describe('Scenarios view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  const scenarios = () => repositories(app.workbook.db).scenarios.listScenarios();
  const scenario = (name: string) => scenarios().find((s) => s.name === name);
  const journalSize = () => repositories(app.workbook.db).journal.countEntries();
  const status = () => app.page.getByTestId('status').textContent();

  beforeEach(async () => {
    app = await launchApp();
    await app.page.keyboard.press('ControlOrMeta+2');
    await app.page.locator('[data-testid="assumption-grid"] .ag-row').first().waitFor();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows a row per assumption and a column per scenario, in their units', async () => {
    const { page } = app;
    expect(await page.locator('[data-testid="assumption-grid"] .ag-cell[col-id="label"]').count()).toBe(17);
    expect(await assumptionCell(app, 'amd.shareCeiling', 'Bull').textContent()).toBe('32%');
    expect(await assumptionCell(app, 'amd.rampMidpoint', 'Bull').textContent()).toBe('2027Q1');
    expect(await assumptionCell(app, 'tam.base', 'Bear').textContent()).toBe('45,000');
    expect(await cellIn(page, 'assumption-grid', 'amd.shareCeiling', 'unit').textContent()).toBe('%');
    expect(await cellIn(page, 'assumption-grid', 'amd.shareCeiling', 'range').textContent()).toBe(
      '0% to 100%',
    );
    expect(await cellIn(page, 'override-grid', '2026', 'scenario:Base').textContent()).toBe('43.4%');
    expect(await page.getByTestId('probability-total').textContent()).toBe('100%');
    await saveScreenshot(page, 'scenarios-view');
  });

  it('saves fractions typed as 30 or 12.5%, and quarters typed as 2027Q4 or 2027.25', async () => {
    const { page } = app;
    await typeIntoCell(page, assumptionCell(app, 'amd.shareCeiling', 'Base'), '30');
    await expect.poll(() => assumptionCell(app, 'amd.shareCeiling', 'Base').textContent()).toBe('30%');
    expect(scenario('Base')?.assumptions['amd.shareCeiling']).toBe(0.3);
    expect(await status()).toContain("Saved Base, AMD's merchant share ceiling: 30%");
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.assumption',
      scenario: 'Base',
      key: 'amd.shareCeiling',
    });

    await typeIntoCell(page, assumptionCell(app, 'amd.shareCeiling', 'Bear'), '12.5%');
    await expect.poll(() => assumptionCell(app, 'amd.shareCeiling', 'Bear').textContent()).toBe('12.5%');
    expect(scenario('Bear')?.assumptions['amd.shareCeiling']).toBe(0.125);

    await typeIntoCell(page, assumptionCell(app, 'amd.rampMidpoint', 'Base'), '2027Q4');
    await expect.poll(() => assumptionCell(app, 'amd.rampMidpoint', 'Base').textContent()).toBe('2027Q4');
    expect(scenario('Base')?.assumptions['amd.rampMidpoint']).toBe(2027.75);

    await typeIntoCell(page, assumptionCell(app, 'amd.rampMidpoint', 'Bull'), '2027.25');
    await expect.poll(() => assumptionCell(app, 'amd.rampMidpoint', 'Bull').textContent()).toBe('2027Q2');
    expect(scenario('Bull')?.assumptions['amd.rampMidpoint']).toBe(2027.25);
  });

  it('refuses text, a share above 100% and a negative TAM with a message naming the cell, and saves nothing', async () => {
    const { page } = app;
    const before = scenarios();
    const editsBefore = journalSize();
    const attempts = [
      [
        'amd.shareCeiling',
        'Bull',
        'lots',
        `Bull, AMD's merchant share ceiling: "lots" is not a number; nothing was saved.`,
      ],
      [
        'amd.shareCeiling',
        'Bull',
        '120',
        `Bull, AMD's merchant share ceiling: must be between 0% and 100%, got 120%; nothing was saved.`,
      ],
      [
        'tam.base',
        'Base',
        '-5000',
        'Base, AI accelerator TAM in the base year: must not be negative, got -5000 USD millions; nothing was saved.',
      ],
      [
        'xpu.endYear',
        'Bear',
        '2020',
        'Bear, XPU path end year: 2020 is before its start year 2024; nothing was saved.',
      ],
    ] as const;
    for (const [key, name, text, message] of attempts) {
      await typeIntoCell(page, assumptionCell(app, key, name), text);
      await expect.poll(status).toContain(message);
      await expect.poll(() => page.getByTestId('status').getAttribute('class')).toContain('error');
    }
    expect(await assumptionCell(app, 'amd.shareCeiling', 'Bull').textContent()).toBe('32%');
    expect(await assumptionCell(app, 'tam.base', 'Base').textContent()).toBe('45,000');
    expect(scenarios()).toEqual(before);
    expect(journalSize()).toBe(editsBefore);
    await saveScreenshot(page, 'scenarios-refused');
  });

  it('sets a TAM growth override for a year, shows later years fading from it, and removes it', async () => {
    const { page } = app;
    const cell = cellIn(page, 'override-grid', '2027', 'scenario:Bull');
    await typeIntoCell(page, cell, '40');
    await expect.poll(() => cell.textContent()).toBe('40%');
    expect(scenario('Bull')?.growthOverrides).toEqual({ 2027: 0.4 });
    // Bull fades 10% a year: 2028 grows 40% x 0.9.
    expect(await cellIn(page, 'override-grid', '2028', 'scenario:Bull').textContent()).toBe('36.0%');
    await page.getByTestId('override-grid').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scenarios-growth-override');

    await typeIntoCell(page, cellIn(page, 'override-grid', '2027', 'scenario:Base'), '900');
    await expect
      .poll(status)
      .toContain('Base, TAM growth 2027: must be between -90% and 500%, got 900%; nothing was saved.');
    expect(scenario('Base')?.growthOverrides).toEqual({});

    await cell.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => scenario('Bull')?.growthOverrides).toEqual({});
    // Back to the model's growth: Bull's 60% fading 10% a year gives 0.6 × 0.9³ = 43.7% in 2027.
    await expect.poll(() => cell.textContent()).toBe('43.7%');
    expect(await status()).toContain('Saved Bull, TAM growth 2027: override removed');
  });

  it('duplicates, renames, describes, weights and deletes a scenario from the keyboard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Duplicate Base' }).click();
    const copyName = page.getByRole('textbox', { name: 'Name of the copy' });
    await expect.poll(() => copyName.inputValue()).toBe('Base copy');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Bull');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('scenario-form-copy').getByRole('alert').textContent())
      .toBe('"Bull": a scenario with this name already exists');
    await saveScreenshot(page, 'scenarios-duplicate-refused');
    expect(scenarios()).toHaveLength(3);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Upside');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenario('Upside')?.probability).toBe(0);
    expect(scenario('Upside')?.assumptions).toEqual(scenario('Base')?.assumptions);
    await expect.poll(() => assumptionCell(app, 'amd.shareCeiling', 'Upside').textContent()).toBe('25%');

    // Escape cancels a rename and leaves the name as it was.
    await page.getByRole('button', { name: 'Rename Upside' }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Never');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('scenario-form-rename').count()).toBe(0);
    expect(scenario('Never')).toBeUndefined();

    await page.getByRole('button', { name: 'Rename Upside' }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Blue sky');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenario('Blue sky')?.name).toBe('Blue sky');
    expect(scenario('Upside')).toBeUndefined();

    await page.getByRole('button', { name: 'Describe Blue sky' }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Everything goes right.');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenario('Blue sky')?.description).toBe('Everything goes right.');

    const probability = page.getByTestId('probability-Blue sky');
    await probability.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenario('Blue sky')?.probability).toBe(0.1);
    await expect.poll(() => page.getByTestId('probability-total').textContent()).toBe('110%');
    expect(await page.getByTestId('probability-warning').textContent()).toBe(
      'the probabilities add up to 110%, not 100%: the expectation divides by the total',
    );
    await probability.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await expect
      .poll(status)
      .toContain('Blue sky, probability: a probability is between 0% and 100%, got 150; nothing was saved.');
    expect(await probability.inputValue()).toBe('10%');
    expect(scenario('Blue sky')?.probability).toBe(0.1);
    await saveScreenshot(page, 'scenarios-managed');

    await page.getByRole('button', { name: 'Delete Blue sky' }).click();
    await expect
      .poll(() => page.getByTestId('scenario-form-delete').textContent())
      .toContain('Delete “Blue sky” and all its assumptions?');
    await page.keyboard.press('Enter');
    await expect.poll(() => scenarios().map((s) => s.name)).toEqual(['Bull', 'Base', 'Bear']);
    await expect.poll(() => page.getByTestId('probability-total').textContent()).toBe('100%');
    await expect
      .poll(() =>
        page.locator('[data-testid="assumption-grid"] .ag-header-cell[col-id="scenario:Blue sky"]').count(),
      )
      .toBe(0);
  });
});
