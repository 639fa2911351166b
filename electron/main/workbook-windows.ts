import { BrowserWindow, clipboard, dialog, nativeImage } from 'electron';
import { basename, join } from 'node:path';
import { openForWindow } from '../../db/open-for-window';
import { saveWorkbookCopy, type Workbook } from '../../db/workbook';
import { closeQuestion, windowTitle } from '../../projection/workbook-files';
import { EVENT_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from '../contract';
import { IMPORT_FILE_EXTENSIONS } from '../import-contract';
import { backupFolder } from './backup-folder';
import { currentActivity } from './handlers/activity';
import type { DesktopSide, HandlerContext } from './handlers/handler-context';
import { cancelImport } from './handlers/running-imports';
import { parseWorkerPath } from './parse-worker-path';
import { electronNativeBinding } from './native-binding';
import { rememberRecentFile } from './recent-files';
import { canonicalPath, isSameFile } from './same-file';
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

/** What only Electron does for the handlers of one window (see DesktopSide). */
function desktopFor(window: BrowserWindow): DesktopSide {
  return {
    chooseSavePath: async ({ title, defaultName, extension, filterName }) => {
      const choice = await dialog.showSaveDialog(window, {
        title,
        defaultPath: defaultName,
        filters: [{ name: filterName, extensions: [extension] }],
      });
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    // The page shows the report's print layout (print media) while it asks for this.
    printToPdf: async (paper) =>
      window.webContents.printToPDF({
        pageSize: paper,
        printBackground: true,
        preferCSSPageSize: false,
        // The report's page box holds its own margins (renderer/features/projection/report.css).
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      }),
    copyImage: (png) => clipboard.writeImage(nativeImage.createFromBuffer(Buffer.from(png))),
    readClipboard: () => Promise.resolve({ text: clipboard.readText(), html: clipboard.readHTML() }),
    writeClipboard: (clip) => Promise.resolve(clipboard.write(clip)),
    backupFolder: backupFolder(),
    openWorkbook: (path) => showWorkbook(path),
  };
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
    ...(electronNativeBinding() ? { nativeBinding: electronNativeBinding() } : {}),
    desktop: desktopFor(open.window),
  };
}

/** Sends a menu command to the page of the focused workbook window (File > Import…). */
export function sendMenuCommand(command: MenuCommand): void {
  focusedWorkbookWindow()?.window.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/**
 * Opens a workbook to write, or read-only when another process writes it or it is damaged
 * (db/open-for-window.ts); the page shows why it cannot save.
 */
function openFile(path: string): Workbook {
  const nativeBinding = electronNativeBinding();
  return openForWindow(path, nativeBinding ? { nativeBinding } : {});
}

// The first title, until the page sets its own (with the operation running; renderer/app).
function titleFor(workbook: Workbook): string {
  return windowTitle(basename(workbook.path), null, workbook.readOnlyReason !== undefined);
}

/** Asks before a window closes while an import or export runs on its workbook; false keeps it open. */
function mayClose(open: OpenWindow): boolean {
  const question = closeQuestion(basename(open.workbook.path), currentActivity(open.workbook));
  if (question === null) return true;
  const answer = dialog.showMessageBoxSync(open.window, {
    type: 'question',
    buttons: ['Keep Open', 'Close'],
    defaultId: 0,
    cancelId: 0,
    message: question,
  });
  if (answer !== 1) return false;
  cancelImport(open.workbook);
  return true;
}

/**
 * Shows `path` in a window: focuses the window that already has it, or opens the file and a new
 * window. A refused file is reported in a dialog and changes nothing.
 */
export function showWorkbook(given: string): void {
  // One name per file, so the recent list and this check see a file reached two ways as one.
  const path = canonicalPath(given);
  for (const open of byContentsId.values()) {
    if (isSameFile(open.workbook.path, path)) {
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
  const open: OpenWindow = { window, workbook };
  byContentsId.set(contentsId, open);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (!mayClose(open)) event.preventDefault();
  });
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
