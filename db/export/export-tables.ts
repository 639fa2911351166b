import type { Observation, SeriesInfo } from '../../projection/series-types';
import { comparePeriods, isQuarterPeriod } from '../../projection/period';

/**
 * The tables an export writes, as plain rows of cells: numbers stay numbers, text stays text. The
 * XLSX and CSV writers (xlsx-export.ts, csv-export.ts) take them as they are, so both files hold
 * the same figures the workbook does.
 */

export type Cell = number | string | null;

/** A cell's source, qualifier and note, written as a comment in the XLSX. */
export interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface ExportTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Excel number format per column (null: the row's, else general). */
  readonly formats: readonly (string | null)[];
  /** Excel number format per row, for tables whose rows differ in unit (the Data grid's series). */
  readonly rowFormats?: readonly (string | null)[];
  readonly notes: readonly CellNote[];
  /** Columns kept in view when scrolling right. */
  readonly frozenColumns: number;
}

/** The Excel number format of a series' values, in the workbook's own unit. */
export function seriesFormat(unit: string): string {
  if (/percent|%/i.test(unit)) return '0.0"%"';
  if (/usd/i.test(unit)) return '#,##0';
  return 'General';
}

/** The Data grid: one row per series, one column per quarter then per year, with each cell's source as a note. */
export function dataTable(series: readonly SeriesInfo[], observations: readonly Observation[]): ExportTable {
  const periods = [...new Set(observations.map((o) => o.period))].sort((a, b) => {
    const qa = isQuarterPeriod(a);
    const qb = isQuarterPeriod(b);
    return qa === qb ? comparePeriods(a, b) : qa ? -1 : 1;
  });
  const column = new Map(periods.map((p, i) => [p, i + 3]));
  const rowOf = new Map(series.map((s, i) => [s.key, i]));
  const rows: Cell[][] = series.map((s) => [s.key, s.label, s.unit, ...periods.map(() => null)]);
  const notes: CellNote[] = [];
  for (const o of observations) {
    const r = rowOf.get(o.seriesKey);
    const c = column.get(o.period);
    if (r === undefined || c === undefined) continue;
    rows[r]![c] = o.value;
    const lines = [
      o.qualifier === 'exact' ? '' : `Qualifier: ${o.qualifier.replace('_', ' ')}`,
      o.source ? `Source: ${o.source}` : '',
      o.note ? `Note: ${o.note}` : '',
    ].filter((l) => l !== '');
    if (lines.length > 0) notes.push({ row: r, column: c, text: lines.join('\n') });
  }
  return {
    name: 'Data',
    header: ['Key', 'Series', 'Unit', ...periods.map((p) => (isQuarterPeriod(p) ? p : `${p} (year)`))],
    rows,
    formats: [null, null, null, ...periods.map(() => null)],
    rowFormats: series.map((s) => seriesFormat(s.unit)),
    notes,
    frozenColumns: 3,
  };
}

/** A number as a grid shows it: a sign, thousands separators, decimals, a percent sign (-1,234.5%). */
const SHOWN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * Text a spreadsheet would run as a formula if a user edited the cell or a CSV reader parsed it
 * (`=`, `+`, `-`, `@`, and the tab and carriage return some readers strip first): prefixed with an
 * apostrophe, which Excel and LibreOffice show as text. A number is never text; a signed number as
 * a grid shows it (-1,234 or +45.2%) holds nothing to run, and is left as it is.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !SHOWN_NUMBER.test(text) ? `'${text}` : text;
}
