import { randomUUID } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { basename, extname, isAbsolute } from 'node:path';
import { listSheets } from '../../../db/import';
import type { Workbook } from '../../../db/workbook';
import { IMPORT_FILE_EXTENSIONS, type FileGrant } from '../../import-contract';
import { Refusal } from '../../../projection/refusal';

interface GrantedFile extends FileGrant {
  readonly path: string;
}

// A window previews a handful of files at most; the oldest grants are forgotten.
const KEEP = 16;
const grantsByWorkbook = new WeakMap<Workbook, Map<string, GrantedFile>>();

function refuse(message: string): never {
  throw new Refusal('invalid_file', message);
}

/**
 * Checks that `path` is a file the importer can read: an absolute path to an existing regular,
 * readable file named .csv, .tsv, .txt or .xlsx. Refuses with a message naming the file and why.
 */
export function checkImportFile(path: string): { name: string; size: number } {
  const name = basename(path);
  if (!isAbsolute(path)) refuse(`${name}: not an absolute path`);
  const extension = extname(name).slice(1).toLowerCase();
  if (!(IMPORT_FILE_EXTENSIONS as readonly string[]).includes(extension)) {
    refuse(`${name}: not a CSV, TSV, TXT or XLSX file; only those can be imported`);
  }
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refuse(code === 'ENOENT' ? `${name}: the file does not exist` : `${name}: cannot be read (${code})`);
  }
  if (!stats.isFile()) refuse(`${name}: not a regular file (a folder, device or pipe)`);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    refuse(`${name}: you do not have permission to read it`);
  }
  return { name, size: stats.size };
}

/** The sheets of an XLSX file; none for text, or for a file that is not a workbook (its preview says why). */
async function sheetsOf(path: string): Promise<string[]> {
  if (extname(path).toLowerCase() !== '.xlsx') return [];
  return listSheets(path).catch(() => []);
}

/** Checks `path` (see checkImportFile) and grants the workbook's window access to it by id. */
export async function grantFile(workbook: Workbook, path: string): Promise<FileGrant> {
  const { name, size } = checkImportFile(path);
  const sheets = await sheetsOf(path);
  let grants = grantsByWorkbook.get(workbook);
  if (!grants) grantsByWorkbook.set(workbook, (grants = new Map()));
  const grantId = randomUUID();
  grants.set(grantId, { grantId, name, size, sheets, path });
  for (const oldId of grants.keys()) {
    if (grants.size <= KEEP) break;
    grants.delete(oldId);
  }
  return { grantId, name, size, sheets };
}

/** The path granted under `grantId` to this workbook's window; refuses an unknown or forgotten id. */
export function grantedPath(workbook: Workbook, grantId: string): string {
  const granted = grantsByWorkbook.get(workbook)?.get(grantId);
  if (!granted) {
    throw new Refusal('unknown_grant', 'that file is no longer open for import; choose it again');
  }
  return granted.path;
}
