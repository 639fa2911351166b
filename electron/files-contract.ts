import { z } from 'zod';
import { PAPER_SIZES, type WorkbookActivity } from '../projection/workbook-files';

/**
 * The files part of the IPC contract (see contract.ts, which re-exports it): exports that leave
 * the machine as files (a chart's PNG, the scenario report's PDF, the workbook as XLSX, a grid as
 * CSV), Help › Check Workbook and Help › Backups. Main asks where to save with its own dialog, so
 * the page never names a path; it names a file (without folder) to suggest, and sends bytes only
 * for a chart image, which main checks is a PNG, and cells only for a grid it shows, which main
 * writes as CSV itself (one writer, formula-like text neutralised).
 */

export type { PaperSize, WorkbookActivity } from '../projection/workbook-files';

/** A file an export wrote: where, for the status bar. */
export interface SavedFileDto {
  readonly path: string;
  readonly fileName: string;
}

export interface ExportDoneDto extends SavedFileDto {
  /** The sheets (XLSX) or the one table (CSV) written. */
  readonly tables: readonly string[];
}

/** How far a running export has got (`exports:progress`). */
export interface ExportProgressDto {
  readonly done: number;
  readonly total: number;
  readonly step: string;
}

/** The operation running on the window's workbook, or null when none (`workbook:activity`). */
export interface WorkbookActivityDto {
  readonly activity: WorkbookActivity | null;
}

/** Help › Check Workbook: the problems found, one line each naming where; none when sound. */
export interface CheckResultDto {
  readonly problems: readonly string[];
}

/** An automatic backup of the window's workbook. */
export interface BackupDto {
  readonly name: string;
  readonly takenAt: string;
}

/** The largest chart image accepted: a 4K chart is about 1 MB; this is twenty times that, in base64. */
export const MAX_PNG_BASE64 = 28_000_000;
const PNG_BASE64 = /^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/;

const FileStem = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+$/, 'a file name without a folder or any of \\ / : * ? " < > |')
  // Control characters are no part of a name a person types (nor of any Windows file name).
  .refine((name) => [...name].every((c) => c.charCodeAt(0) >= 0x20), 'a file name without control characters')
  .refine(
    (name) => name.trim() === name && !name.startsWith('.'),
    'a file name with no space at either end and no leading dot',
  );

const Png = z
  .string()
  .max(MAX_PNG_BASE64, 'a PNG image of at most 20 MB')
  .regex(PNG_BASE64, 'a PNG image in base64 (starting with the PNG signature)');

/** A backup's file name as db/backups names them: `<workbook>.<time>.iwb`. */
const BackupName = z
  .string()
  .max(300)
  .regex(/^[^\\/]+\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.iwb$/, "a backup's file name");

/** The most cells one grid sent to exports:grid may hold: far more than any grid of the page shows. */
export const MAX_GRID_CELLS = 1_000_000;
const GridText = z
  .string()
  .max(10_000)
  // Control characters are no part of what a grid shows; tab and line breaks the CSV quotes.
  .refine(
    (text) => [...text].every((c) => c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n' || c === '\r'),
    'text without control characters',
  );
const GridCell = z.union([z.number().finite(), GridText, z.null()], {
  error: 'a cell is a finite number, text without control characters, or null',
});

/** A grid as the page shows it (or its raw numbers): a title, the column headers and the rows. */
const GridTable = z
  .object({
    title: z.string().trim().min(1).max(200),
    header: z.array(GridText).min(1).max(2_000),
    rows: z.array(z.array(GridCell)).max(200_000),
  })
  .strict()
  .superRefine((table, issues) => {
    const width = table.header.length;
    const bad = table.rows.findIndex((row) => row.length !== width);
    if (bad >= 0) {
      issues.addIssue({
        code: 'custom',
        path: ['rows', bad],
        message: `row ${bad + 1} has ${table.rows[bad]!.length} cells where the header has ${width}`,
      });
    }
    if (width * table.rows.length > MAX_GRID_CELLS) {
      issues.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `a grid of at most ${MAX_GRID_CELLS} cells`,
      });
    }
  });

export const filesInputs = {
  chartsSavePng: z.object({ fileName: FileStem, png: Png }).strict(),
  chartsCopyPng: z.object({ png: Png }).strict(),
  reportsSavePdf: z.object({ fileName: FileStem, paper: z.enum(PAPER_SIZES) }).strict(),
  exportsCsv: z
    .object({ scenario: z.string().min(1).max(80).optional(), form: z.enum(['raw', 'shown']).optional() })
    .strict(),
  backupsRestore: z.object({ name: BackupName }).strict(),
  exportsGrid: GridTable,
} as const;
