import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellIn, gridCell, launchApp, saveScreenshot, typeIntoCell, type AppHarness } from './app-harness';
import { formatMoney, formatPercent, modelNow, projectionOf } from './projection-model';

/** Element.checkVisibility, which the Node tsconfig (no DOM library) does not declare. */
interface VisibilityCheck {
  checkVisibility(options: { contentVisibilityAuto: boolean }): boolean;
}

describe('Projection view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;
  const status = () => app.page.getByTestId('status').textContent();
  const outputCell = (metric: string, period: string) => cellIn(app.page, 'output-grid', metric, period);
  const chartDrawn = async (testId: string) => {
    const chart = app.page.getByTestId(testId);
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.locator('[data-update-pending="false"]').count()).toBe(1);
    return chart;
  };

  beforeEach(async () => {
    app = await launchApp();
    await app.page.keyboard.press('ControlOrMeta+3');
    await app.page.locator('[data-testid="output-grid"] .ag-row').first().waitFor();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows the market through history and projection, with the jump-off and AMD’s TAM path', async () => {
    const { page } = app;
    const { result } = modelNow(app);
    expect(await page.getByTestId('scenario-select').inputValue()).toBe('Base');
    expect(await page.getByTestId('horizon').textContent()).toBe(
      'Reported to 2026Q1 (the jump-off); projected 2026Q2–2030Q4. Money in USD millions.',
    );
    const market = await chartDrawn('market-chart');
    expect(await market.locator('canvas').count()).toBeGreaterThan(0);
    const legend = await market.innerText();
    for (const name of [
      'NVIDIA',
      'AMD Instinct',
      'Custom accelerators (XPU)',
      'Other merchant',
      "AMD's TAM path",
    ]) {
      expect(legend).toContain(name);
    }
    const revenue = await chartDrawn('revenue-chart');
    for (const name of ['Bull (25%)', 'Base (50%)', 'Bear (25%)', 'Expectation (probability-weighted)']) {
      expect(await revenue.innerText()).toContain(name);
    }
    // The legend is HTML below the canvas: a click hides a series and redraws the chart, another shows it.
    const bear = revenue.locator('.chart-legend button', { hasText: 'Bear (25%)' });
    const renders = revenue.locator('[data-scene-renders]');
    const before = Number(await renders.getAttribute('data-scene-renders'));
    await bear.click();
    expect(await bear.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(async () => Number(await renders.getAttribute('data-scene-renders')))
      .toBeGreaterThan(before);
    await bear.click();
    expect(await bear.getAttribute('aria-pressed')).toBe('true');
    const deals = await chartDrawn('deals-chart');
    expect(await deals.innerText()).toContain("Deals' floor (committed revenue)");
    const segments = await chartDrawn('segment-chart');
    expect(await segments.innerText()).toContain('Inference');
    await page.getByTestId('market-chart').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'projection-view');
    await page.getByTestId('deals-chart').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'projection-deals-segments');

    // The outputs: history and projection in one grid, as the model computes them.
    const base = result.comparison.scenarios.find((s) => s.name === 'Base')!.projection;
    const y2027 = base.years.find((y) => y.year === 2027)!;
    const q = (period: string) => base.quarters.find((x) => x.period === period)!;
    expect(await outputCell('instinctRevenue', '2027').textContent()).toBe(
      formatMoney(y2027.instinctRevenue),
    );
    expect(await outputCell('tam', '2026Q2').textContent()).toBe(formatMoney(q('2026Q2').tam));
    expect(await outputCell('amdShare', '2030Q4').textContent()).toBe(formatPercent(q('2030Q4').amdShare));
    expect(await outputCell('dealRevenue', '2027').textContent()).toBe(formatMoney(y2027.dealRevenue));
    expect(await outputCell('nvidiaRevenue', '2025').textContent()).toBe(
      formatMoney(base.years.find((y) => y.year === 2025)!.nvidiaRevenue),
    );
    expect(await outputCell('yoy', '2027').textContent()).toBe(`+${formatPercent(y2027.yoy)}`);

    const expected2030 = result.comparison.years.at(-1)!.expected!.instinctRevenue;
    expect(await cellIn(page, 'comparison-grid', '2030', 'expected').textContent()).toBe(
      formatMoney(expected2030),
    );
    expect(await cellIn(page, 'comparison-grid', '2024', 'year').textContent()).toBe('2024 (reported)');
  });

  it('shows the checks with their verdicts, the capex check both ways, the statements and the rebuilt history', async () => {
    const { page } = app;
    const { result } = modelNow(app);
    const outcome = result.outcomes.find((o) => o.name === 'Base')!;
    const checks = page.getByTestId('checks-grid');
    // Panels far out of view skip their rendering (projection.css) until they are scrolled to.
    const capex = page.getByTestId('capex-grid');
    const isRendered = () =>
      capex.evaluate((e) =>
        (e as unknown as VisibilityCheck).checkVisibility({ contentVisibilityAuto: true }),
      );
    expect(await isRendered()).toBe(false);
    await capex.scrollIntoViewIfNeeded();
    await expect.poll(isRendered).toBe(true);
    await checks.scrollIntoViewIfNeeded();
    for (const check of outcome.checks) {
      const verdict = cellIn(page, 'checks-grid', check.id, 'verdict');
      expect(await verdict.textContent()).toBe(
        { meets: '✓ meets', misses: '✗ misses', 'no data': '– no data' }[check.verdict],
      );
      expect(await cellIn(page, 'checks-grid', check.id, 'detail').textContent()).toBe(check.detail);
    }
    const meets = outcome.checks.filter((c) => c.verdict === 'meets').length;
    expect(await page.getByTestId('check-summary').textContent()).toContain(`${meets} meet`);
    await saveScreenshot(page, 'projection-checks');

    const over = outcome.capex.filter((c) => c.gap > 0);
    expect(await page.locator('[data-testid="capex-grid"] .ag-row.row-over-budget').count()).toBe(
      over.length,
    );
    const first = outcome.capex[0]!;
    expect(await cellIn(page, 'capex-grid', String(first.year), 'reading').textContent()).toMatch(
      first.gap > 0 ? /^TAM needs \d+% more than capex buys$/ : /^capex buys \d+% more than the TAM needs$/,
    );

    const q3 = result.statements.findIndex((h) => h.period === '2024Q3');
    expect(await cellIn(page, 'history-grid', `2024Q3#${q3}`, 'estimate').textContent()).toBe('∴ 1,500');
    expect(await cellIn(page, 'history-grid', `2024Q3#${q3}`, 'model').textContent()).toBe(
      formatMoney(result.statements[q3]!.model),
    );

    // The rebuilt market: implied EPYC beside Instinct, and each part's source for a chosen quarter.
    const q2025 = result.history.find((h) => h.period === '2025Q1')!;
    expect(await cellIn(page, 'market-history-grid', '2025Q1', 'amd').textContent()).toBe(
      formatMoney(q2025.amd),
    );
    expect(await cellIn(page, 'market-history-grid', '2025Q1', 'epyc').textContent()).toBe(
      formatMoney(q2025.epyc),
    );
    const sources = page.getByTestId('market-sources');
    expect(await sources.textContent()).toContain(`Where ${result.jumpOff.quarter} comes from`);
    await cellIn(page, 'market-history-grid', '2025Q1', 'xpu').click();
    await expect.poll(() => sources.textContent()).toContain('Where 2025Q1 comes from');
    expect(await sources.textContent()).toContain(q2025.sources.nvidia);
    expect(await sources.textContent()).toContain(q2025.sources.amd);
    await sources.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'projection-rebuilt-history');
  });

  it('switches scenario, chart periods and scale', async () => {
    const { page } = app;
    await page.getByTestId('scenario-select').selectOption('Bull');
    const bull = projectionOf(app, 'Bull').years.find((y) => y.year === 2028)!;
    await expect
      .poll(() => outputCell('instinctRevenue', '2028').textContent())
      .toBe(formatMoney(bull.instinctRevenue));
    expect(await page.getByRole('heading', { name: 'Key assumptions · Bull' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Quarters' }).click();
    await page.getByRole('button', { name: 'Log' }).click();
    expect(await page.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    const revenue = await chartDrawn('revenue-chart');
    expect(await revenue.innerText()).toContain('History: at most (≤)');
    const market = await chartDrawn('market-chart');
    expect(await market.innerText()).toContain("AMD's TAM path (a year's quarterly average)");
    await saveScreenshot(page, 'projection-quarters-log');
  });

  it('chooses the capex driver from the key assumptions', async () => {
    const { page } = app;
    await page.getByTestId('key-tam.driver').selectOption('Hyperscaler capex');
    await expect
      .poll(status)
      .toContain('Saved Base, TAM driver (0 = growth rate, 1 = hyperscaler capex): Hyperscaler capex');
    const base = projectionOf(app, 'Base').years.find((y) => y.year === 2027)!;
    await expect.poll(() => outputCell('tam', '2027').textContent()).toBe(formatMoney(base.tam));
    expect(await page.getByTestId('key-tam.driver').inputValue()).toBe('1');
  });

  it('reads Data view edits and capex-relevant assumptions each time it is shown', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+1');
    const estimate = gridCell(page, 'amd.instinct_revenue_est', '2024Q3');
    await estimate.dblclick();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1300');
    await page.keyboard.press('Enter');
    await expect.poll(() => estimate.textContent()).toBe('1,300');

    await page.keyboard.press('ControlOrMeta+2');
    await typeIntoCell(
      page,
      cellIn(page, 'assumption-grid-capex', 'capex.acceleratorFraction', 'scenario:Base'),
      '10',
    );
    await expect.poll(status).toContain('Saved Base, Accelerator fraction of hyperscaler capex: 10%');

    await page.keyboard.press('ControlOrMeta+3');
    await page.locator('[data-testid="history-grid"] .ag-row').first().waitFor();
    const { result } = modelNow(app);
    // A typed value is exact: the rebuilt 2024Q3 is the 1,300 typed.
    const q3 = result.statements.findIndex((h) => h.period === '2024Q3' && h.label.startsWith('Workbook'));
    expect(result.statements[q3]?.label).toBe('Workbook estimate (exact)');
    expect(await cellIn(page, 'history-grid', `2024Q3#${q3}`, 'estimate').textContent()).toBe('1,300');
    expect(await cellIn(page, 'market-history-grid', '2024Q3', 'amd').textContent()).toBe('1,300');
    const outcome = result.outcomes.find((o) => o.name === 'Base')!;
    const overBudget = outcome.capex.filter((c) => c.gap > 0);
    expect(overBudget.length).toBeGreaterThan(3);
    await expect
      .poll(() => page.locator('[data-testid="capex-grid"] .ag-row.row-over-budget').count())
      .toBe(overBudget.length);
    expect(await page.getByTestId('capex-note').textContent()).toContain('Highlighted years');
    await page.getByTestId('capex-grid').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'projection-capex-over-budget');
  });
});
