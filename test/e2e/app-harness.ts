import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { CHANNELS } from '../../electron/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { makeTempDir } from '../helpers/temp-dir';
import { isElectronRuntime, launchElectron } from './electron-app';
import { serveRenderer } from './renderer-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = join(process.cwd(), 'test-results');
const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppHarness {
  readonly page: Page;
  readonly workbook: Workbook;
  readonly workbookPath: string;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The built renderer in Chromium with `window.workbook` bridged to the real main-process dispatch
 * (zod validation and handlers) over a real workbook file: the page calls an exposed binding,
 * which runs in this Node process exactly what ipcMain would run. With IWB_E2E_RUNTIME=electron
 * the same tests drive the real app in Electron instead.
 */
export async function launchApp(): Promise<AppHarness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first');
  }
  const temp = makeTempDir('iwb-e2e-');
  const workbookPath = join(temp.dir, 'Default.iwb');
  if (isElectronRuntime()) return launchInElectron(workbookPath, temp);
  const workbook = createWorkbook(workbookPath);
  const server = await serveRenderer(RENDERER_DIR);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(temp.dir, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1600, height: 900 },
    });
    await context.exposeBinding('__iwbInvoke', (_source, channel: string, input: unknown) =>
      dispatch(channel, input, { workbook, now: () => new Date().toISOString() }),
    );
    await context.addInitScript((channels: string[]) => {
      // Runs in the page: globalThis is its window.
      const page = globalThis as unknown as { __iwbInvoke: (c: string, i: unknown) => Promise<unknown> };
      const api = Object.fromEntries(
        channels.map((c) => [c, (input?: unknown) => page.__iwbInvoke(c, input)]),
      );
      Object.defineProperty(globalThis, 'workbook', { value: Object.freeze(api) });
    }, CHANNELS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    const browser = context;
    return {
      page,
      workbook,
      workbookPath,
      url: server.url,
      close: async () => {
        await browser.close();
        await server.close();
        workbook.close();
        temp.cleanup();
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    workbook.close();
    temp.cleanup();
    throw error;
  }
}

/**
 * The same harness over the real Electron app (IWB_E2E_RUNTIME=electron, where Electron's binary
 * is installed): main owns the workbook; the test reads it through a read-only connection.
 */
async function launchInElectron(
  workbookPath: string,
  temp: ReturnType<typeof makeTempDir>,
): Promise<AppHarness> {
  createWorkbook(workbookPath).close();
  const electron = await launchElectron(workbookPath, join(temp.dir, 'profile'));
  const workbook = openWorkbook(workbookPath, { readonly: true });
  return {
    page: electron.page,
    workbook,
    workbookPath,
    url: electron.page.url(),
    close: async () => {
      await electron.close();
      workbook.close();
      temp.cleanup();
    },
  };
}

/** Saves a screenshot under test-results/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The grid cell of one series and period. */
export function gridCell(page: Page, seriesKey: string, period: string) {
  return page.locator(`.ag-row[row-id="${seriesKey}"] .ag-cell[col-id="${period}"]`);
}

/** The cell of one row and column in the grid whose wrapper has `data-testid={gridTestId}`. */
export function cellIn(page: Page, gridTestId: string, rowId: string, colId: string) {
  return page.locator(`[data-testid="${gridTestId}"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

/** Types `text` into a grid cell as a user does: double-click to edit, select all, type, Enter. */
export async function typeIntoCell(page: Page, cell: ReturnType<typeof cellIn>, text: string): Promise<void> {
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The durations (ms) and details of the page's User Timing measures called `name`, oldest first. */
export async function readMeasures(
  page: Page,
  name: string,
): Promise<{ duration: number; detail: unknown }[]> {
  return page.evaluate(
    (measure) =>
      performance
        .getEntriesByName(measure, 'measure')
        .map((e) => ({ duration: e.duration, detail: (e as { detail?: unknown }).detail })),
    name,
  );
}

/**
 * Waits until the page holds `count` User Timing measures called `name`. A PerformanceObserver in
 * the page resolves it, so the wait does not poll the page while it is being measured.
 */
export async function waitForMeasures(
  page: Page,
  name: string,
  count: number,
  timeoutMs = 10_000,
): Promise<void> {
  await page.evaluate(
    ([measure, wanted, timeout]) =>
      new Promise<void>((resolve, reject) => {
        const isDone = () => performance.getEntriesByName(measure, 'measure').length >= wanted;
        if (isDone()) return resolve();
        const observer = new PerformanceObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe({ type: 'measure' });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`timed out waiting for ${wanted} "${measure}" measures`));
        }, timeout);
      }),
    [name, count, timeoutMs] as const,
  );
}
