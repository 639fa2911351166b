import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchApp, RESULTS_DIR, saveScreenshot } from './app-harness';
import { fillLargeWorkbook, quarterName } from './large-workbook';

/**
 * The Data view over 1,000 series × 1,000 quarters (issue 10; docs/BENCHMARKS.md "Large
 * workbooks"): time from navigation to the first screen of values, frames while jumping about
 * the grid and while scrolling it by mouse wheel, edit to paint, and the page's heap after a collection. Writes
 * test-results/large-workbook.json. Slow (it imports a million values), so it runs only with
 * IWB_BENCH_LARGE=1: `npm run build && IWB_BENCH_LARGE=1 npx vitest run test/e2e/large-workbook-bench.test.ts`.
 */

const SERIES = 1000;
const QUARTERS = 1000;
const OPENS = 5;
const JUMPS = 12;
const EDITS = 5;
const WHEEL_NOTCHES = 40;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Scripts run in the page, as strings: the node tsconfig the tests compile with has no DOM.

/** Whether every period cell the grid draws holds what it read (no '…' left). */
const VIEW_READ = `(() => {
  const cells = [...document.querySelectorAll('[data-testid="data-grid"] .ag-row .ag-grid-scrolling-cells .ag-cell')];
  return cells.length > 0 && cells.every((c) => c.textContent !== '…');
})()`;

const isViewRead = (page: Page) => page.evaluate<boolean>(VIEW_READ);

/** The little of the page's document waitForFunction's predicate reads. */
interface PageDocument {
  querySelector(selector: string): { readonly textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ readonly textContent: string | null }>;
}

/** The page's used JS heap after a full collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Starts recording the length of every animation frame in the page (stopFrames returns them). */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops recording and returns the frames' lengths in ms (the first, which started mid-frame, left out). */
const stopFrames = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    window.__stop = true;
    return window.__frames.slice(1);
  })()`);

/** Median, 95th percentile, longest, count and how many are over 50 ms. */
function frameStats(frames: readonly number[]) {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    median: median(frames),
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    count: frames.length,
    over50: frames.filter((f) => f > 50).length,
  };
}

describe.runIf(process.env.IWB_BENCH_LARGE === '1')('Large workbook benchmark', () => {
  it('opens, scrolls, edits and holds 1,000 series × 1,000 quarters', async () => {
    let keys: string[] = [];
    const app = await launchApp({
      prepare: async (workbook, dir) => {
        keys = await fillLargeWorkbook(workbook, dir, SERIES, QUARTERS);
      },
    });
    // Written after each part, so a part that fails leaves the earlier ones' figures.
    const result: Record<string, unknown> = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 1e9),
        loadAverage: loadavg()[0],
      },
      workbook: { series: SERIES, quarters: QUARTERS, values: SERIES * QUARTERS },
    };
    const record = (part: Record<string, unknown>) => {
      Object.assign(result, part);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'large-workbook.json'), `${JSON.stringify(result, null, 2)}\n`);
    };
    try {
      const { page } = app;
      const lastQuarter = quarterName(QUARTERS - 1);
      const firstValue = `.ag-row[row-id="${keys[0]}"] .ag-cell[col-id="${lastQuarter}"]`;

      // Open: navigation to the first screen of values (the first large series' latest value
      // drawn, and nothing in view left unread), ms since the navigation began.
      const opens: number[] = [];
      for (let run = 0; run < OPENS; run++) {
        await page.reload();
        // A function, not a string: the app's content security policy forbids eval in the page.
        const shown = await page.waitForFunction(
          (selector) => {
            const { document } = globalThis as unknown as { document: PageDocument };
            const cells = Array.from(
              document.querySelectorAll(
                '[data-testid="data-grid"] .ag-row .ag-grid-scrolling-cells .ag-cell',
              ),
            );
            const isRead =
              document.querySelector(selector)?.textContent && cells.every((c) => c.textContent !== '…');
            return isRead ? performance.now() : null;
          },
          firstValue,
          { polling: 'raf', timeout: 30_000 },
        );
        opens.push((await shown.jsonValue()) as number);
      }
      record({ openMs: { median: median(opens), runs: opens }, heapMbAfterOpen: await heapMb(page) });

      // Scroll: jumps to places across the grid, each by setting the body's scroll offsets as a
      // scroll bar drag does; every animation frame's length is recorded until the view is read.
      await startFrames(page);
      const toRead: number[] = [];
      for (let jump = 0; jump < JUMPS; jump++) {
        const [down, across] = [((jump * 7) % JUMPS) / JUMPS, ((jump * 5) % JUMPS) / JUMPS];
        const start = Date.now();
        await page.evaluate(`(() => {
          const viewport = document.querySelector('[data-testid="data-grid"] .ag-grid-viewport');
          viewport.scrollTop = ${down} * (viewport.scrollHeight - viewport.clientHeight);
          viewport.scrollLeft = ${across} * (viewport.scrollWidth - viewport.clientWidth);
        })()`);
        await expect.poll(() => isViewRead(page), { timeout: 20_000, interval: 20 }).toBe(true);
        toRead.push(Date.now() - start);
      }
      const frames = await stopFrames(page);
      await saveScreenshot(page, 'large-workbook-bench-scrolled');
      record({
        scroll: {
          jumps: JUMPS,
          jumpToValuesMs: { median: median(toRead), max: Math.max(...toRead) },
          frameMs: frameStats(frames),
        },
        heapMbAfterScroll: await heapMb(page),
      });

      // Wheel: the grid scrolled as a hand on a mouse wheel does, 100 px a notch, forty notches
      // down and forty to the right, every frame recorded as for the jumps, until the view is read.
      const body = (await page.locator('[data-testid="data-grid"] .ag-grid-viewport').boundingBox())!;
      await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
      await startFrames(page);
      const offsets = () =>
        page.evaluate<[number, number]>(`(() => {
          const viewport = document.querySelector('[data-testid="data-grid"] .ag-grid-viewport');
          return [viewport.scrollTop, viewport.scrollLeft];
        })()`);
      const before = await offsets();
      for (let notch = 0; notch < WHEEL_NOTCHES; notch++) await page.mouse.wheel(0, 100);
      for (let notch = 0; notch < WHEEL_NOTCHES; notch++) await page.mouse.wheel(100, 0);
      await expect.poll(() => isViewRead(page), { timeout: 20_000, interval: 20 }).toBe(true);
      const after = await offsets();
      // The wheel moved the view (a wheel over nothing scrollable would measure idle frames).
      expect(after[0] - before[0]).toBeGreaterThan(0);
      expect(after[1]).not.toBe(before[1]);
      const wheelFrames = await stopFrames(page);
      record({
        wheel: {
          notches: 2 * WHEEL_NOTCHES,
          movedPx: { down: after[0] - before[0], right: after[1] - before[1] },
          frameMs: frameStats(wheelFrames),
        },
      });

      // Edit to paint: edit the focused cell and press Enter, timed from the Enter to the
      // frame that shows the saved value in that cell (Enter moves down: the next edit is there).
      const edits: number[] = [];
      // A cell in the middle of the view, wherever the jumps left it.
      const box = (await page.locator('[data-testid="data-grid"] .ag-grid-viewport').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
      for (let edit = 0; edit < EDITS; edit++) {
        const focused = page.locator('[data-testid="data-grid"] .ag-cell-focus');
        const row = await focused
          .locator('xpath=ancestor::div[contains(@class,"ag-row")][1]')
          .getAttribute('row-id');
        const col = await focused.getAttribute('col-id');
        const typed = `${4321 + edit}`;
        await focused.dblclick();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(typed);
        const selector = `.ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`;
        const expected = Number(typed).toLocaleString('en-US');
        // The Enter's time is taken in the page by a listener set before the key is sent.
        await page.evaluate(`(() => {
          window.__editStart = 0;
          document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__editStart = performance.now(); }, {
            capture: true,
            once: true,
          });
        })()`);
        await page.keyboard.press('Enter');
        const painted = page.evaluate<number>(`new Promise((resolve, reject) => {
          const check = () => {
            const cell = document.querySelector('${selector}');
            if (window.__editStart > 0 && cell && cell.textContent === '${expected}') resolve(performance.now() - window.__editStart);
            else requestAnimationFrame(check);
          };
          check();
          setTimeout(() => reject(new Error('${selector} never showed ${expected}')), 20000);
        })`);
        edits.push(
          await painted.catch(async (error: Error) => {
            const cell = await page.locator(`[data-testid="data-grid"] ${selector}`).textContent();
            throw new Error(
              `${error.message}: it shows "${cell}"; the status bar says "${await page.getByTestId('status').textContent()}"`,
            );
          }),
        );
      }
      record({ editToPaintMs: { median: median(edits), runs: edits }, heapMbAfterEdits: await heapMb(page) });
      console.log(JSON.stringify(result, null, 2));
    } finally {
      await app.close();
    }
  }, 600_000);
});
