import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gridCell, launchApp, type AppHarness } from './app-harness';

const DC = 'amd.revenue_data_center';

/** Whether a cell is inside the grid's visible body (the grid draws every column of a short workbook). */
async function isInView(cell: Locator, body: Locator): Promise<boolean> {
  const [box, view] = [await cell.boundingBox(), await body.boundingBox()];
  return !!box && !!view && box.x >= view.x - 1 && box.x + box.width <= view.x + view.width + 1;
}

describe('Data grid layout kept for the workbook (built renderer in Chromium)', () => {
  let app: AppHarness;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('comes back scrolled where it was left and with the widths it was given', async () => {
    const { page } = app;
    // The horizontal scroll bar spans the scrolling (not pinned) columns.
    const body = page.locator('[data-testid="data-grid"] .ag-body-horizontal-scroll-viewport');
    // Opened the first time on the latest quarters: the first quarter is out of view.
    await expect.poll(() => isInView(gridCell(page, DC, '2025Q4'), body)).toBe(true);
    expect(await isInView(gridCell(page, DC, '2018Q1'), body)).toBe(false);
    // Drawn again without a move: still on the latest quarters.
    await page.waitForTimeout(600);
    await page.reload();
    await page.locator('[data-testid="data-grid"] .ag-row').first().waitFor();
    await expect.poll(() => isInView(gridCell(page, DC, '2025Q4'), body)).toBe(true);
    expect(await isInView(gridCell(page, DC, '2018Q1'), body)).toBe(false);

    // Home goes to the row's first quarter, scrolling the grid to the left edge.
    await gridCell(page, DC, '2025Q4').click();
    await page.keyboard.press('Home');
    await expect.poll(() => isInView(gridCell(page, DC, '2018Q1'), body)).toBe(true);
    // A wider first column, by its header's resize handle.
    const header = page.locator('[data-testid="data-grid"] .ag-header-cell[col-id="2018Q1"]');
    const before = (await header.boundingBox())!.width;
    const handle = header.locator('.ag-header-cell-resize');
    const grip = (await handle.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 60, grip.y + grip.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 40);
    const widened = (await header.boundingBox())!.width;
    // Written once scrolling and resizing pause.
    await page.waitForTimeout(600);

    // Away to Scenarios and back: the Data view is drawn anew, where it was left.
    await page.keyboard.press('ControlOrMeta+2');
    await page.getByTestId('scenarios-view').waitFor();
    await page.keyboard.press('ControlOrMeta+1');
    await page.locator('[data-testid="data-grid"] .ag-row').first().waitFor();
    await expect.poll(() => isInView(gridCell(page, DC, '2018Q1'), body)).toBe(true);
    expect(await isInView(gridCell(page, DC, '2025Q4'), body)).toBe(false);
    await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(widened));
  });
});
