import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freezeScenario } from '../../db/commands';
import { launchApp, RESULTS_DIR, saveScreenshot, type AppHarness } from './app-harness';

/** A PNG's width and height, read from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Keeps a copy under test-results/ to look at. */
function keep(path: string, name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const kept = join(RESULTS_DIR, name);
  copyFileSync(path, kept);
  return kept;
}

describe('chart images and the scenario report (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  const status = () => app.page.getByTestId('status').locator('.status-message').textContent();

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  it('saves the market chart as a PNG with its title and legend, copies a chart from the keyboard, and saves the backtest chart', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+3');
    await page.getByTestId('market-chart').locator('canvas').first().waitFor();

    const marketPath = join(app.tempDir, 'market');
    app.setSavePath(marketPath);
    await page.getByTestId('market-chart-save-png').click();
    await expect
      .poll(status, { timeout: 20_000 })
      .toMatch(/^Saved “The accelerator market: history and projection · Base” as .*market\.png$/);
    const market = readFileSync(`${marketPath}.png`);
    expect(pngSize(market)).toEqual({ width: 1200, height: 640 });
    keep(`${marketPath}.png`, 'chart-market.png');

    // Tab to the revenue chart and copy it with Ctrl+C, as a spreadsheet copies a chart.
    await page.getByTestId('revenue-chart').focus();
    await page.keyboard.press('ControlOrMeta+c');
    await expect.poll(() => app.desktop.copiedImages.length, { timeout: 20_000 }).toBe(1);
    expect(pngSize(Buffer.from(app.desktop.copiedImages[0]!))).toEqual({ width: 1200, height: 640 });
    // Main holds the image before its reply reaches the page, which then says so.
    await expect
      .poll(status)
      .toBe('Copied “Instinct revenue: history and scenarios” to the clipboard as an image');

    // The backtest chart, once a vintage is there to draw.
    freezeScenario(app.workbook.db, 'Base', 'Base a year ago', '2025-11-30T00:00:00.000Z');
    await page.keyboard.press('ControlOrMeta+5');
    await page.getByTestId('backtest-chart').locator('canvas').first().waitFor();
    const backtestPath = join(app.tempDir, 'backtest.png');
    app.setSavePath(backtestPath);
    await page.getByTestId('backtest-chart').focus();
    await page.keyboard.press('ControlOrMeta+s');
    await expect.poll(() => existsSync(backtestPath), { timeout: 20_000 }).toBe(true);
    expect(pngSize(readFileSync(backtestPath))).toEqual({ width: 1200, height: 640 });
    keep(backtestPath, 'chart-backtest.png');
  });

  it('prints the scenario report to exactly one page of A4 and of Letter', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+3');
    await page.getByTestId('open-report').click();
    const save = page.getByTestId('report-save');
    await expect.poll(() => save.textContent(), { timeout: 20_000 }).toBe('Save PDF…');

    await saveScreenshot(page, 'report-dialog');
    const a4 = join(app.tempDir, 'base-a4.pdf');
    app.setSavePath(a4);
    await save.click();
    await expect
      .poll(status, { timeout: 30_000 })
      .toMatch(/^Saved the Base report \(A4\) as .*base-a4\.pdf$/);
    await page.getByTestId('report-dialog').waitFor({ state: 'hidden' });

    // From the menu this time, on Letter, for Bear.
    await app.sendMenuCommand('export-report');
    await page.getByTestId('report-scenario').selectOption('Bear');
    await page.getByRole('group', { name: 'Paper' }).getByRole('button', { name: 'Letter' }).click();
    await expect.poll(() => save.textContent(), { timeout: 20_000 }).toBe('Save PDF…');
    const letter = join(app.tempDir, 'bear-letter.pdf');
    app.setSavePath(letter);
    await save.click();
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Saved the Bear report \(Letter\) as /);

    for (const [path, paper, scenario, size] of [
      [a4, 'a4', 'Base', /Page size: .* pts \(A4\)/],
      [letter, 'letter', 'Bear', /Page size: +612 x 792 pts \(letter\)/],
    ] as const) {
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+1$/m);
      expect(info).toMatch(size);
      // Everything the report holds is on that one page.
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text).toContain(`Instinct revenue scenario: ${scenario}`);
      expect(text).toContain('Default.iwb');
      for (const part of [
        'Annual outputs',
        'Instinct revenue',
        'Accelerator TAM',
        'AMD share of TAM',
        'Key assumptions',
        'TAM driver',
        'Checks against the companies’ statements',
        'Money in USD millions',
      ]) {
        expect(text, part).toContain(part);
      }
      expect(text).toMatch(/✓ meets|✗ misses/);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-singlefile',
        path,
        join(RESULTS_DIR, `report-${paper}`),
      ]);
      expect(existsSync(join(RESULTS_DIR, `report-${paper}.png`))).toBe(true);
    }
  });
});
