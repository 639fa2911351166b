import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  commitImport,
  importFile,
  previewImport,
  type ImportOptions,
  type ImportRequest,
} from '../../db/import';
import { createWorkbook, type Db, type Workbook } from '../../db/workbook';

let fileCount = 0;

/** Writes `content` (text or bytes) to a new file in `dir` and returns its path. */
export function writeDataFile(dir: string, content: string | Uint8Array, extension = 'csv'): string {
  const path = join(dir, `data-${++fileCount}.${extension}`);
  writeFileSync(path, content);
  return path;
}

/** A new workbook with the default content (21 series, calendars for AMD, NVIDIA...). */
export function defaultWorkbook(dir: string): Workbook {
  return createWorkbook(join(dir, `w-${++fileCount}.iwb`));
}

/**
 * Everything an import may change, as plain rows: comparing two snapshots tells whether a
 * workbook is exactly as it was (values, sources, notes, imports, series, calendars, journal).
 */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = [
    'observations',
    'series',
    'imports',
    'fiscal_calendars',
    'journal',
    'import_replaced',
    'import_series',
    'import_recipes',
  ];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

/** The stored value of `key` in `period`, or undefined. */
export function storedValue(
  db: Db,
  key: string,
  period: string,
): { value: number; source: string; note: string; import_id: number | null } | undefined {
  return db
    .prepare<[string, string], { value: number; source: string; note: string; import_id: number | null }>(
      'SELECT o.value, o.source, o.note, o.import_id FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key = ? AND o.period = ?',
    )
    .get(key, period);
}

/** Previews then commits `content` as a CSV file; returns the preview and the result. */
export async function importText(
  db: Db,
  dir: string,
  content: string,
  options: ImportOptions = {},
  extra: Partial<ImportRequest> = {},
) {
  const path = writeDataFile(dir, content);
  const preview = await previewImport(db, { path, options, ...extra });
  const result = preview.canCommit ? await commitImport(db, preview.previewId) : null;
  return { path, preview, result };
}

/** Imports `content` in one pass (as the CLI does). */
export async function importTextDirect(
  db: Db,
  dir: string,
  content: string,
  options: ImportOptions = {},
  extra: Partial<ImportRequest> = {},
) {
  return importFile(db, { path: writeDataFile(dir, content), options, ...extra });
}
