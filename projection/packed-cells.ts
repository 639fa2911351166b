import {
  at,
  columnOf,
  expandIndexColumn,
  indexColumnOf,
  indexColumnProblem,
  same,
  textTable,
  type Column,
  type IndexColumn,
} from './packed-columns';
import {
  packPlaces,
  packStates,
  stateAt,
  unpackPlaces,
  type PackedPlaces,
  type PackedStates,
} from './packed-states';
import type { Observation } from './series-types';

/**
 * Cells as a write returns them (a paste, fill, clear, undo or redo), packed for the trip from main
 * to the page: one column per field, texts written once in a table and referred to by index, and
 * a column whose cells all agree written once. A paste of 10,000 cells shares its source, time,
 * qualifier and note, so it crosses as three short columns (series, period, value) instead of
 * 10,000 objects that repeat them (2.8 MB, which took most of a paste's time to cross). Pure;
 * `packCells` and `unpackCells` are inverses.
 */

/** One cell as written: the value now held (null when blank) and the cited source it replaced. */
export interface WrittenCell {
  readonly seriesKey: string;
  readonly period: string;
  readonly observation: (Observation & { readonly isHandEdited: boolean }) | null;
  /** The source of the value the write replaced, when the new value cites another; null otherwise. */
  readonly replacedSource: string | null;
}

export interface PackedCells extends PackedPlaces, PackedStates {
  readonly handEdited: Column<boolean>;
  /** Index of the replaced source's text, or -1. */
  readonly replacedSources: Column<number>;
}

export function packCells(cells: readonly WrittenCell[]): PackedCells {
  const { places, text } = packPlaces(
    cells,
    (c) => c.seriesKey,
    (c) => c.period,
  );
  return {
    ...places,
    ...packStates(cells, (c) => c.observation, text),
    handEdited: columnOf(cells, (c) => c.observation?.isHandEdited ?? false, same),
    replacedSources: columnOf(cells, (c) => c.replacedSource, text),
  };
}

export function unpackCells(packed: PackedCells): WrittenCell[] {
  const { texts } = packed;
  return unpackPlaces(packed).map(({ series: seriesKey, period }, i) => {
    const state = stateAt(texts, packed, i);
    const replaced = at(packed.replacedSources, i);
    return {
      seriesKey,
      period,
      observation: state && { seriesKey, period, ...state, isHandEdited: at(packed.handEdited, i) },
      replacedSource: replaced === -1 ? null : texts[replaced]!,
    };
  });
}

/** One cell to write: a value in the series' unit, or null to clear it. */
export interface CellWriteRequest {
  readonly seriesKey: string;
  readonly period: string;
  readonly value: number | null;
}

/**
 * Cells to write (a paste, fill, clear or cut), packed for the trip from the page to main: each
 * series key and period listed once, and the cells as three columns, their series and periods as
 * indexes into those lists (runs where shorter: a block's are a few hundred numbers) and their
 * values. A 10,000-cell paste is its values and little else, 90 KB instead of 650 KB of objects.
 */
export interface PackedCellWrites {
  readonly seriesKeys: string[];
  readonly periods: string[];
  readonly cellSeries: IndexColumn;
  readonly cellPeriods: IndexColumn;
  /** Each cell's value, or null to clear it. */
  readonly values: (number | null)[];
}

export function packCellWrites(cells: readonly CellWriteRequest[]): PackedCellWrites {
  const series = textTable();
  const periods = textTable();
  return {
    seriesKeys: series.texts,
    periods: periods.texts,
    cellSeries: indexColumnOf(cells, (c) => series.index(c.seriesKey)),
    cellPeriods: indexColumnOf(cells, (c) => periods.index(c.period)),
    values: cells.map((c) => c.value),
  };
}

/**
 * Why a packed write from outside cannot be read (its index columns do not give one series and
 * one period of its lists for each value), or null when it can: main must not trust the page.
 */
export function cellWritesProblem(packed: PackedCellWrites): { path: string; message: string } | null {
  const count = packed.values.length;
  const series = indexColumnProblem(packed.cellSeries, count, packed.seriesKeys.length);
  if (series) return { path: 'cellSeries', message: `the cells' series ${series}` };
  const periods = indexColumnProblem(packed.cellPeriods, count, packed.periods.length);
  return periods ? { path: 'cellPeriods', message: `the cells' periods ${periods}` } : null;
}

/** The cells of a packed write, in order; one that cannot be read is refused (thrown), saying why. */
export function unpackCellWrites(packed: PackedCellWrites): CellWriteRequest[] {
  const problem = cellWritesProblem(packed);
  if (problem) throw new RangeError(problem.message);
  const [series, periods] = [expandIndexColumn(packed.cellSeries), expandIndexColumn(packed.cellPeriods)];
  return packed.values.map((value, i) => ({
    seriesKey: packed.seriesKeys[at(series, i)]!,
    period: packed.periods[at(periods, i)]!,
    value,
  }));
}
