import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import { gridCell, launchApp, RESULTS_DIR } from './app-harness';
import { fillLargeWorkbook, quarterName } from './large-workbook';

/**
 * Pasting a block of 10,000 cells in the Data view, and undoing it (issue 9; docs/BENCHMARKS.md
 * "Paste of 10,000 cells"): 100 series × 100 columns of a workbook that also holds the default
 * one, from the Ctrl+V's keydown to the frame whose DOM shows the pasted value in the block's
 * first cell with the status bar saying it is saved (the cells written by main in one step, the
 * rows recomputed and painted); the same for Ctrl+Z. Writes test-results/paste-bench.json. Run
 * with `npm run build && IWB_BENCH_PASTE=1 npx vitest run test/e2e/paste-bench.test.ts`.
 */

const ROWS = 100;
const COLUMNS = 100;
const RUNS = 5;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Presses `key` and resolves with the ms from its keydown to the first frame in which the cell
 * shows `expected` and the status bar contains `status`.
 */
async function timeKey(
  page: Page,
  key: string,
  cell: string,
  expected: string,
  status: string,
): Promise<number> {
  await page.evaluate(`(() => {
    window.__keyAt = 0;
    document.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, { capture: true, once: true });
  })()`);
  await page.keyboard.press(key);
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const check = () => {
      const shown = document.querySelector(${JSON.stringify(cell)})?.textContent;
      const said = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      if (window.__keyAt > 0 && shown === ${JSON.stringify(expected)} && said.includes(${JSON.stringify(status)})) {
        resolve(performance.now() - window.__keyAt);
      } else requestAnimationFrame(check);
    };
    check();
    setTimeout(() => reject(new Error('never showed ' + ${JSON.stringify(expected)} + ': ' + document.querySelector(${JSON.stringify(cell)})?.textContent)), 20000);
  })`);
}

describe.runIf(process.env.IWB_BENCH_PASTE === '1')('Paste benchmark', () => {
  it('pastes 10,000 cells as one step and undoes them', async () => {
    let keys: string[] = [];
    const app = await launchApp({
      prepare: async (workbook, dir) => {
        keys = await fillLargeWorkbook(workbook, dir, ROWS, COLUMNS);
      },
    });
    try {
      const { page, workbook } = app;
      const first = gridCell(page, keys[0]!, quarterName(0));
      const selector = `[data-testid="data-grid"] .ag-row[row-id="${keys[0]}"] .ag-cell[col-id="${quarterName(0)}"]`;
      await page.evaluate(`(() => {
        const viewport = document.querySelector('[data-testid="data-grid"] .ag-grid-viewport');
        viewport.scrollLeft = 0;
      })()`);
      const pastes: number[] = [];
      const undos: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await first.click();
        const base = 10_000 + run * 1_000;
        const text = Array.from({ length: ROWS }, (_, r) =>
          Array.from({ length: COLUMNS }, (_, c) => String(base + r + c / 100)).join('\t'),
        ).join('\r\n');
        await page.evaluate(
          (t) =>
            (
              globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }
            ).navigator.clipboard.writeText(t),
          text,
        );
        const before = repositories(workbook.db).journal.countEntries();
        const shownBefore = (await first.textContent()) ?? '';
        pastes.push(
          await timeKey(
            page,
            'ControlOrMeta+v',
            selector,
            base.toLocaleString('en-US'),
            'Pasted 10,000 cells',
          ),
        );
        expect(repositories(workbook.db).journal.countEntries()).toBe(before + 1);
        undos.push(await timeKey(page, 'ControlOrMeta+z', selector, shownBefore, 'Undid'));
      }
      const result = {
        date: new Date().toISOString(),
        machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadavg()[0] },
        cells: ROWS * COLUMNS,
        pasteMs: { median: median(pastes), runs: pastes },
        undoMs: { median: median(undos), runs: undos },
      };
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'paste-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
      console.log(JSON.stringify(result));
    } finally {
      await app.close();
    }
  }, 300_000);
});
