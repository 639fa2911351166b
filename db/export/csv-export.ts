import { safeText, type ExportTable } from './export-tables';

/**
 * A table as CSV (RFC 4180): numbers as plain numbers with a dot, text quoted when it holds a
 * comma, quote or line break, and text a spreadsheet would run as a formula prefixed with an
 * apostrophe (export-tables.ts safeText).
 */
function csvCell(value: number | string | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table's header and rows as CSV text, lines ending in CRLF as RFC 4180 writes them. */
export function toCsv(table: ExportTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
