import type ExcelJS from 'exceljs';
import type { ExportTable } from './export-tables';

/**
 * Writes tables to an XLSX file with exceljs: a bold, frozen header row, the key columns frozen,
 * numbers as numbers with their format, text as text (a string cell is never a formula, whatever
 * it starts with), sources and notes as cell comments, and column widths that fit their content.
 */

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\), unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(INVALID_SHEET_CHARS, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function addTable(book: ExcelJS.Workbook, t: ExportTable, taken: Set<string>): void {
  const sheet = book.addWorksheet(sheetName(t.name, taken), {
    views: [{ state: 'frozen', xSplit: t.frozenColumns, ySplit: 1 }],
  });
  const header = sheet.addRow([...t.header]);
  header.font = { bold: true };
  t.rows.forEach((cells, r) => {
    const row = sheet.addRow([...cells]);
    cells.forEach((value, c) => {
      const format = t.formats[c] ?? t.rowFormats?.[r] ?? null;
      if (typeof value === 'number' && format !== null) row.getCell(c + 1).numFmt = format;
    });
  });
  for (const n of t.notes) sheet.getCell(n.row + 2, n.column + 1).note = n.text;
  sheet.columns.forEach((column, c) => {
    const longest = Math.max(
      t.header[c]?.length ?? 0,
      ...t.rows.slice(0, 500).map((r) => {
        const v = r[c];
        return typeof v === 'number' ? 12 : String(v ?? '').length;
      }),
    );
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
}

/**
 * The tables as an XLSX file at `path`; `onSheet(name)` is called before each sheet is laid out,
 * and `onSheet(null)` before the file is written.
 */
export async function writeXlsx(
  path: string,
  tables: readonly ExportTable[],
  onSheet: (name: string | null) => void = () => undefined,
): Promise<void> {
  // Loaded here, not with the module: exceljs takes 100-200 ms to load, and every command of the
  // CLI (an import of a CSV file among them) would pay for it at start-up.
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = 'Instinct Workbook';
  const taken = new Set<string>();
  for (const t of tables) {
    onSheet(t.name);
    addTable(book, t, taken);
  }
  onSheet(null);
  await book.xlsx.writeFile(path);
}
