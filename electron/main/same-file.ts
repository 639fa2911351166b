import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The one name of a file: absolute, with `.`, `..` and symbolic links resolved (and, on macOS and
 * Windows, the case the file system stores), so a workbook opened twice by different paths is
 * recognised as the one already open. A path that cannot be resolved (the file is gone) is only
 * made absolute.
 */
export function canonicalPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/** Whether two paths name the same file. */
export function isSameFile(a: string, b: string): boolean {
  return canonicalPath(a) === canonicalPath(b);
}
