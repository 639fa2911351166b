import type { Observation, Qualifier } from './series-types';

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

/** A column: one entry per cell, or one value every cell shares. */
type Column<T> = T[] | { readonly all: T };

export interface PackedCells {
  readonly count: number;
  /** Every distinct text of the cells; the text columns hold indexes into it. */
  readonly texts: string[];
  readonly series: Column<number>;
  readonly periods: Column<number>;
  /** The value, or null where the cell is blank (its other columns then hold -1 or null). */
  readonly values: Column<number | null>;
  readonly qualifiers: Column<number>;
  readonly sources: Column<number>;
  readonly notes: Column<number>;
  readonly times: Column<number>;
  readonly importIds: Column<number | null>;
  readonly handEdited: Column<boolean>;
  /** Index of the replaced source's text, or -1. */
  readonly replacedSources: Column<number>;
}

/**
 * The column of what `read` gives each cell, each written by `entry`: once when every cell gives
 * the same (a paste's source, time, qualifier), compared before any entry is made.
 */
function columnOf<V, E>(
  cells: readonly WrittenCell[],
  read: (cell: WrittenCell) => V,
  entry: (value: V) => E,
): Column<E> {
  if (cells.length === 0) return [];
  const first = read(cells[0]!);
  let isShared = true;
  for (let i = 1; i < cells.length && isShared; i++) isShared = Object.is(read(cells[i]!), first);
  return isShared ? { all: entry(first) } : cells.map((cell) => entry(read(cell)));
}

const at = <T>(col: Column<T>, index: number): T => (Array.isArray(col) ? col[index]! : col.all);

export function packCells(cells: readonly WrittenCell[]): PackedCells {
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const text = (value: string | null): number => {
    if (value === null) return -1;
    let index = indexOf.get(value);
    if (index === undefined) {
      index = texts.push(value) - 1;
      indexOf.set(value, index);
    }
    return index;
  };
  const same = <T>(value: T) => value;
  return {
    count: cells.length,
    texts,
    series: columnOf(cells, (c) => c.seriesKey, text),
    periods: columnOf(cells, (c) => c.period, text),
    values: columnOf(cells, (c) => c.observation?.value ?? null, same),
    qualifiers: columnOf(cells, (c) => c.observation?.qualifier ?? null, text),
    sources: columnOf(cells, (c) => c.observation?.source ?? null, text),
    notes: columnOf(cells, (c) => c.observation?.note ?? null, text),
    times: columnOf(cells, (c) => c.observation?.updatedAt ?? null, text),
    importIds: columnOf(cells, (c) => c.observation?.importId ?? null, same),
    handEdited: columnOf(cells, (c) => c.observation?.isHandEdited ?? false, same),
    replacedSources: columnOf(cells, (c) => c.replacedSource, text),
  };
}

export function unpackCells(packed: PackedCells): WrittenCell[] {
  const { texts } = packed;
  return Array.from({ length: packed.count }, (_, i) => {
    const seriesKey = texts[at(packed.series, i)]!;
    const period = texts[at(packed.periods, i)]!;
    const value = at(packed.values, i);
    const replaced = at(packed.replacedSources, i);
    return {
      seriesKey,
      period,
      observation:
        value === null
          ? null
          : {
              seriesKey,
              period,
              value,
              qualifier: texts[at(packed.qualifiers, i)] as Qualifier,
              source: texts[at(packed.sources, i)]!,
              note: texts[at(packed.notes, i)]!,
              importId: at(packed.importIds, i),
              updatedAt: texts[at(packed.times, i)]!,
              isHandEdited: at(packed.handEdited, i),
            },
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
 * series key and period written once, each cell as [series index, period index, value]. A
 * 10,000-cell paste is 150 KB instead of 650 KB of objects.
 */
export interface PackedCellWrites {
  readonly seriesKeys: string[];
  readonly periods: string[];
  readonly cells: [number, number, number | null][];
}

export function packCellWrites(cells: readonly CellWriteRequest[]): PackedCellWrites {
  const seriesKeys: string[] = [];
  const periods: string[] = [];
  const seriesAt = new Map<string, number>();
  const periodAt = new Map<string, number>();
  const indexIn = (list: string[], at: Map<string, number>, text: string) => {
    let index = at.get(text);
    if (index === undefined) {
      index = list.push(text) - 1;
      at.set(text, index);
    }
    return index;
  };
  return {
    seriesKeys,
    periods,
    cells: cells.map((c) => [
      indexIn(seriesKeys, seriesAt, c.seriesKey),
      indexIn(periods, periodAt, c.period),
      c.value,
    ]),
  };
}

/**
 * The cells of a packed write, in order; an index outside its list is refused (thrown), naming
 * the cell, as main must not trust what the page sends.
 */
export function unpackCellWrites(packed: PackedCellWrites): CellWriteRequest[] {
  return packed.cells.map(([s, p, value], at) => {
    const seriesKey = packed.seriesKeys[s];
    const period = packed.periods[p];
    if (seriesKey === undefined || period === undefined) {
      throw new RangeError(`cell ${at + 1} names series ${s} and period ${p}, which the write does not list`);
    }
    return { seriesKey, period, value };
  });
}
