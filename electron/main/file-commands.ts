import { app, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkbook } from '../../db/workbook';
import { electronNativeBinding } from './native-binding';
import { saveFocusedAs, showWorkbook } from './workbook-windows';

const FILTERS = [{ name: 'Instinct Workbook', extensions: ['iwb'] }];

function withExtension(path: string): string {
  return path.toLowerCase().endsWith('.iwb') ? path : `${path}.iwb`;
}

function reportError(title: string, error: unknown): void {
  dialog.showErrorBox(title, (error as Error).message);
}

/** File > New: asks where to save, creates the default workbook there and opens it. */
export async function newWorkbookCommand(): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'New workbook', filters: FILTERS });
  if (choice.canceled || !choice.filePath) return;
  const path = withExtension(choice.filePath);
  try {
    const nativeBinding = electronNativeBinding();
    createWorkbook(path, nativeBinding ? { nativeBinding } : {}).close();
    showWorkbook(path);
  } catch (error) {
    reportError('Cannot create workbook', error);
  }
}

/** File > Open. */
export async function openWorkbookCommand(): Promise<void> {
  const choice = await dialog.showOpenDialog({
    title: 'Open workbook',
    filters: FILTERS,
    properties: ['openFile'],
  });
  for (const path of choice.filePaths) showWorkbook(path);
}

/** File > Save As: a consistent copy through SQLite's backup API; the window then edits the copy. */
export async function saveAsCommand(): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'Save workbook as', filters: FILTERS });
  if (choice.canceled || !choice.filePath) return;
  try {
    await saveFocusedAs(withExtension(choice.filePath));
  } catch (error) {
    reportError('Cannot save workbook', error);
  }
}

/** The workbook `npm start` opens when no file is named: created from the defaults on first run. */
export function defaultWorkbookPath(): string {
  const path = join(app.getPath('documents'), 'Instinct Workbook.iwb');
  if (!existsSync(path)) {
    const nativeBinding = electronNativeBinding();
    createWorkbook(path, nativeBinding ? { nativeBinding } : {}).close();
  }
  return path;
}
