import { app } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecentList, withRecent } from './recent-list';

const listeners: (() => void)[] = [];

/** Calls `listener` whenever the recent list changes (the menu rebuilds its Open Recent). */
export function onRecentFilesChanged(listener: () => void): void {
  listeners.push(listener);
}

function storePath(): string {
  return join(app.getPath('userData'), 'recent-workbooks.json');
}

/** Workbooks opened recently, newest first, that still exist. */
export function listRecentFiles(): string[] {
  try {
    return parseRecentList(readFileSync(storePath(), 'utf8'), existsSync);
  } catch {
    return [];
  }
}

/** Puts `path` first in the recent list (and the OS's recent documents). */
export function rememberRecentFile(path: string): void {
  writeFileSync(storePath(), JSON.stringify(withRecent(listRecentFiles(), path), null, 2));
  app.addRecentDocument(path);
  for (const listener of listeners) listener();
}

/** Empties the recent list (File › Open Recent › Clear Recent), the OS's too. */
export function clearRecentFiles(): void {
  writeFileSync(storePath(), '[]');
  app.clearRecentDocuments();
  for (const listener of listeners) listener();
}
