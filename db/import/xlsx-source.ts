import type ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ImportError } from './import-error';
import type { ReadHooks } from './text-source';

/**
 * XLSX files, read with exceljs's streaming reader so a large sheet is never held whole. Each row
 * becomes a record of text cells and goes through the same pipeline as a CSV record: numbers are
 * written in plain decimal ("1234.5"), percent-formatted numbers as the percent they show
 * ("23.6%"), dates as YYYY-MM-DD, formulas as their cached result.
 */

type CellValue = ExcelJS.CellValue;

/** exceljs is loaded on first use: most imports are CSV, and it is large. */
async function reader(path: string): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  const { default: excel } = await import('exceljs');
  return new excel.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The text a cell shows, in the forms the importer reads (see above). */
export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (numFmt?.includes('%')) return `${Number((value * 100).toPrecision(12))}%`;
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue, numFmt);
  if ('error' in value) return value.error;
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text, numFmt);
  return '';
}

function notXlsx(path: string, error: unknown): ImportError {
  const issue = {
    line: 1,
    column: null,
    value: '',
    message: `the file cannot be read as XLSX (${(error as Error).message})`,
  };
  return new ImportError('rejected', `line 1: ${issue.message}`, issue);
}

/** The names of the sheets of an XLSX workbook, in order. */
export async function listSheets(path: string): Promise<string[]> {
  const workbook = await reader(path);
  try {
    for await (const _sheet of workbook) {
      const model = (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model;
      return (model?.sheets ?? []).map((s) => s.name);
    }
    return [];
  } catch (error) {
    throw notXlsx(path, error);
  }
}

/** SHA-256 of a file's bytes. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Reads the rows of sheet `sheet` (the first when null) as records; `line` is the sheet's row
 * number. Stops after `limit` records when given. Resolves with the name of the sheet read.
 */
export async function readXlsxRecords(
  path: string,
  sheet: string | null,
  onRecord: (fields: string[], line: number) => void,
  hooks: ReadHooks,
  limit = Infinity,
): Promise<string> {
  const workbook = await reader(path);
  let found: string | null = null;
  let count = 0;
  try {
    for await (const worksheet of workbook) {
      const name = (worksheet as unknown as { name: string }).name;
      const isWanted = found === null && (sheet === null || name === sheet);
      for await (const row of worksheet) {
        if (!isWanted || count >= limit) continue;
        if (hooks.signal?.aborted) throw new ImportError('cancelled', 'the import was cancelled');
        const fields: string[] = [];
        for (let c = 1; c <= row.cellCount; c++) {
          const cell = row.getCell(c);
          fields.push(cellText(cell.value, cell.numFmt));
        }
        if (fields.some((f) => f.trim() !== '')) {
          onRecord(fields, row.number);
          count++;
        }
      }
      if (isWanted) {
        found = name;
        if (count >= limit) break;
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw notXlsx(path, error);
  }
  if (found === null) {
    throw new ImportError('invalid', `the workbook has no sheet called "${sheet}"`);
  }
  return found;
}
