import { decimalMarkEvidence, parseAmountText, type DecimalMark } from '../../../projection/number-text';
import { parsePeriodText } from '../../../projection/period-text';
import { createCsvTokenizer } from '../sources/csv-tokenizer';
import { isPeriodHeader, roleOfHeader } from '../sources/headers';
import type { ColumnRole, ImportDelimiter, ImportMapping, ImportRequest, ImportShape } from '../import-types';

/** A record of the sample the guesses are made from. */
export interface SampleRecord {
  readonly fields: readonly string[];
  readonly line: number;
}

const DELIMITERS: readonly ImportDelimiter[] = [',', ';', '\t', '|'];

/**
 * Tokenizes the start of a file with `delimiter`. Unless `isWhole` (the sample is the whole file),
 * the last record may be cut short, and is left out.
 */
export function sampleRecords(
  text: string,
  delimiter: string,
  limit: number,
  isWhole: boolean,
): SampleRecord[] {
  const records: SampleRecord[] = [];
  const tokenizer = createCsvTokenizer(
    delimiter,
    (fields, line) => {
      if (records.length < limit) records.push({ fields, line });
    },
    () => undefined,
  );
  tokenizer.push(text);
  if (isWhole) tokenizer.end();
  return records;
}

/**
 * The delimiter that splits the sample into the most consistent number of fields (more than one):
 * the score is the share of records with the most common field count, times that count (up to 20).
 */
export function guessDelimiter(sampleText: string, isWhole: boolean): ImportDelimiter {
  let best: ImportDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const records = sampleRecords(sampleText, delimiter, 200, isWhole);
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    for (const [width, count] of counts) {
      if (width < 2) continue;
      const score = (count / records.length) * Math.min(width, 20);
      if (score > bestScore) [best, bestScore] = [delimiter, score];
    }
  }
  return best;
}

function nonBlank(fields: readonly string[]): number {
  return fields.filter((f) => f.trim() !== '').length;
}

function isNumberCell(text: string): boolean {
  const r = parseAmountText(text);
  return r.ok && r.value !== null;
}

/**
 * The header record: the first one (of the first 20) with two or more period labels, else the
 * first with at least half as many filled cells as the fullest record. Title lines above a table
 * ("Revenue ($ in millions)") are skipped that way.
 */
export function guessHeaderRow(records: readonly SampleRecord[]): number {
  const head = records.slice(0, 20);
  const periodRow = head.findIndex(
    (r) => r.fields.filter(isPeriodHeader).length >= 2 && !r.fields.some(isNumberCellNotYear),
  );
  if (periodRow !== -1) return periodRow;
  const widest = Math.max(0, ...head.map((r) => nonBlank(r.fields)));
  const row = head.findIndex((r) => nonBlank(r.fields) >= Math.max(2, Math.ceil(widest / 2)));
  return row === -1 ? 0 : row;
}

/** A number that is not also a year (2024 in a header row is a period). */
function isNumberCellNotYear(text: string): boolean {
  return isNumberCell(text) && !/^\s*(19|2[01])\d\d\s*$/.test(text);
}

function columnCells(data: readonly SampleRecord[], column: number): string[] {
  return data.map((r) => r.fields[column] ?? '').filter((t) => t.trim() !== '');
}

function mostly(cells: readonly string[], test: (text: string) => boolean): boolean {
  return cells.length > 0 && cells.filter(test).length >= cells.length * 0.8;
}

/**
 * Guesses the shape and the role of every column from the header names and the sample's cells.
 * `format` narrows the shape: `long`, `wide` (either wide shape) or one shape by name.
 */
export function guessMapping(
  records: readonly SampleRecord[],
  headerRow: number,
  format: ImportRequest['format'] = 'auto',
): ImportMapping {
  const header = records[headerRow]?.fields ?? [];
  const data = records.slice(headerRow + 1);
  const width = Math.max(header.length, ...data.map((r) => r.fields.length));
  const roles: ColumnRole[] = [];
  for (let i = 0; i < width; i++) roles.push(roleOfHeader(header[i] ?? '') ?? 'ignore');
  const periodHeaders = roles.map((_, i) => isPeriodHeader(header[i] ?? ''));
  const allowsWide = format !== 'long';

  let shape: ImportShape;
  const periodHeaderCount = periodHeaders.filter(Boolean).length;
  const looksPeriodsAcross =
    periodHeaderCount >= 2 ||
    (periodHeaderCount === 1 && !roles.includes('period') && !roles.includes('value'));
  if (format === 'periods-across' || (allowsWide && format !== 'series-across' && looksPeriodsAcross)) {
    shape = 'periods-across';
    periodHeaders.forEach((isPeriod, i) => {
      if (isPeriod) roles[i] = 'values';
    });
    if (!roles.some((r) => r === 'series' || r === 'metric')) {
      const first = roles.findIndex((r, i) => r === 'ignore' && !mostly(columnCells(data, i), isNumberCell));
      if (first !== -1) roles[first] = 'series';
    }
  } else {
    let period = roles.indexOf('period');
    if (period === -1) {
      period = roles.findIndex(
        (r, i) => r === 'ignore' && mostly(columnCells(data, i), (t) => parsePeriodText(t).ok),
      );
      if (period !== -1) roles[period] = 'period';
    }
    const numeric = roles
      .map((r, i) => (r === 'ignore' && mostly(columnCells(data, i), isNumberCell) ? i : -1))
      .filter((i) => i !== -1);
    const namesSeries = roles.some((r) => r === 'series' || r === 'metric');
    const isSeriesAcross =
      format === 'series-across' ||
      (allowsWide && !roles.includes('value') && (numeric.length > 1 || !namesSeries));
    shape = isSeriesAcross ? 'series-across' : 'long';
    if (isSeriesAcross) for (const i of numeric) roles[i] = 'values';
    else if (!roles.includes('value') && numeric.length === 1) roles[numeric[0]!] = 'value';
  }
  return { shape, headerRow, columns: roles };
}

/**
 * The decimal mark the sample's value cells show. A decimal comma (or a mix, or only "1,234"-like
 * numbers in a semicolon file) is reported for the user to confirm, with the cell that shows it.
 */
export function guessDecimal(
  records: readonly SampleRecord[],
  mapping: ImportMapping,
  delimiter: string,
): { readonly decimal: DecimalMark; readonly evidence: string | null } {
  const valueColumns = mapping.columns.flatMap((r, i) => (r === 'value' || r === 'values' ? [i] : []));
  let comma: SampleRecord | null = null;
  let commaText = '';
  let ambiguous = '';
  for (const record of records.slice(mapping.headerRow + 1)) {
    for (const column of valueColumns) {
      const text = record.fields[column] ?? '';
      const evidence = decimalMarkEvidence(text);
      if (evidence === ',' && comma === null) [comma, commaText] = [record, text];
      if (evidence === 'either' && ambiguous === '') ambiguous = `line ${record.line}: "${text.trim()}"`;
    }
  }
  if (comma) return { decimal: ',', evidence: `line ${comma.line}: "${commaText.trim()}"` };
  if (delimiter === ';' && ambiguous !== '') return { decimal: '.', evidence: ambiguous };
  return { decimal: '.', evidence: null };
}
