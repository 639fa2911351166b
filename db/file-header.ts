import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { Refusal } from '../projection/refusal';

/** `PRAGMA application_id` of every workbook: "IWB1" in ASCII. */
export const APPLICATION_ID = 0x49574231;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface WorkbookHeader {
  readonly pageSize: number;
  readonly pageCount: number;
  readonly userVersion: number;
  readonly applicationId: number;
}

/**
 * Reads and checks the 100-byte SQLite header with plain file reads, so a file that is not one of
 * our workbooks is refused before SQLite touches it (nothing is written, not even a -wal file).
 * Offsets are from https://www.sqlite.org/fileformat.html section 1.3.
 */
export function readWorkbookHeader(path: string, newestVersion: number): WorkbookHeader {
  const name = basename(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Refusal('not_found', `${name}: no such file`);
    throw new Refusal('io', `${name}: cannot be read (${code ?? String(error)})`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) throw new Refusal('empty', `${name}: the file is empty, not a workbook`);
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    if (read < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new Refusal('not_sqlite', `${name}: not an Instinct Workbook (not a SQLite database file)`);
    }
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const applicationId = header.readUInt32BE(68);
    if (applicationId !== APPLICATION_ID) {
      throw new Refusal(
        'foreign',
        `${name}: a SQLite database but not an Instinct Workbook (application_id ${applicationId})`,
      );
    }
    const userVersion = header.readUInt32BE(60);
    if (userVersion > newestVersion) {
      throw new Refusal(
        'too_new',
        `${name}: made by a newer Instinct Workbook (schema ${userVersion}; this version reads up to ${newestVersion}); update the app to open it`,
      );
    }
    const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
    const pageCount = header.readUInt32BE(28);
    // The in-header page count is only valid when the change counter matches version-valid-for.
    const isPageCountValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    if (!validPageSize || size % pageSize !== 0 || (isPageCountValid && size < pageCount * pageSize)) {
      throw new Refusal(
        'truncated',
        `${name}: the file is truncated or damaged (${size} bytes; its header expects ${pageCount} pages of ${pageSize} bytes)`,
      );
    }
    return { pageSize, pageCount, userVersion, applicationId };
  } finally {
    closeSync(fd);
  }
}
