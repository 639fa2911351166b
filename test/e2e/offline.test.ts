import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './app-harness';

/**
 * The app makes no network request: loading it and every view asks only for the app's own files
 * (here served by the harness at one local origin, as Electron serves them at app://workbook).
 */
describe('offline (built renderer in Chromium)', () => {
  let app: AppHarness;

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('asks for nothing but its own files while every view is shown', async () => {
    const { page } = app;
    const origin = new URL(app.url).origin;
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(request.url()));
    await page.reload();
    await page.getByTestId('workbook-summary').waitFor();
    for (const key of ['1', '2', '3', '4', '5']) {
      await page.keyboard.press(`ControlOrMeta+${key}`);
      await page.waitForTimeout(400);
    }
    // Goal seek runs in a worker: its script must come from the app as well.
    await page.keyboard.press('ControlOrMeta+3');
    await page.getByTestId('goal-seek').getByLabel('Target').fill('40,000');
    await page.getByTestId('goal-seek').getByLabel('Target').press('Enter');
    await page.waitForTimeout(500);
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
  });
});
