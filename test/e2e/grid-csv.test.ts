import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freezeScenario } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { ASSUMPTION_META } from '../../projection/assumptions';
import type { MenuCommand } from '../../electron/contract';
import { cellIn, launchApp, type AppHarness } from './app-harness';

/** A CSV as rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isQuoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!isQuoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('File › Export › Current Grid to CSV on any grid (built renderer in Chromium, real handlers)', () => {
  let app: AppHarness;
  const status = () => app.page.getByTestId('status').locator('.status-message').textContent();

  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => {
    await app?.close();
  });

  /** Exports the current grid to `name` in the harness's folder and reads it back. */
  async function exportTo(name: string, command: MenuCommand, title: string): Promise<string[][]> {
    const path = join(app.tempDir, `${name}.csv`);
    app.setSavePath(path);
    await app.sendMenuCommand(command);
    const how = command === 'export-csv' ? 'as raw numbers' : 'as shown';
    await expect.poll(status, { timeout: 20_000 }).toBe(`Exported ${title} ${how} to ${path}`);
    return parseCsv(readFileSync(path, 'utf8'));
  }

  it('exports the grid last clicked in the Scenarios view as shown and as raw numbers', async () => {
    const { page } = app;
    await page.keyboard.press('ControlOrMeta+2');
    await page.locator('[data-testid="assumption-grid-amd"] .ag-row').first().waitFor();

    // Nothing clicked yet in a view of many grids: no grid is current, and the status bar says so.
    await app.sendMenuCommand('export-csv-shown');
    await expect.poll(status).toMatch(/^No grid is current: click a cell of the grid to export/);

    await cellIn(page, 'assumption-grid-amd', 'amd.inference.shareCeiling', 'scenario:Base').click();
    const shown = await exportTo('amd-shown', 'export-csv-shown', 'AMD share');
    expect(shown[0]).toEqual(['Assumption', 'Unit', 'Valid range', 'Bull', 'Base', 'Bear']);
    const ceiling = (rows: string[][]) =>
      rows.find((r) => r[0] === ASSUMPTION_META['amd.inference.shareCeiling'].label)!;
    const base = repositories(app.workbook.db)
      .scenarios.listScenarios()
      .find((s) => s.name === 'Base')!.assumptions['amd.inference.shareCeiling']!;
    // As the grid shows it (25%), and the cell's own text is what the file holds.
    const cellText = await cellIn(
      page,
      'assumption-grid-amd',
      'amd.inference.shareCeiling',
      'scenario:Base',
    ).textContent();
    expect(ceiling(shown)[4]).toBe(cellText);
    expect(ceiling(shown)[4]).toBe(`${Math.round(base * 1000) / 10}%`);

    const raw = await exportTo('amd-raw', 'export-csv', 'AMD share');
    expect(raw[0]).toEqual(shown[0]);
    expect(raw).toHaveLength(shown.length);
    expect(Number(ceiling(raw)[4])).toBe(base);

    // Another grid, picked by clicking in it: the deals of Base, numbers raw, the button column left out.
    await cellIn(page, 'deals-grid-Base', '0', 'gigawatts').click();
    const deals = await exportTo('deals', 'export-csv', 'Deals · Base');
    expect(deals[0]).toEqual([
      'Deal',
      'GW',
      'Start',
      'Ramp years',
      'B$ per GW',
      'AMD content',
      'Value to AMD',
      'Source',
    ]);
    const deal = repositories(app.workbook.db)
      .scenarios.listScenarios()
      .find((s) => s.name === 'Base')!.deals[0]!;
    expect(deals[1]!.slice(0, 6)).toEqual([
      deal.name,
      String(deal.gigawatts),
      deal.startQuarter,
      String(deal.rampYears),
      String(deal.usdBillionsPerGw),
      String(deal.amdContentShare),
    ]);
  });

  it('exports a vintage’s backtest and the vintage list both ways', async () => {
    const { page } = app;
    const db = app.workbook.db;
    // A vintage as if frozen a year ago (jump-off 2025Q1) and 10% high, so it has quarters to score.
    const now = freezeScenario(db, 'Base', 'now', '2026-11-30T12:00:00.000Z');
    const high = repositories(db).vintages.insertVintage({
      ...now,
      label: 'A year ago, high',
      jumpOff: '2025Q1' as typeof now.jumpOff,
      quarters: now.quarters.map((q) =>
        q.period > '2025Q1' ? { ...q, isProjected: true, instinctRevenue: q.instinctRevenue * 1.1 } : q,
      ),
    });
    await page.keyboard.press('ControlOrMeta+5');
    const grid = `backtest-grid-${high}`;
    await page.getByTestId(grid).locator('.ag-row').first().waitFor();

    await cellIn(page, grid, 'instinctRevenue:2025Q2', 'error').click();
    const title = `Backtest · vintage ${high}`;
    const shown = await exportTo('backtest-shown', 'export-csv-shown', title);
    const raw = await exportTo('backtest-raw', 'export-csv', title);
    expect(shown[0]).toEqual(['Output', 'Quarter', 'Projected', 'Reported', 'Error', '% error']);
    expect(raw[0]).toEqual(shown[0]);
    const q2 = (rows: string[][]) => rows.find((r) => r[0] === 'Instinct revenue' && r[1] === '2025Q2')!;
    // Shown: as the grid draws it (a sign, separators); raw: the numbers, error = projected − reported.
    expect(q2(shown)[5]).toBe('+10.0%');
    expect(q2(shown)[4]).toBe(await cellIn(page, grid, 'instinctRevenue:2025Q2', 'error').textContent());
    const [projected, reported, error, percent] = q2(raw).slice(2).map(Number);
    expect(error).toBeCloseTo(projected! - reported!, 6);
    expect(percent).toBeCloseTo(0.1, 9);
    expect(q2(shown)[2]).toBe(Math.round(projected!).toLocaleString('en-US'));

    // The vintage list is a table, not an AG Grid: a click in it makes it current all the same.
    await page.locator(`[data-testid="vintage-list"] tr[data-vintage="${high}"] td`).first().click();
    const list = await exportTo('vintages', 'export-csv-shown', 'Vintages');
    const listRaw = await exportTo('vintages-raw', 'export-csv', 'Vintages');
    expect(list[0]!.slice(0, 5)).toEqual(['#', 'Label', 'Scenario', 'Frozen (UTC)', 'Jump-off']);
    const row = (rows: string[][]) => rows.find((r) => r[0] === String(high))!;
    expect(row(list).slice(1, 3)).toEqual(['A year ago, high', 'Base']);
    const firstYear = list[0]![5]!.replace('Instinct ', '');
    const revenue = Number(row(listRaw)[5]);
    expect(revenue).toBe(
      repositories(db)
        .vintages.findVintage(high)!
        .years.find((y) => y.year === Number(firstYear))!.instinctRevenue,
    );
    expect(row(list)[5]).toBe(Math.round(revenue).toLocaleString('en-US'));
  });
});
