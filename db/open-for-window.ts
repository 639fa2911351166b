import { basename } from 'node:path';
import { Refusal } from '../projection/refusal';
import { checkWorkbookFile } from './check-workbook';
import { openWorkbook, type OpenOptions, type Workbook } from './workbook';

/**
 * Opens a workbook for a window of the app. It is opened to write, unless that would be unsafe:
 * - another process writes it (db/writer-lock.ts): read-only, never two writers;
 * - it is damaged (SQLite's checks or its schema fail, see checkWorkbookFile): read-only, so
 *   whatever is still readable can be seen and exported, and nothing is ever written to it.
 * Each read-only workbook carries the reason the app shows in its banner. A file that is not a
 * workbook at all, or is from a newer version of the app, is still refused (the Refusal).
 */
export function openForWindow(path: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Workbook {
  let workbook: Workbook;
  try {
    workbook = openWorkbook(path, options);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.code === 'busy')
      return readOnly(path, options, `${error.message}; close it there to edit here`);
    if (error.code === 'corrupt') return readOnly(path, options, damagedReason(error.message), error);
    throw error;
  }
  const problems = checkWorkbookFile(workbook.db);
  if (problems.length === 0) return workbook;
  workbook.close();
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return readOnly(path, options, damagedReason(`${basename(path)}: ${problems[0]!}${more}`));
}

function damagedReason(problem: string): string {
  return `${problem}; it is opened read-only and nothing will be written to it (Help › Backups may hold a sound copy)`;
}

function readOnly(
  path: string,
  options: Pick<OpenOptions, 'nativeBinding'>,
  reason: string,
  original?: Refusal,
): Workbook {
  try {
    const workbook = openWorkbook(path, { ...options, readonly: true, allowDamaged: true });
    return { ...workbook, readOnlyReason: reason };
  } catch (error) {
    // Too damaged to read at all: the first refusal says why better than the second.
    throw original ?? error;
  }
}
