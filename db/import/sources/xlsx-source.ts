import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ReadHooks } from './text-source';
import {
  localName,
  parseXml,
  readCellFormats,
  readSharedStrings,
  readWorkbookParts,
  StopReading,
  type CellFormat,
} from './xlsx-parts';
import { openXlsxZip, type XlsxZip } from './xlsx-zip';
import { Refusal } from '../../../projection/refusal';

/**
 * XLSX files, read part by part from the archive's central directory (xlsx-zip.ts) and parsed as
 * streams, so a large sheet is never held whole. Each row becomes a record of text cells and goes
 * through the same pipeline as a CSV record: numbers are written in plain decimal ("1234.5"),
 * percent-formatted numbers as the percent they show ("23.6%"), dates as YYYY-MM-DD, formulas as
 * their cached result, booleans as TRUE or FALSE, errors as written ("#N/A").
 */

/** What a sheet's cells need from the rest of the workbook. */
interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly date1904: boolean;
}

const DAY_MS = 86_400_000;
/** Serial day 0 of the 1900 date system is 1899-12-30 (Excel's 1900 leap-year bug included). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function isoDate(serial: number, date1904: boolean): string {
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/** The text a cell shows, in the forms the importer reads (see above). */
function cellText(type: string, value: string, inline: string, style: number, context: SheetContext): string {
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : value;
  }
  if (value.trim() === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const format = context.formats[style];
  if (format === 'percent') return `${Number((number * 100).toPrecision(12))}%`;
  if (format === 'date') return isoDate(number, context.date1904);
  return String(number);
}

/** Zero-based column of a cell reference ("C7" -> 2), or -1. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) return i === 0 ? -1 : column - 1;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** Streams sheet `part`, passing each row with a non-blank cell to `onRecord` (up to `limit`). */
async function readSheetRows(
  zip: XlsxZip,
  part: string,
  context: SheetContext,
  onRecord: (fields: string[], line: number) => void,
  hooks: ReadHooks,
  limit: number,
): Promise<void> {
  let count = 0;
  let rowNumber = 0;
  let fields: string[] = [];
  let column = -1;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let where: 'v' | 'is' | 'is-t' | null = null;
  await parseXml(
    await zip.open(part),
    {
      open(tag) {
        const name = localName(tag.name);
        const { attributes } = tag;
        if (name === 'row') {
          rowNumber = Number(attributes.r) || rowNumber + 1;
          fields = [];
          column = -1;
        } else if (name === 'c') {
          const at = attributes.r === undefined ? -1 : columnOf(attributes.r);
          column = at === -1 ? column + 1 : at;
          type = attributes.t ?? 'n';
          style = Number(attributes.s ?? 0);
          value = inline = '';
        } else if (name === 'v') {
          where = 'v';
        } else if (name === 'is') {
          where = 'is';
        } else if (name === 't' && where === 'is') {
          where = 'is-t';
        }
      },
      text(text) {
        if (where === 'v') value += text;
        else if (where === 'is-t') inline += text;
      },
      close(name) {
        const local = localName(name);
        if (local === 'v' || local === 'is') where = null;
        else if (local === 't' && where === 'is-t') where = 'is';
        else if (local === 'c') fields[column] = cellText(type, value, inline, style, context);
        else if (local === 'row') {
          for (let i = 0; i < fields.length; i++) fields[i] ??= '';
          if (!fields.some((f) => f.trim() !== '')) return;
          onRecord(fields, rowNumber);
          if (++count >= limit) throw new StopReading();
        }
      },
    },
    () => {
      if (hooks.signal?.aborted) throw new Refusal('cancelled', 'the import was cancelled');
    },
  );
}

function notXlsx(error: unknown): Refusal {
  const issue = {
    line: 1,
    column: null,
    value: '',
    message: `the file cannot be read as XLSX (${(error as Error).message})`,
  };
  return new Refusal('rejected', `line 1: ${issue.message}`, issue);
}

/** Runs `read` on the open archive; anything but an Refusal means the file is not a readable XLSX. */
async function withXlsx<T>(path: string, read: (zip: XlsxZip) => Promise<T>): Promise<T> {
  let zip: XlsxZip | undefined;
  try {
    zip = await openXlsxZip(path);
    return await read(zip);
  } catch (error) {
    throw error instanceof Refusal ? error : notXlsx(error);
  } finally {
    zip?.close();
  }
}

/** The names of the sheets of an XLSX workbook, in order. */
export function listSheets(path: string): Promise<string[]> {
  return withXlsx(path, async (zip) => (await readWorkbookParts(zip)).sheets.map((s) => s.name));
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
export function readXlsxRecords(
  path: string,
  sheet: string | null,
  onRecord: (fields: string[], line: number) => void,
  hooks: ReadHooks,
  limit = Infinity,
): Promise<string> {
  return withXlsx(path, async (zip) => {
    const parts = await readWorkbookParts(zip);
    const found = sheet === null ? parts.sheets[0] : parts.sheets.find((s) => s.name === sheet);
    if (!found) {
      const message =
        sheet === null ? 'the workbook has no sheets' : `the workbook has no sheet called "${sheet}"`;
      throw new Refusal('invalid', message);
    }
    const context = {
      formats: await readCellFormats(zip, parts.styles),
      strings: await readSharedStrings(zip, parts.sharedStrings),
      date1904: parts.date1904,
    };
    await readSheetRows(zip, found.part, context, onRecord, hooks, limit);
    return found.name;
  });
}
