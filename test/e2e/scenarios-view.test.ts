import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { ASSUMPTION_META, type AssumptionKey } from '../../projection/assumptions';
import { cellIn, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';

/** The cell of one assumption and scenario, in the grid of the assumption's driver group. */
const assumptionCell = (app: AppHarness, key: AssumptionKey, scenario: string) =>
  cellIn(app.page, `assumption-grid-${ASSUMPTION_META[key].group}`, key, `scenario:${scenario}`);

describe('Scenarios view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  const scenarios = () => repositories(app.workbook.db).scenarios.listScenarios();
  const scenario = (name: string) => scenarios().find((s) => s.name === name);
  const journalSize = () => repositories(app.workbook.db).journal.countEntries();
  const status = () => app.page.getByTestId('status').textContent();

  beforeEach(async () => {
    app = await launchApp();
    await app.page.keyboard.press('ControlOrMeta+2');
    await app.page.locator('[data-testid="assumption-grid-market"] .ag-row').first().waitFor();
    await app.page.locator('[data-testid="override-grid"] .ag-row').first().waitFor();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('groups the assumptions by driver, each with its rationale under the grid, in their units', async () => {
    const { page } = app;
    const rows = (group: string) =>
      page.locator(`[data-testid="assumption-grid-${group}"] .ag-cell[col-id="range"]`).count();
    expect([
      await rows('market'),
      await rows('xpu'),
      await rows('amd'),
      await rows('capex'),
      await rows('margin'),
    ]).toEqual([10, 2, 9, 6, 1]);
    for (const title of [
      'Market and segments',
      'Custom accelerators (XPU)',
      'AMD share',
      'Deals',
      'Capex',
      'Margin',
    ]) {
      expect(await page.getByRole('heading', { name: title, exact: true }).count()).toBe(1);
    }
    expect(await assumptionCell(app, 'tam.growth', 'Bull').textContent()).toBe('60%');
    expect(await assumptionCell(app, 'amd.inference.rampMidpoint', 'Bear').textContent()).toBe('2028Q2');
    expect(await assumptionCell(app, 'capex.guidance', 'Base').textContent()).toBe('630,000');
    expect(await assumptionCell(app, 'tam.driver', 'Base').textContent()).toBe('Growth rate');
    expect(
      await cellIn(page, 'assumption-grid-amd', 'amd.inference.shareCeiling', 'range').textContent(),
    ).toBe('0% to 100%');
    await assumptionCell(app, 'tam.growthFade', 'Base').click();
    await expect
      .poll(() => page.getByTestId('assumption-grid-market-help').textContent())
      .toContain(
        `Yearly fade of TAM growth (tam.growthFade, default 35%): ${ASSUMPTION_META['tam.growthFade'].description}`,
      );
    expect(await page.getByTestId('probability-total').textContent()).toBe('100%');
    await saveScreenshot(page, 'scenarios-view');
  });

  it('saves fractions typed as 30 or 12.5%, quarters typed as 2027Q4 or 2027.25, and the TAM driver from its select', async () => {
    const { page } = app;
    await typeIntoCell(page, assumptionCell(app, 'amd.inference.shareCeiling', 'Base'), '30');
    await expect
      .poll(() => assumptionCell(app, 'amd.inference.shareCeiling', 'Base').textContent())
      .toBe('30%');
    expect(scenario('Base')?.assumptions['amd.inference.shareCeiling']).toBe(0.3);
    expect(await status()).toContain("Saved Base, AMD's inference share: ramp ceiling: 30%");
    expect(repositories(app.workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.assumption',
      scenario: 'Base',
      key: 'amd.inference.shareCeiling',
    });

    await typeIntoCell(page, assumptionCell(app, 'xpu.inferenceShareEnd', 'Bear'), '12.5%');
    await expect.poll(() => assumptionCell(app, 'xpu.inferenceShareEnd', 'Bear').textContent()).toBe('12.5%');
    expect(scenario('Bear')?.assumptions['xpu.inferenceShareEnd']).toBe(0.125);

    await typeIntoCell(page, assumptionCell(app, 'amd.inference.rampMidpoint', 'Base'), '2027Q4');
    await expect
      .poll(() => assumptionCell(app, 'amd.inference.rampMidpoint', 'Base').textContent())
      .toBe('2027Q4');
    expect(scenario('Base')?.assumptions['amd.inference.rampMidpoint']).toBe(2027.75);

    await typeIntoCell(page, assumptionCell(app, 'amd.training.rampMidpoint', 'Bull'), '2027.25');
    await expect
      .poll(() => assumptionCell(app, 'amd.training.rampMidpoint', 'Bull').textContent())
      .toBe('2027Q2');
    expect(scenario('Bull')?.assumptions['amd.training.rampMidpoint']).toBe(2027.25);

    // The TAM driver is a choice: its cell edits with a select of the two drivers.
    const driver = assumptionCell(app, 'tam.driver', 'Bear');
    await driver.dblclick();
    await driver.locator('.ag-picker-field-wrapper').click();
    await page.locator('.ag-list-item', { hasText: 'Hyperscaler capex' }).click();
    await expect.poll(() => scenario('Bear')?.assumptions['tam.driver']).toBe(1);
    await expect.poll(() => driver.textContent()).toBe('Hyperscaler capex');
    // Growth overrides do not apply to a capex-driven scenario.
    await expect
      .poll(() => cellIn(page, 'override-grid', '2026', 'scenario:Bear').textContent())
      .toBe('capex driver');
    // Eleven saves, each a round trip through the bridge: slower than one test's default on a busy machine.
  }, 90_000);

  it('refuses text, a share above 100%, a negative capex and a floor above its ceiling, naming the cell, and saves nothing', async () => {
    const { page } = app;
    const before = scenarios();
    const editsBefore = journalSize();
    const attempts = [
      [
        'amd.inference.shareCeiling',
        'Bull',
        'lots',
        `Bull, AMD's inference share: ramp ceiling: "lots" is not a number; nothing was saved.`,
      ],
      [
        'amd.inference.shareCeiling',
        'Bull',
        '120',
        `Bull, AMD's inference share: ramp ceiling: must be between 0% and 100%, got 120%; nothing was saved.`,
      ],
      [
        'capex.guidance',
        'Base',
        '-5000',
        'Base, Hyperscaler capex in the guidance year: must not be negative, got -5000 USD millions; nothing was saved.',
      ],
      [
        'amd.training.shareFloor',
        'Bear',
        '50',
        "Bear, AMD's training share: ramp floor: AMD's training share floor 50% is above its ceiling",
      ],
    ] as const;
    for (const [key, name, text, message] of attempts) {
      await typeIntoCell(page, assumptionCell(app, key, name), text);
      await expect.poll(status).toContain(message);
      await expect.poll(() => page.getByTestId('status').getAttribute('class')).toContain('error');
    }
    expect(await assumptionCell(app, 'capex.guidance', 'Base').textContent()).toBe('630,000');
    expect(scenarios()).toEqual(before);
    expect(journalSize()).toBe(editsBefore);
    await saveScreenshot(page, 'scenarios-refused');
  });

  it('labels TAM growth by projected year from the jump-off, overrides one, shows later years fading, and removes it', async () => {
    const { page } = app;
    expect(await cellIn(page, 'override-grid', '2026', 'year').textContent()).toBe('2026Q2–2027Q1');
    expect(await cellIn(page, 'override-grid', '2030', 'year').textContent()).toBe(
      '2030Q2–2030Q4 (to the horizon)',
    );
    const cell = cellIn(page, 'override-grid', '2027', 'scenario:Bull');
    await typeIntoCell(page, cell, '40');
    await expect.poll(() => cell.textContent()).toBe('40%');
    expect(scenario('Bull')?.growthOverrides).toEqual({ 2027: 0.4 });
    // Bull fades 37% a year: the next projected year grows 40% × 0.63.
    expect(await cellIn(page, 'override-grid', '2028', 'scenario:Bull').textContent()).toBe('25.2%');
    expect(await status()).toContain('Saved Bull, TAM growth 2027Q2–2028Q1: 40%');
    await page.getByTestId('override-grid').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'scenarios-growth-override');

    await typeIntoCell(page, cellIn(page, 'override-grid', '2027', 'scenario:Base'), '900');
    await expect
      .poll(status)
      .toContain(
        'Base, TAM growth 2027Q2–2028Q1: must be between -90% and 500%, got 900%; nothing was saved.',
      );
    expect(scenario('Base')?.growthOverrides).toEqual({});

    await cell.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => scenario('Bull')?.growthOverrides).toEqual({});
    // Back to the model's growth: Bull's 60% fading 37% a year.
    await expect.poll(() => cell.textContent()).toBe('37.8%');
    expect(await status()).toContain('Saved Bull, TAM growth 2027Q2–2028Q1: override removed');
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
    await expect.poll(() => assumptionCell(app, 'tam.growth', 'Upside').textContent()).toBe('55%');

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
        page
          .locator('[data-testid="assumption-grid-market"] .ag-header-cell[col-id="scenario:Blue sky"]')
          .count(),
      )
      .toBe(0);
  });
});
