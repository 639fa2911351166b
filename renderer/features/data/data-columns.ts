import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { ObservationDto } from '../../../electron/contract';
import {
  describeDisplay,
  formatShown,
  shownUnit,
  toShown,
  type SeriesDisplay,
} from '../../../projection/series-display';
import { BOUND_PREFIX } from '../../components/number-format';
import type { SeriesRow } from './data-grid-model';
import { periodCellClasses } from './hand-edit-mark';
import { yearCell, yearCellNote } from './year-cells';
import { blockOfPeriod, type BlockColumns } from './value-blocks';

/** What formatting reads of a row: its unit and how it is shown. */
interface Shown {
  readonly unit: string;
  readonly display: SeriesDisplay;
}

/** A value as the grid shows it: in the row's shown unit and decimals, percent signs, bounds marked. */
export function formatValue(observation: ObservationDto | undefined, row: Shown): string {
  if (!observation) return '';
  return `${BOUND_PREFIX[observation.qualifier]}${formatShown(observation.value, row.unit, row.display)}`;
}

/** The tooltip of a cell: its source and note. */
export function describeObservation(observation: ObservationDto | undefined): string | undefined {
  if (!observation) return undefined;
  return [observation.source && `Source: ${observation.source}`, observation.note].filter(Boolean).join('\n');
}

/**
 * A cell's number in the stored unit, as the grid shows it: its value, or for a Year without an
 * annual figure what its quarters give (the grey computed year); null when blank. What a copy
 * writes and the status bar sums, once put in the shown unit.
 */
export function cellNumber(row: SeriesRow, period: string): number | null {
  const value = row.values[period]?.value;
  if (value !== undefined) return value;
  return period.length === 4 ? (yearCell(row, period)?.computed ?? null) : null;
}

const UNIT_LABELS: Readonly<Record<string, string>> = {
  'USD thousands': '$K',
  'USD millions': '$M',
  'USD billions': '$B',
  percent: '%',
};

/** The Unit column's text: the unit the row is shown in, short ("$B" for USD millions shown in billions). */
export function unitLabel(row: Shown): string {
  const unit = shownUnit(row.unit, row.display);
  return UNIT_LABELS[unit] ?? unit;
}

/** The Unit cell's tooltip: the shown unit in words, and the stored one when they differ. */
export function unitNote(row: Shown): string {
  const unit = shownUnit(row.unit, row.display);
  if (unit === row.unit) return `${row.unit}, ${describeDisplay(row.display).replace(/^as stored, /, '')}`;
  return `Shown in ${unit} (${describeDisplay(row.display)}); stored in ${row.unit}. A number typed or pasted here is read in ${unit}.`;
}

/**
 * The hover text of a Data grid cell: the series' key on its name, the units on its unit, a
 * value's source and note, and how a Year was found. Set as the cell's title when the pointer
 * comes over it (DataView): AG Grid's own tooltips made a listening component for every drawn
 * cell, a tenth of the time a jump across a large workbook took to draw its new screen.
 */
export function cellTooltip(row: SeriesRow, colId: string): string {
  if (colId === 'label') return row.key;
  if (colId === 'unit') return unitNote(row);
  const format = (value: number) => formatShown(value, row.unit, row.display);
  const notes = [describeObservation(row.values[colId])];
  if (colId.length === 4) notes.push(yearCellNote(yearCell(row, colId), colId, row.unit, format));
  return notes.filter(Boolean).join('\n');
}

/** The hover text of a Data grid column header (its col-id), as cellTooltip. */
export function headerTooltip(colId: string): string {
  if (colId === 'unit') {
    return 'USD millions ($M), or billions ($B) and thousands ($K) where a series is shown so; percent (%)';
  }
  if (/^\d{4}$/.test(colId)) return `Full year ${colId}: as reported, else computed from its quarters (grey)`;
  return /^\d{4}Q[1-4]$/.test(colId) ? colId : '';
}

/**
 * Column definitions: the series and its unit pinned left, then one group of columns per year.
 * With `isAnnual` the quarters are hidden (kept, with their widths), leaving the Years. A cell whose
 * block is not read yet shows an ellipsis, never a blank it may not be. Cells hold the number in
 * the row's shown unit (what an editor starts from), formatted with its decimals.
 */
export function buildColumnDefs(
  years: readonly { year: number; periods: readonly string[] }[],
  columns: BlockColumns,
  isAnnual = false,
): (ColDef<SeriesRow> | ColGroupDef<SeriesRow>)[] {
  const periodColumn = (period: string): ColDef<SeriesRow> => {
    const isYear = period.length === 4;
    const format = (row: SeriesRow | undefined) => (value: number) =>
      row ? formatShown(value, row.unit, row.display) : '';
    return {
      colId: period,
      headerName: isYear ? 'Year' : period.slice(4),
      width: isYear ? 96 : 88,
      hide: isAnnual && !isYear,
      // What AG Grid's 'rightAligned' type sets, without merging a type into each of a large
      // workbook's 1,250 columns as they are built.
      headerClass: 'ag-right-aligned-header',
      // Formatting and parsing are the app's own: AG Grid's type inference (which the value
      // getter turns off anyway) is not even asked, once per column of a large workbook.
      cellDataType: false,
      editable: (p) => p.data?.kind !== 'derived',
      cellClass: (p) => {
        const classes = periodCellClasses(period, p.data?.values[period]);
        classes.push('ag-right-aligned-cell');
        if (!isYear) return classes;
        const year = yearCell(p.data, period);
        if (year?.basis === 'quarters' && year.reported === null) classes.push('cell-year-computed');
        if (year?.isMismatch) classes.push('cell-year-mismatch');
        return classes;
      },
      valueGetter: (p: ValueGetterParams<SeriesRow>) => {
        const value = p.data?.values[period]?.value;
        return value === undefined || !p.data ? null : toShown(value, p.data.unit, p.data.display);
      },
      valueFormatter: (p: ValueFormatterParams<SeriesRow>) => {
        const observation = p.data?.values[period];
        if (!observation && p.data && !p.data.loaded.has(blockOfPeriod(columns, period))) return '…';
        if (!observation && isYear) {
          // A year with no annual figure shows what its quarters give (not stored; typing sets one).
          const computed = yearCell(p.data, period)?.computed ?? null;
          return computed === null ? '' : format(p.data)(computed);
        }
        return p.data ? formatValue(observation, p.data) : '';
      },
    };
  };
  return [
    {
      colId: 'label',
      headerName: 'Series',
      field: 'label',
      pinned: 'left',
      width: 300,
      cellClass: (p) => (p.data?.kind === 'estimate' ? 'cell-series estimate' : 'cell-series'),
    },
    {
      colId: 'unit',
      headerName: 'Unit',
      pinned: 'left',
      width: 64,
      valueGetter: (p) => (p.data ? unitLabel(p.data) : ''),
      cellClass: (p) =>
        p.data && shownUnit(p.data.unit, p.data.display) !== p.data.unit ? 'cell-unit-scaled' : '',
    },
    ...years.map(({ year, periods }) => ({
      groupId: `year-${year}`,
      headerName: String(year),
      children: periods.map(periodColumn),
    })),
  ];
}
