import type { CellChange, CellState } from './journal-cells';
import {
  at,
  columnOf,
  expandIndexColumn,
  indexColumnOf,
  same,
  textTable,
  type Column,
  type IndexColumn,
} from './packed-columns';
import type { Qualifier } from './series-types';

/**
 * A batch's cells (a paste, fill, clear or cut) as the journal stores them: by column, each text
 * once. As objects, a 10,000-cell paste's entry was 2.7 MB of JSON (each cell's state before and
 * after, its series, period, source and time repeated), which SQLite checked, parsed and wrote on
 * every paste and read back on its undo. Packed, the cells a paste shares (its source, time,
 * qualifier, note; a blank block's whole `before`) are written once. Pure; `packCellChanges` and
 * `unpackCellChanges` are inverses.
 */

/** Each cell's state before or after, by column; a blank cell has -1 in its qualifier. */
export interface PackedStates {
  readonly values: Column<number | null>;
  readonly qualifiers: Column<number>;
  readonly sources: Column<number>;
  readonly notes: Column<number>;
  readonly times: Column<number>;
  readonly importIds: Column<number | null>;
}

export interface PackedCellChanges {
  readonly count: number;
  /** Every distinct text of the cells; the text columns hold indexes into it. */
  readonly texts: string[];
  readonly series: IndexColumn;
  readonly periods: IndexColumn;
  readonly before: PackedStates;
  readonly after: PackedStates;
}

export function packCellChanges(cells: readonly CellChange[]): PackedCellChanges {
  const { texts, index: text } = textTable();
  const states = (state: (cell: CellChange) => CellState | null): PackedStates => ({
    values: columnOf(cells, (c) => state(c)?.value ?? null, same),
    qualifiers: columnOf(cells, (c) => state(c)?.qualifier ?? null, text),
    sources: columnOf(cells, (c) => state(c)?.source ?? null, text),
    notes: columnOf(cells, (c) => state(c)?.note ?? null, text),
    times: columnOf(cells, (c) => state(c)?.updatedAt ?? null, text),
    importIds: columnOf(cells, (c) => state(c)?.importId ?? null, same),
  });
  return {
    count: cells.length,
    texts,
    series: indexColumnOf(cells, (c) => text(c.series)),
    periods: indexColumnOf(cells, (c) => text(c.period)),
    before: states((c) => c.before),
    after: states((c) => c.after),
  };
}

function stateAt(texts: readonly string[], states: PackedStates, i: number): CellState | null {
  const qualifier = at(states.qualifiers, i);
  if (qualifier === -1) return null;
  return {
    value: at(states.values, i)!,
    qualifier: texts[qualifier] as Qualifier,
    source: texts[at(states.sources, i)]!,
    note: texts[at(states.notes, i)]!,
    importId: at(states.importIds, i),
    updatedAt: texts[at(states.times, i)]!,
  };
}

export function unpackCellChanges(packed: PackedCellChanges): CellChange[] {
  const { texts } = packed;
  const [series, periods] = [expandIndexColumn(packed.series), expandIndexColumn(packed.periods)];
  return Array.from({ length: packed.count }, (_, i) => ({
    series: texts[at(series, i)]!,
    period: texts[at(periods, i)]!,
    before: stateAt(texts, packed.before, i),
    after: stateAt(texts, packed.after, i),
  }));
}
