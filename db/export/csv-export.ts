import { safeText, type Cell, type ExportTable } from './export-tables';

/**
 * A table as CSV (RFC 4180): numbers as plain numbers with a dot, text quoted when it holds a
 * comma, quote or line break, and text a spreadsheet would run as a formula prefixed with an
 * apostrophe (export-tables.ts safeText).
 */
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a CSV writes numbers: as the plain numbers they are, or as the grid shows them. */
export type CsvForm = 'raw' | 'shown';

const SHOWN_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number as the table's Excel format shows it, for a CSV "as shown": `#,##0` with thousands
 * separators and no decimals (USD millions), `0.0"%"` with one decimal and a percent sign, a
 * thousand divided out per trailing comma (`#,##0.0,`: USD millions shown in billions), others
 * as written. A CSV read back by a spreadsheet then shows what the grid showed, as text.
 */
export function shownNumber(value: number, format: string | null): string {
  const percent = format !== null && format.includes('%');
  const digits = format === null || format === 'General' ? null : (/\.(0+)/.exec(format)?.[1]?.length ?? 0);
  if (digits === null) return String(value);
  const commas = /(,+)$/.exec(format!)?.[1]?.length ?? 0;
  const scaled = value / 1000 ** commas;
  const key = `${digits}`;
  let formatter = SHOWN_FORMATS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    SHOWN_FORMATS.set(key, formatter);
  }
  const text = formatter.format(scaled);
  // "-0.0": a negative rounded to nothing reads as 0.0, as the grid shows it.
  return `${/^-0(\.0*)?$/.test(text) ? text.slice(1) : text}${percent ? '%' : ''}`;
}

/**
 * The table's header and rows as CSV text, lines ending in CRLF as RFC 4180 writes them; with
 * `form` 'shown', numbers formatted as the grid shows them (the row's format, else the column's).
 */
export function toCsv(table: ExportTable, form: CsvForm = 'raw'): string {
  const shown = (value: Cell, row: number, column: number): Cell => {
    if (form === 'raw' || typeof value !== 'number' || !Number.isFinite(value)) return value;
    return shownNumber(value, table.rowFormats?.[row] ?? table.formats[column] ?? null);
  };
  return csvText(
    table.header,
    table.rows.map((values, row) => values.map((value, column) => shown(value, row, column))),
  );
}

/**
 * A header and rows of cells as CSV text (RFC 4180, CRLF): the one writer of every CSV the app
 * makes, the Data grid's here and the page's grids as they show them (exports:grid).
 */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((values) => values.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
