import type { Observation, SeriesInfo } from '../../projection/series-types';
import { comparePeriods, isQuarterPeriod } from '../../projection/period';
import {
  DEFAULT_DISPLAY,
  displayShift,
  shownUnit,
  type SeriesDisplay,
} from '../../projection/series-display';

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

const decimalsOf = (digits: number) => (digits > 0 ? `.${'0'.repeat(digits)}` : '');

/**
 * The Excel number format of a series' values as the grid shows them (projection/series-display.ts),
 * and the unit they then read in. A money series shown in a larger scale (USD millions in
 * billions) keeps its values and divides them in the format, a thousand per trailing comma
 * (`#,##0.0,`), as Excel users scale figures; a smaller scale cannot be written as a format, so
 * such a series is given in its own unit, with its decimals.
 */
export function seriesShown(
  unit: string,
  display: SeriesDisplay = DEFAULT_DISPLAY,
): { readonly format: string; readonly unit: string } {
  const { decimals } = display;
  if (/percent|%/i.test(unit)) return { format: `0${decimalsOf(decimals ?? 1)}"%"`, unit };
  if (/usd/i.test(unit)) {
    const shift = displayShift(unit, display);
    if (shift >= 0 || shift % 3 !== 0) return { format: `#,##0${decimalsOf(decimals ?? 0)}`, unit };
    const shown = `${shownUnit(unit, display)} (values stored in ${unit})`;
    return { format: `#,##0${decimalsOf(decimals ?? 1)}${','.repeat(-shift / 3)}`, unit: shown };
  }
  return { format: decimals === null ? 'General' : `#,##0${decimalsOf(decimals)}`, unit };
}

/**
 * The Data grid: one row per series, one column per quarter then per year, with each cell's source
 * as a note. `isShown` (XLSX, CSV as shown): each series' unit and format as the grid shows it;
 * else (CSV of plain numbers) the unit the numbers are stored in.
 */
export function dataTable(
  series: readonly SeriesInfo[],
  observations: readonly Observation[],
  isShown = true,
): ExportTable {
  const shown = series.map((s) => seriesShown(s.unit, isShown ? s.display : DEFAULT_DISPLAY));
  const periods = [...new Set(observations.map((o) => o.period))].sort((a, b) => {
    const qa = isQuarterPeriod(a);
    const qb = isQuarterPeriod(b);
    return qa === qb ? comparePeriods(a, b) : qa ? -1 : 1;
  });
  const column = new Map(periods.map((p, i) => [p, i + 3]));
  const rowOf = new Map(series.map((s, i) => [s.key, i]));
  const rows: Cell[][] = series.map((s, i) => [s.key, s.label, shown[i]!.unit, ...periods.map(() => null)]);
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
    rowFormats: shown.map((s) => s.format),
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
