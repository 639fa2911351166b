import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { ObservationDto, SeriesDto } from '../../../electron/contract';
import { comparePeriods, formatQuarter, parseQuarter, quarterRange } from '../../../projection/period';
import { BOUND_PREFIX } from '../../components/number-format';
import { periodCellClasses } from './hand-edit-mark';

/** One grid row: a series and its values by period. */
export interface SeriesRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: SeriesDto['kind'];
  /** The values the series may hold (projection/value-range.ts). */
  readonly minValue: number | null;
  readonly maxValue: number | null;
  readonly values: Readonly<Record<string, ObservationDto>>;
}

/** Pivots observations into one row per series, in the series' display order. */
export function buildSeriesRows(
  series: readonly SeriesDto[],
  observations: readonly ObservationDto[],
): SeriesRow[] {
  const values = new Map<string, Record<string, ObservationDto>>(series.map((s) => [s.key, {}]));
  for (const o of observations) {
    const row = values.get(o.seriesKey);
    if (row) row[o.period] = o;
  }
  return series.map((s) => ({
    key: s.key,
    label: s.label,
    unit: s.unit,
    kind: s.kind,
    minValue: s.minValue,
    maxValue: s.maxValue,
    values: values.get(s.key)!,
  }));
}

/** The row with one period's value replaced (or removed when `observation` is null). */
export function withObservation(
  row: SeriesRow,
  period: string,
  observation: ObservationDto | null,
): SeriesRow {
  const values = { ...row.values };
  if (observation) values[period] = observation;
  else delete values[period];
  return { ...row, values };
}

/**
 * Every period column the grid shows: each quarter of each year from the first value's (or the
 * workbook's first quarter, when the user added quarters before it) to the last, and each year.
 */
export function periodColumns(
  observations: readonly ObservationDto[],
  range: { readonly first: string | null; readonly last: string | null } = { first: null, last: null },
): { year: number; periods: string[] }[] {
  const bounds = [range.first, range.last].flatMap((p) => (p === null ? [] : [p]));
  const years = [...observations, ...bounds.map((period) => ({ period }))].map((o) =>
    Number(o.period.slice(0, 4)),
  );
  if (years.length === 0) return [];
  const quarters = quarterRange(
    parseQuarter(`${Math.min(...years)}Q1`),
    parseQuarter(`${Math.max(...years)}Q4`),
  ).map(formatQuarter);
  const byYear = new Map<number, string[]>();
  for (const period of [...quarters, ...new Set(years.map(String))].sort(comparePeriods)) {
    const year = Number(period.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), period]);
  }
  return [...byYear].map(([year, periods]) => ({ year, periods }));
}

/** A value as the grid shows it: thousands separators, percent units with a % sign, bounds marked. */
export function formatValue(observation: ObservationDto | undefined, unit: string): string {
  if (!observation) return '';
  const isPercent = unit === 'percent';
  const number = observation.value.toLocaleString('en-US', {
    maximumFractionDigits: isPercent ? 2 : 1,
    minimumFractionDigits: isPercent ? 1 : 0,
  });
  return `${BOUND_PREFIX[observation.qualifier]}${number}${isPercent ? '%' : ''}`;
}

/** The tooltip of a cell: its source and note. */
export function describeObservation(observation: ObservationDto | undefined): string | undefined {
  if (!observation) return undefined;
  return [observation.source && `Source: ${observation.source}`, observation.note].filter(Boolean).join('\n');
}

const UNIT_LABELS: Record<string, string> = { 'USD millions': '$M', percent: '%' };

/** Column definitions: the series and its unit pinned left, then one group of columns per year. */
export function buildColumnDefs(
  years: readonly { year: number; periods: readonly string[] }[],
): (ColDef<SeriesRow> | ColGroupDef<SeriesRow>)[] {
  const periodColumn = (period: string): ColDef<SeriesRow> => ({
    colId: period,
    headerName: period.length === 4 ? 'Year' : period.slice(4),
    headerTooltip: period.length === 4 ? `Full year ${period}` : period,
    width: period.length === 4 ? 96 : 88,
    type: 'rightAligned',
    editable: (p) => p.data?.kind !== 'derived',
    cellClass: (p) => periodCellClasses(period, p.data?.values[period]),
    valueGetter: (p: ValueGetterParams<SeriesRow>) => p.data?.values[period]?.value ?? null,
    valueFormatter: (p: ValueFormatterParams<SeriesRow>) =>
      formatValue(p.data?.values[period], p.data?.unit ?? ''),
    tooltipValueGetter: (p) => describeObservation((p.data as SeriesRow | undefined)?.values[period]),
  });
  return [
    {
      colId: 'label',
      headerName: 'Series',
      field: 'label',
      pinned: 'left',
      width: 300,
      tooltipField: 'key',
      cellClass: (p) => (p.data?.kind === 'estimate' ? 'cell-series estimate' : 'cell-series'),
    },
    {
      colId: 'unit',
      headerName: 'Unit',
      pinned: 'left',
      width: 64,
      valueGetter: (p) => (p.data ? (UNIT_LABELS[p.data.unit] ?? p.data.unit) : ''),
      headerTooltip: 'USD millions ($M) or percent (%)',
    },
    ...years.map(({ year, periods }) => ({
      groupId: `year-${year}`,
      headerName: String(year),
      children: periods.map(periodColumn),
    })),
  ];
}

/**
 * The rows with saved cells put in (a paste, an undo): each changed row copied once, however many
 * of its cells changed; rows not named are kept as they are.
 */
export function withObservations(
  rows: readonly SeriesRow[],
  cells: readonly { seriesKey: string; period: string; observation: ObservationDto | null }[],
): SeriesRow[] {
  const bySeries = new Map<string, (typeof cells)[number][]>();
  for (const cell of cells) {
    const list = bySeries.get(cell.seriesKey);
    if (list) list.push(cell);
    else bySeries.set(cell.seriesKey, [cell]);
  }
  return rows.map((row) => {
    const changed = bySeries.get(row.key);
    if (!changed) return row;
    const values = { ...row.values };
    for (const { period, observation } of changed) {
      if (observation) values[period] = observation;
      else delete values[period];
    }
    return { ...row, values };
  });
}
