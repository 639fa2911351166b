import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

/**
 * The recent-workbooks list as data, apart from where it is stored (recent-files.ts) so that its
 * rules and its menu are tested without Electron: newest first, no duplicates, at most ten, only
 * files that still exist.
 */

export const RECENT_LIMIT = 10;

/** The stored list (JSON text) read back: paths that still exist; anything else is an empty list. */
export function parseRecentList(text: string, exists: (path: string) => boolean): string[] {
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && exists(p)) : [];
  } catch {
    return [];
  }
}

/** `path` first, the rest after it without it, cut to `limit`. */
export function withRecent(list: readonly string[], path: string, limit = RECENT_LIMIT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, limit);
}

/** File › Open Recent: one item per workbook (name, with its folder as sublabel), then Clear Recent. */
export function recentMenuItems(
  list: readonly string[],
  open: (path: string) => void,
  clear: () => void,
): MenuItemConstructorOptions[] {
  if (list.length === 0) return [{ label: 'No recent workbooks', enabled: false }];
  return [
    ...list.map((path) => ({ label: basename(path), sublabel: path, click: () => open(path) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: clear },
  ];
}
