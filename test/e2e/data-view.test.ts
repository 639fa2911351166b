import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { launchApp, gridCell, saveScreenshot, type AppHarness } from './app-harness';

describe('Data view (built renderer in Chromium, bridged to the real handlers)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app?.close();
  });

  it('shows the default workbook with formatted values', async () => {
    const { page } = app;
    await expect
      .poll(() => page.locator('[data-testid="workbook-summary"]').textContent())
      .toContain('24 series');
    // ../shared/data/amd_segments.csv: Data Center 2025Q1 is 3674 (exact), 2024Q4 3860 (rounded).
    expect(await gridCell(page, 'amd.revenue_data_center', '2025Q1').textContent()).toBe('3,674');
    expect(await gridCell(page, 'amd.revenue_data_center', '2024Q4').textContent()).toBe('≈ 3,860');
    expect(await gridCell(page, 'amd.instinct_revenue_est', '2024').textContent()).toBe('≥ 5,000');
    expect(await gridCell(page, 'amd.x86_server_unit_share', '2023Q3').textContent()).toBe('23.3%');
    expect(await page.locator('.ag-cell[col-id="label"]').count()).toBe(24);
  });

  it('saves an edited cell, keeps it across a reload, and takes a screenshot', async () => {
    const { page, workbook } = app;
    const cell = gridCell(page, 'amd.instinct_revenue_est', '2025Q3');
    await cell.dblclick();
    await page.keyboard.type('2,150');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('2,150');
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Saved');

    const saved = repositories(workbook.db).observations.findObservation(
      'amd.instinct_revenue_est',
      '2025Q3',
    );
    expect(saved?.value).toBe(2150);
    expect(saved?.source).toBe('user entry');
    expect(repositories(workbook.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'observation.set',
      series: 'amd.instinct_revenue_est',
      period: '2025Q3',
    });

    await page.reload();
    await expect.poll(() => gridCell(page, 'amd.instinct_revenue_est', '2025Q3').textContent()).toBe('2,150');
    await saveScreenshot(page, 'data-grid');
  });

  it('refuses text in a number cell with a message and writes nothing', async () => {
    const { page, workbook } = app;
    const before = repositories(workbook.db).observations.summarizeObservations();
    const editsBefore = repositories(workbook.db).journal.countEntries();
    const cell = gridCell(page, 'amd.revenue_data_center', '2025Q1');
    await cell.dblclick();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('"lots" is not a number');
    expect(await cell.textContent()).toBe('3,674');
    expect(
      repositories(workbook.db).observations.findObservation('amd.revenue_data_center', '2025Q1')?.value,
    ).toBe(3674);
    expect(repositories(workbook.db).observations.summarizeObservations()).toEqual(before);
    expect(repositories(workbook.db).journal.countEntries()).toBe(editsBefore);
    await saveScreenshot(page, 'data-grid-refused-text');
  });
});
