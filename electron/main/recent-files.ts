import { app } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 10;
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
    const list = JSON.parse(readFileSync(storePath(), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && existsSync(p)) : [];
  } catch {
    return [];
  }
}

/** Puts `path` first in the recent list (and the OS's recent documents). */
export function rememberRecentFile(path: string): void {
  const list = [path, ...listRecentFiles().filter((p) => p !== path)].slice(0, LIMIT);
  writeFileSync(storePath(), JSON.stringify(list, null, 2));
  app.addRecentDocument(path);
  for (const listener of listeners) listener();
}

/** Empties the recent list. */
export function clearRecentFiles(): void {
  writeFileSync(storePath(), '[]');
  app.clearRecentDocuments();
  for (const listener of listeners) listener();
}
