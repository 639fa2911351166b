import type { ObservationDto, SeriesDto, SeriesExtentDto } from '../../../electron/contract';
import { formatQuarter, parseQuarter, quarterRange } from '../../../projection/period';
import type { SeriesDisplay } from '../../../projection/series-display';
import { blockOfPeriod, type BlockColumns } from './value-blocks';

/** One grid row: a series and the values the page holds of it, by period. */
export interface SeriesRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: SeriesDto['kind'];
  /** The values the series may hold (projection/value-range.ts). */
  readonly minValue: number | null;
  readonly maxValue: number | null;
  /** How its numbers are shown and read when typed (projection/series-display.ts). */
  readonly display: SeriesDisplay;
  readonly values: Readonly<Record<string, ObservationDto>>;
  /** The blocks of years read from the workbook (value-blocks.ts); elsewhere a blank is unknown. */
  readonly loaded: ReadonlySet<number>;
}

/** One row per series, in the series' display order, no values read yet. */
export function buildSeriesRows(series: readonly SeriesDto[]): SeriesRow[] {
  return series.map((s) => ({
    key: s.key,
    label: s.label,
    unit: s.unit,
    kind: s.kind,
    minValue: s.minValue,
    maxValue: s.maxValue,
    display: s.display,
    values: {},
    loaded: new Set(),
  }));
}

/**
 * The rows with one block of years read: for each series named, the block's values replaced by
 * those given (a value missing there is blank) and the block marked read. Other rows are kept.
 */
export function withBlock(
  rows: readonly SeriesRow[],
  seriesKeys: readonly string[],
  block: number,
  { fromYear, toYear }: { readonly fromYear: number; readonly toYear: number },
  observations: readonly ObservationDto[],
): SeriesRow[] {
  const named = new Set(seriesKeys);
  const bySeries = new Map<string, ObservationDto[]>();
  for (const o of observations) bySeries.set(o.seriesKey, [...(bySeries.get(o.seriesKey) ?? []), o]);
  return rows.map((row) => {
    if (!named.has(row.key)) return row;
    const values: Record<string, ObservationDto> = {};
    for (const [period, o] of Object.entries(row.values)) {
      const year = Number(period.slice(0, 4));
      if (year < fromYear || year >= toYear) values[period] = o;
    }
    for (const o of bySeries.get(row.key) ?? []) values[o.period] = o;
    return { ...row, values, loaded: new Set([...row.loaded, block]) };
  });
}

/** The rows with some blocks let go (far from the view): their values dropped, marked unread. */
export function withoutBlocks(
  rows: readonly SeriesRow[],
  drops: readonly { row: number; block: number }[],
  columns: BlockColumns,
): SeriesRow[] {
  const byRow = new Map<number, Set<number>>();
  for (const { row, block } of drops) byRow.set(row, (byRow.get(row) ?? new Set()).add(block));
  return rows.map((row, index) => {
    const blocks = byRow.get(index);
    if (!blocks) return row;
    const values = Object.fromEntries(
      Object.entries(row.values).filter(([period]) => !blocks.has(blockOfPeriod(columns, period))),
    );
    return { ...row, values, loaded: new Set([...row.loaded].filter((b) => !blocks.has(b))) };
  });
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
 * The years the grid's columns span: from the earliest series' first period to the latest one's
 * last; null with no values. Read from each series' extent, not its values, so the columns are
 * known before any value is read (a loop, not Math.min(...): a spread of a million arguments
 * overflows the stack).
 */
export function yearSpan(extents: readonly SeriesExtentDto[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { firstPeriod, lastPeriod } of extents) {
    if (firstPeriod) first = Math.min(first, Number(firstPeriod.slice(0, 4)));
    if (lastPeriod) last = Math.max(last, Number(lastPeriod.slice(0, 4)));
  }
  return first > last ? null : { first, last };
}

/** Every period column the grid shows: each year from `first` to `last` as its quarters, then the year. */
export function periodColumns(first: number, last: number): { year: number; periods: string[] }[] {
  const quarters = quarterRange(parseQuarter(`${first}Q1`), parseQuarter(`${last}Q4`)).map(formatQuarter);
  const byYear = new Map<number, string[]>();
  for (const period of quarters) {
    const year = Number(period.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), period]);
  }
  return [...byYear].map(([year, periods]) => ({ year, periods: [...periods, String(year)] }));
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
