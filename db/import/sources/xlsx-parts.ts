import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Readable } from 'node:stream';
import type { XlsxZip } from './xlsx-zip';

/**
 * The parts of an XLSX workbook the importer needs before it reads a sheet: where the sheets are
 * and what they are called, the date system, which cell styles are percents or dates, and the
 * shared strings. Each is parsed from its XML as a stream (saxes), never held whole as text.
 */

export interface XmlHandlers {
  readonly open?: (tag: SaxesTagPlain) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

/** Thrown by a handler to stop reading a part early (a sheet read up to a row limit). */
export class StopReading extends Error {}

/** Feeds `stream` (UTF-8 XML) to the handlers; `onChunk` runs before each chunk (to cancel). */
export async function parseXml(stream: Readable, handlers: XmlHandlers, onChunk?: () => void): Promise<void> {
  const parser = new SaxesParser();
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      onChunk?.();
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof StopReading) return;
    throw error;
  } finally {
    stream.destroy();
  }
}

/** The local part of an XML name ("x:sheet" -> "sheet"): some writers prefix every element. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships of `part` (from its _rels/<name>.rels): id -> [type, resolved target]. */
async function readRelationships(zip: XlsxZip, part: string): Promise<Map<string, [string, string]>> {
  const slash = part.lastIndexOf('/');
  const rels = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const found = new Map<string, [string, string]>();
  if (!zip.has(rels)) return found;
  await parseXml(await zip.open(rels), {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      const { Id, Type = '', Target, TargetMode } = tag.attributes;
      if (Id && Target && TargetMode !== 'External') found.set(Id, [Type, resolveTarget(part, Target)]);
    },
  });
  return found;
}

export interface WorkbookParts {
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  /** Whether date serials count from 1904 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
  readonly styles: string | null;
  readonly sharedStrings: string | null;
}

/** The workbook part and what it lists: sheets in order (name and part), the date system, and parts. */
export async function readWorkbookParts(zip: XlsxZip): Promise<WorkbookParts> {
  const root = await readRelationships(zip, '');
  const office = [...root.values()].find(([type]) => type.endsWith('/officeDocument'));
  const workbook = office?.[1] ?? 'xl/workbook.xml';
  if (!zip.has(workbook)) throw new Error('it has no workbook part');
  const rels = await readRelationships(zip, workbook);
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  await parseXml(await zip.open(workbook), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'workbookPr') {
        const value = tag.attributes.date1904;
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const id = Object.entries(tag.attributes).find(([key]) => localName(key) === 'id')?.[1];
        const part = id === undefined ? undefined : rels.get(id)?.[1];
        if (part !== undefined && zip.has(part)) sheets.push({ name: tag.attributes.name ?? '', part });
      }
    },
  });
  const byType = (suffix: string) => {
    const part = [...rels.values()].find(([type]) => type.endsWith(suffix))?.[1];
    return part !== undefined && zip.has(part) ? part : null;
  };
  return { sheets, date1904, styles: byType('/styles'), sharedStrings: byType('/sharedStrings') };
}

/** Built-in number formats that show percents, and dates or times (ECMA-376 part 1, 18.8.30). */
const PERCENT_FORMATS = new Set([9, 10]);
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57, 58]);

/** What a format code shows, judged by its characters outside quotes, escapes and [brackets]. */
function formatKind(code: string): CellFormat {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (bare.includes('%')) return 'percent';
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim()) ? 'date' : 'number';
}

export type CellFormat = 'number' | 'percent' | 'date';

/** The format of each cell style (`s` attribute of a cell), from the styles part. */
export async function readCellFormats(zip: XlsxZip, part: string | null): Promise<CellFormat[]> {
  if (part === null) return [];
  const custom = new Map<number, CellFormat>();
  const styles: CellFormat[] = [];
  let inCellXfs = false;
  await parseXml(await zip.open(part), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'numFmt') {
        custom.set(Number(tag.attributes.numFmtId), formatKind(tag.attributes.formatCode ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(
          custom.get(id) ?? (PERCENT_FORMATS.has(id) ? 'percent' : DATE_FORMATS.has(id) ? 'date' : 'number'),
        );
      }
    },
    close(name) {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** Shared strings larger than this are refused rather than held in memory. */
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

/** The shared strings, in order: each the text of its runs (phonetic guides left out). */
export async function readSharedStrings(zip: XlsxZip, part: string | null): Promise<string[]> {
  if (part === null) return [];
  if (zip.size(part) > MAX_SHARED_STRINGS_BYTES) {
    throw new Error('its shared strings are too large to read; save the sheet as CSV');
  }
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await parseXml(await zip.open(part), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      const local = localName(name);
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si') strings.push(current);
    },
  });
  return strings;
}
