import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { openForWindow } from '../../db/open-for-window';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { EVENT_NAMES, PAGE_CHANNELS, type MenuCommand } from '../../electron/contract';
import type { DesktopSide, HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { parseWorkerPath } from '../../electron/main/parse-worker-path';
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
  /** A folder for the test's own files (data files to import), removed on close. */
  readonly tempDir: string;
  /**
   * Stands in for the native open dialog: each later files:choose answers `path` (null: the user
   * cancels). In Electron, main's dialog.showOpenDialog is replaced to answer it.
   */
  setChosenFile(path: string | null): Promise<void>;
  /**
   * Stands in for the native save dialog: each later save (a chart's PNG, the report's PDF, an
   * export, a restored backup) answers `path` (null: the user cancels).
   */
  setSavePath(path: string | null): void;
  /** What the desktop side was asked for that only Electron does: clipboard images, windows opened. */
  readonly desktop: { readonly copiedImages: Uint8Array[]; readonly openedWorkbooks: string[] };
  /** Sends a menu command to the page, as main does for File > Import…. */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * The built renderer in Chromium with `window.workbook` bridged to the real main-process dispatch
 * (zod validation and handlers) over a real workbook file: the page calls an exposed binding,
 * which runs in this Node process exactly what ipcMain would run. With IWB_E2E_RUNTIME=electron
 * the same tests drive the real app in Electron instead.
 *
 * Files to import reach main as they do in the app, through a grant. files:choose runs the real
 * handler with `setChosenFile`'s path in place of the native dialog. A dropped file: the page's
 * grantDroppedFile (the preload's, in the app) gets a real File from a real drop event; here it
 * sends the File's bytes to this process, which writes them to a temporary file under the File's
 * name and dispatches files:grantDropped with that path, as the preload does with the path
 * Electron's webUtils.getPathForFile gives. Menu commands reach the page's onMenuCommand listeners
 * through sendMenuCommand, and the events main pushes (HandlerContext.emit) reach its onEvent
 * listeners through a page.evaluate per event.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const app = await startApp(options);
  // The app opens on the Data view: it is ready once the grid shows the workbook's first series.
  await app.page.locator('[data-testid="data-grid"] .ag-row').first().waitFor();
  return app;
}

/** How a test wants the app started. */
export interface LaunchOptions {
  /** Fills the workbook before the page opens it (a large workbook, say); `dir` is the test's temp folder. */
  readonly prepare?: (workbook: Workbook, dir: string) => Promise<void>;
  /**
   * Writes the workbook file itself (given its path) instead of a new default workbook; the
   * harness then opens it as the app opens a file for a window (db/open-for-window.ts).
   */
  readonly writeFile?: (path: string) => void;
}

async function startApp({ prepare, writeFile }: LaunchOptions): Promise<AppHarness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first');
  }
  const temp = makeTempDir('iwb-e2e-');
  const workbookPath = join(temp.dir, 'Default.iwb');
  if (isElectronRuntime()) return launchInElectron(workbookPath, temp, prepare);
  let workbook: Workbook;
  if (writeFile) {
    writeFile(workbookPath);
    workbook = openForWindow(workbookPath);
  } else {
    workbook = createWorkbook(workbookPath);
  }
  const { context, url, pages } = await sharedBrowser();
  let page: Page | undefined;
  try {
    await prepare?.(workbook, temp.dir);
    let chosenFile: string | null = null;
    let savePath: string | null = null;
    const copiedImages: Uint8Array[] = [];
    const openedWorkbooks: string[] = [];
    // The page is opened after its route is known; events go to it once it is.
    const opened: { page?: Page } = {};
    const handlerContext: HandlerContext = {
      workbook,
      now: () => new Date().toISOString(),
      chooseImportFile: () => Promise.resolve(chosenFile),
      // As webContents.send does: fire and forget; a page gone or navigating gets nothing.
      emit: (name, payload) =>
        void opened.page
          ?.evaluate(([n, p]) => (globalThis as unknown as PageHooks).__iwbEvent(n, p), [
            name,
            payload,
          ] as const)
          .catch(() => undefined),
      // As the app does: large files are read on the built parse worker.
      parseWorker: parseWorkerPath(join(process.cwd(), 'dist', 'main')),
      desktop: harnessDesktop(
        () => savePath,
        () => opened.page,
        join(temp.dir, 'backups'),
        copiedImages,
        openedWorkbooks,
      ),
    };
    // The browser's first tab serves the file's first test: one tab at a time, as in the app.
    page = context.pages().find((p) => !pages.has(p)) ?? (await context.newPage());
    opened.page = page;
    pages.set(page, { handlerContext, tempDir: temp.dir, drops: 0 });
    await page.goto(url);
    const shown = page;
    return {
      page: shown,
      workbook,
      workbookPath,
      url,
      tempDir: temp.dir,
      setChosenFile: (path) => {
        chosenFile = path;
        return Promise.resolve();
      },
      setSavePath: (path) => {
        savePath = path;
      },
      desktop: { copiedImages, openedWorkbooks },
      sendMenuCommand: (command) =>
        shown.evaluate((c) => (globalThis as unknown as PageHooks).__iwbMenuCommand(c), command),
      close: async () => {
        pages.delete(shown);
        await shown.close();
        workbook.close();
        temp.cleanup();
      },
    };
  } catch (error) {
    if (page) pages.delete(page);
    await page?.close();
    workbook.close();
    temp.cleanup();
    throw error;
  }
}

/** What the bindings of one page answer with: its app's handlers and folder. */
interface PageRoute {
  readonly handlerContext: HandlerContext;
  readonly tempDir: string;
  drops: number;
}

interface SharedBrowser {
  readonly context: BrowserContext;
  readonly url: string;
  readonly pages: Map<Page, PageRoute>;
  close(): Promise<void>;
}

let shared: Promise<SharedBrowser> | null = null;

/**
 * One Chromium (a fresh profile) and one server of the built renderer per test file, each test's
 * app a new page in it over its own workbook: launching a browser per test was a second or two of
 * the two cores' time, and on one origin the page's script is compiled once and cached. The
 * bindings route each page's requests to its own app. Closed after the file's tests.
 */
function sharedBrowser(): Promise<SharedBrowser> {
  shared ??= openSharedBrowser().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}

/** Main's time for each request (parsing its input and the handler), kept when a benchmark asks. */
export const dispatchTimes: { channel: string; ms: number }[] = [];
const isTimingDispatch = process.env.IWB_HARNESS_TIMING === '1';

async function openSharedBrowser(): Promise<SharedBrowser> {
  const server = await serveRenderer(RENDERER_DIR);
  const profile = makeTempDir('iwb-e2e-profile-');
  try {
    const context = await chromium.launchPersistentContext(join(profile.dir, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1600, height: 900 },
      // The page's clipboard stands in for the system's: main's clipboard:read reads it.
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const pages = new Map<Page, PageRoute>();
    const routeOf = (page: Page) => {
      const route = pages.get(page);
      if (!route) throw new Error('a request from a page no test opened');
      return route;
    };
    // Requests and replies cross as JSON text: Playwright serializes a structured value node by
    // node (a 250 KB reply took 300 ms), where Electron's IPC clones it in milliseconds.
    await context.exposeBinding(
      '__iwbInvoke',
      async ({ page }, channel: string, input: string | undefined) => {
        const { handlerContext } = routeOf(page);
        const start = performance.now();
        const reply = await dispatch(channel, input === undefined ? undefined : fromWire(input), handlerContext);
        if (isTimingDispatch) dispatchTimes.push({ channel, ms: performance.now() - start });
        return toWire(reply);
      },
    );
    await context.exposeBinding('__iwbGrantDropped', ({ page }, name: string, base64: string) => {
      const route = routeOf(page);
      const dir = join(route.tempDir, 'dropped', String(++route.drops));
      mkdirSync(dir, { recursive: true });
      const path = join(dir, basename(name));
      writeFileSync(path, Buffer.from(base64, 'base64'));
      return dispatch('files:grantDropped', { path }, route.handlerContext);
    });
    await context.addInitScript(pageBridge, { channels: PAGE_CHANNELS, events: EVENT_NAMES });
    return {
      context,
      url: server.url,
      pages,
      close: async () => {
        await context.close();
        await server.close();
        profile.cleanup();
      },
    };
  } catch (error) {
    await server.close();
    profile.cleanup();
    throw error;
  }
}

afterAll(async () => {
  const browser = shared;
  shared = null;
  await (await browser?.catch(() => null))?.close();
});

/**
 * The desktop side in the harness: the save dialog answers `savePath()`, the printer is Chromium's
 * own (Playwright's page.pdf prints the page's print media, as Electron's printToPDF does), and
 * the clipboard and new windows are recorded for the test to read.
 */
function harnessDesktop(
  savePath: () => string | null,
  page: () => Page | undefined,
  backupFolder: string,
  copiedImages: Uint8Array[],
  openedWorkbooks: string[],
): DesktopSide {
  return {
    chooseSavePath: () => Promise.resolve(savePath()),
    printToPdf: async (paper) => {
      const shown = page();
      if (!shown) throw new Error('no page to print');
      // No paper margins: the report's page box holds its own (report.css), as in the app.
      const margin = { top: '0', right: '0', bottom: '0', left: '0' };
      return shown.pdf({ format: paper, printBackground: true, preferCSSPageSize: false, margin });
    },
    copyImage: (png) => copiedImages.push(png),
    writeClipboard: async ({ text, html }) => {
      const shown = page();
      if (!shown) throw new Error('no page to write the clipboard of');
      await shown.evaluate(
        async ([plain, table]) => {
          const dom = globalThis as unknown as {
            navigator: { clipboard: { write(items: unknown[]): Promise<void> } };
            ClipboardItem: new (items: Record<string, unknown>) => unknown;
            Blob: new (parts: string[], options: { type: string }) => unknown;
          };
          const item = new dom.ClipboardItem({
            'text/plain': new dom.Blob([plain], { type: 'text/plain' }),
            'text/html': new dom.Blob([table], { type: 'text/html' }),
          });
          await dom.navigator.clipboard.write([item]);
        },
        [text, html] as const,
      );
    },
    // The browser's own clipboard stands in for the system's (the context grants reading it).
    readClipboard: async () => {
      const shown = page();
      if (!shown) throw new Error('no page to read the clipboard of');
      return shown.evaluate(async () => {
        const nav = globalThis as unknown as {
          navigator: {
            clipboard: {
              read(): Promise<
                { types: string[]; getType(t: string): Promise<{ text(): Promise<string> }> }[]
              >;
            };
          };
        };
        const [item] = await nav.navigator.clipboard.read();
        const read = async (type: string) =>
          item?.types.includes(type) ? (await item.getType(type)).text() : '';
        return { text: await read('text/plain'), html: await read('text/html') };
      });
    },
    backupFolder,
    openWorkbook: (path) => openedWorkbooks.push(path),
  };
}

/**
 * The same harness over the real Electron app (IWB_E2E_RUNTIME=electron, where Electron's binary
 * is installed): main owns the workbook; the test reads it through a read-only connection.
 */
async function launchInElectron(
  workbookPath: string,
  temp: ReturnType<typeof makeTempDir>,
  prepare: LaunchOptions['prepare'],
): Promise<AppHarness> {
  const created = createWorkbook(workbookPath);
  await prepare?.(created, temp.dir);
  created.close();
  const electron = await launchElectron(workbookPath, join(temp.dir, 'profile'));
  const workbook = openWorkbook(workbookPath, { readonly: true });
  return {
    page: electron.page,
    workbook,
    workbookPath,
    url: electron.page.url(),
    tempDir: temp.dir,
    setChosenFile: (path) => electron.setChosenFile(path),
    setSavePath: () => {
      throw new Error('the save dialog is not stood in for under Electron yet');
    },
    desktop: { copiedImages: [], openedWorkbooks: [] },
    sendMenuCommand: (command) => electron.sendMenuCommand(command),
    close: async () => {
      await electron.close();
      workbook.close();
      temp.cleanup();
    },
  };
}

/** What the page bridge adds to the page's globals: the bindings it calls, the menu and event hooks. */
/**
 * JSON that keeps what structured cloning keeps and JSON loses: NaN and the infinities, and
 * undefined. (The page's copy of these two is inlined in pageBridge, which runs there.)
 */
function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v)
      ? { __iwbNumber: String(v) }
      : v === undefined
        ? { __iwbUndefined: true }
        : v,
  );
}

function fromWire(text: string): unknown {
  if (!text.includes('"__iwb')) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && '__iwbNumber' in v
      ? Number((v as { __iwbNumber: string }).__iwbNumber)
      : v !== null && typeof v === 'object' && '__iwbUndefined' in v
        ? undefined
        : v,
  );
}

interface PageHooks {
  __iwbInvoke(channel: string, input: string | undefined): Promise<string>;
  __iwbGrantDropped(name: string, base64: string): Promise<unknown>;
  __iwbMenuCommand(command: string): void;
  __iwbEvent(name: string, payload: unknown): void;
}

/**
 * Runs in the page before its scripts (globalThis is its window): builds `window.workbook` as the
 * preload does, over the harness's bindings. Typed without the DOM: a File is what it reads of it.
 */
function pageBridge({ channels, events }: { channels: readonly string[]; events: readonly string[] }): void {
  const page = globalThis as unknown as PageHooks;
  // toWire and fromWire of the harness, here in the page.
  const toWire = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v)
        ? { __iwbNumber: String(v) }
        : v === undefined
          ? { __iwbUndefined: true }
          : v,
    );
  const fromWire = (text: string): unknown =>
    !text.includes('"__iwb')
      ? JSON.parse(text)
      : JSON.parse(text, (_key, v: unknown) =>
          v !== null && typeof v === 'object' && '__iwbNumber' in v
            ? Number((v as { __iwbNumber: string }).__iwbNumber)
            : v !== null && typeof v === 'object' && '__iwbUndefined' in v
              ? undefined
              : v,
        );
  const invoke = Object.fromEntries(
    channels.map((c) => [
      c,
      async (input?: unknown) =>
        fromWire(await page.__iwbInvoke(c, input === undefined ? undefined : toWire(input))),
    ]),
  );
  const listeners = new Set<(command: string) => void>();
  page.__iwbMenuCommand = (command) => listeners.forEach((listener) => listener(command));
  const eventListeners = new Set<{ name: string; listener: (payload: unknown) => void }>();
  page.__iwbEvent = (name, payload) =>
    eventListeners.forEach((entry) => entry.name === name && entry.listener(payload));
  const api = {
    ...invoke,
    grantDroppedFile: async (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      }
      return page.__iwbGrantDropped(file.name, btoa(binary));
    },
    onMenuCommand: (listener: (command: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent: (name: string, listener: (payload: unknown) => void) => {
      if (!events.includes(name)) throw new Error(`unknown event "${name}"`);
      const entry = { name, listener };
      eventListeners.add(entry);
      return () => eventListeners.delete(entry);
    },
  };
  Object.defineProperty(globalThis, 'workbook', { value: Object.freeze(api) });
}

/**
 * Drags files over the page as a user does: real drag events (by default `dragenter`, `dragover`
 * and `drop`) on `selector`, their DataTransfer holding a File of each name and content.
 */
export async function dragFiles(
  page: Page,
  files: readonly { name: string; content: string }[],
  selector = 'body',
  events: readonly string[] = ['dragenter', 'dragover', 'drop'],
): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    // In the page; typed without the DOM.
    const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } };
    const data = new dom.DataTransfer();
    for (const { name, content } of list) data.items.add(new File([content], name));
    return data;
  }, files);
  for (const type of events) await page.dispatchEvent(selector, type, { dataTransfer: transfer });
}

/** Saves a screenshot under test-results/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The grid cell of one series and period. */
/**
 * Pastes as a spreadsheet does: a paste event on the focused cell whose clipboardData holds the
 * text (and the HTML table, when given) that Excel or Google Sheets put on the system clipboard.
 */
export async function pasteOnFocused(page: Page, text: string, html = ''): Promise<void> {
  await page.evaluate(
    ([plain, table]) => {
      // In the page; typed without the DOM.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, data: string): void };
        ClipboardEvent: new (type: string, init: object) => object;
        document: { activeElement: { dispatchEvent(event: object): boolean } };
      };
      const data = new dom.DataTransfer();
      data.setData('text/plain', plain);
      if (table) data.setData('text/html', table);
      const event = new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      dom.document.activeElement.dispatchEvent(event);
    },
    [text, html] as const,
  );
}

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
