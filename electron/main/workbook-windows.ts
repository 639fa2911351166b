import { BrowserWindow, dialog } from 'electron';
import { basename, join } from 'node:path';
import { openWorkbook, saveWorkbookCopy, type Workbook } from '../../db/workbook';
import { Refusal } from '../../projection/refusal';
import { EVENT_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../contract';
import { IMPORT_FILE_EXTENSIONS } from '../import-contract';
import type { HandlerContext } from './handlers/handler-context';
import { parseWorkerPath } from './parse-worker-path';
import { electronNativeBinding } from './native-binding';
import { rememberRecentFile } from './recent-files';
import { RENDERER_URL } from './app-protocol';
import { secureWebPreferences } from './security';

interface OpenWindow {
  readonly window: BrowserWindow;
  workbook: Workbook;
}

const byContentsId = new Map<number, OpenWindow>();
const parseWorker = parseWorkerPath();

/** The native open dialog for a file to import, over `window`; the path, or null when cancelled. */
async function chooseImportFile(window: BrowserWindow): Promise<string | null> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import data',
    filters: [{ name: 'CSV, TSV, text or Excel', extensions: [...IMPORT_FILE_EXTENSIONS] }],
    properties: ['openFile'],
  });
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

/** The handler context of the window whose page sent a message, if it is one of ours. */
export function contextForSender(webContentsId: number): HandlerContext | undefined {
  const open = byContentsId.get(webContentsId);
  if (!open) return undefined;
  return {
    workbook: open.workbook,
    now: () => new Date().toISOString(),
    chooseImportFile: () => chooseImportFile(open.window),
    emit: (name, payload) => {
      if (!open.window.isDestroyed()) open.window.webContents.send(EVENT_CHANNEL, name, payload);
    },
    parseWorker,
  };
}

/** Sends a menu command to the page of the focused workbook window (File > Import…). */
export function sendMenuCommand(command: MenuCommand): void {
  focusedWorkbookWindow()?.window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/**
 * Opens a workbook to write, or read-only when another process is writing it (never two
 * writers: db/writer-lock.ts); the page shows why it cannot save.
 */
function openFile(path: string): Workbook {
  const nativeBinding = electronNativeBinding();
  const options = nativeBinding ? { nativeBinding } : {};
  try {
    return openWorkbook(path, options);
  } catch (error) {
    if (!(error instanceof Refusal) || error.code !== 'busy') throw error;
    return { ...openWorkbook(path, { ...options, readonly: true }), readOnlyReason: error.message };
  }
}

function titleFor(workbook: Workbook): string {
  return `${basename(workbook.path)} — Instinct Workbook`;
}

/**
 * Shows `path` in a window: focuses the window that already has it, or opens the file and a new
 * window. A refused file is reported in a dialog and changes nothing.
 */
export function showWorkbook(path: string): void {
  for (const open of byContentsId.values()) {
    if (open.workbook.path === path) {
      open.window.show();
      open.window.focus();
      return;
    }
  }
  let workbook: Workbook;
  try {
    workbook = openFile(path);
  } catch (error) {
    dialog.showErrorBox('Cannot open workbook', (error as Error).message);
    return;
  }
  rememberRecentFile(path);
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: titleFor(workbook),
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'index.cjs')),
  });
  const contentsId = window.webContents.id;
  byContentsId.set(contentsId, { window, workbook });
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => {
    byContentsId.get(contentsId)?.workbook.close();
    byContentsId.delete(contentsId);
  });
  void window.loadURL(RENDERER_URL);
}

/** The workbook window that has focus, if any. */
/** Every workbook open in a window (for the automatic backups). */
export function openWorkbooks(): Workbook[] {
  return [...byContentsId.values()].map((open) => open.workbook);
}

export function focusedWorkbookWindow(): OpenWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return focused ? byContentsId.get(focused.webContents.id) : undefined;
}

/**
 * Save As: copies the focused window's workbook to `destination` with the backup API, then makes
 * the window edit the copy (the original stays as it was saved).
 */
export async function saveFocusedAs(destination: string): Promise<void> {
  const open = focusedWorkbookWindow();
  if (!open) return;
  await saveWorkbookCopy(open.workbook, destination);
  const copy = openFile(destination);
  open.workbook.close();
  open.workbook = copy;
  open.window.setTitle(titleFor(copy));
  rememberRecentFile(destination);
  open.window.webContents.reload();
}

/** Closes every workbook (on quit). */
export function closeAllWorkbooks(): void {
  for (const open of byContentsId.values()) open.workbook.close();
  byContentsId.clear();
}
