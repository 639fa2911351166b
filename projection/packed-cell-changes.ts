import type { CellChange } from './journal-cells';
import { at, expandIndexColumn, indexColumnOf, textTable, type IndexColumn } from './packed-columns';
import { packStates, stateAt, type PackedStates } from './packed-states';

/**
 * A batch's cells (a paste, fill, clear or cut) as the journal stores them: by column, each text
 * once. As objects, a 10,000-cell paste's entry was 2.7 MB of JSON (each cell's state before and
 * after, its series, period, source and time repeated), which SQLite checked, parsed and wrote on
 * every paste and read back on its undo. Packed, the cells a paste shares (its source, time,
 * qualifier, note; a blank block's whole `before`) are written once. Pure; `packCellChanges` and
 * `unpackCellChanges` are inverses.
 */

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
  return {
    count: cells.length,
    texts,
    series: indexColumnOf(cells, (c) => text(c.series)),
    periods: indexColumnOf(cells, (c) => text(c.period)),
    before: packStates(cells, (c) => c.before, text),
    after: packStates(cells, (c) => c.after, text),
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
