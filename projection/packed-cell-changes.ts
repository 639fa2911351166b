import type { CellChange } from './journal-cells';
import {
  packPlaces,
  packStates,
  stateAt,
  unpackPlaces,
  type PackedPlaces,
  type PackedStates,
} from './packed-states';

/**
 * A batch's cells (a paste, fill, clear or cut) as the journal stores them: by column, each text
 * once. As objects, a 10,000-cell paste's entry was 2.7 MB of JSON (each cell's state before and
 * after, its series, period, source and time repeated), which SQLite checked, parsed and wrote on
 * every paste and read back on its undo. Packed, the cells a paste shares (its source, time,
 * qualifier, note; a blank block's whole `before`) are written once. Pure; `packCellChanges` and
 * `unpackCellChanges` are inverses.
 */

export interface PackedCellChanges extends PackedPlaces {
  readonly before: PackedStates;
  readonly after: PackedStates;
}

export function packCellChanges(cells: readonly CellChange[]): PackedCellChanges {
  const { places, text } = packPlaces(
    cells,
    (c) => c.series,
    (c) => c.period,
  );
  return {
    ...places,
    before: packStates(cells, (c) => c.before, text),
    after: packStates(cells, (c) => c.after, text),
  };
}

export function unpackCellChanges(packed: PackedCellChanges): CellChange[] {
  return unpackPlaces(packed).map(({ series, period }, i) => ({
    series,
    period,
    before: stateAt(packed.texts, packed.before, i),
    after: stateAt(packed.texts, packed.after, i),
  }));
}
