import type { CellState } from './journal-cells';
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
 * Cells' places (series, period) and states (value, qualifier, source, note, import, time) by
 * column, as both packed forms hold them: the cells a write returns (packed-cells.ts) and a
 * batch's journal entry, before and after (packed-cell-changes.ts). Pure.
 */

/** Where each cell is: its series and period as indexes into the texts (runs where shorter). */
export interface PackedPlaces {
  readonly count: number;
  /** Every distinct text of the cells; the text columns hold indexes into it. */
  readonly texts: string[];
  readonly series: IndexColumn;
  readonly periods: IndexColumn;
}

/** The places of `records`, and the text table their other columns go on to use. */
export function packPlaces<R>(
  records: readonly R[],
  seriesOf: (record: R) => string,
  periodOf: (record: R) => string,
): { places: PackedPlaces; text: (value: string | null) => number } {
  const { texts, index: text } = textTable();
  const places: PackedPlaces = {
    count: records.length,
    texts,
    series: indexColumnOf(records, (r) => text(seriesOf(r))),
    periods: indexColumnOf(records, (r) => text(periodOf(r))),
  };
  return { places, text };
}

/** Each cell's series and period, in order. */
export function unpackPlaces(packed: PackedPlaces): { series: string; period: string }[] {
  const { texts } = packed;
  const [series, periods] = [expandIndexColumn(packed.series), expandIndexColumn(packed.periods)];
  return Array.from({ length: packed.count }, (_, i) => ({
    series: texts[at(series, i)]!,
    period: texts[at(periods, i)]!,
  }));
}

/** Each cell's state by column; a blank cell has -1 in its qualifier (and null for its value). */
export interface PackedStates {
  readonly values: Column<number | null>;
  readonly qualifiers: Column<number>;
  readonly sources: Column<number>;
  readonly notes: Column<number>;
  readonly times: Column<number>;
  readonly importIds: Column<number | null>;
}

/** The state `state` gives each record, by column, its texts through `text` (a textTable's index). */
export function packStates<R>(
  records: readonly R[],
  state: (record: R) => CellState | null,
  text: (value: string | null) => number,
): PackedStates {
  return {
    values: columnOf(records, (r) => state(r)?.value ?? null, same),
    qualifiers: columnOf(records, (r) => state(r)?.qualifier ?? null, text),
    sources: columnOf(records, (r) => state(r)?.source ?? null, text),
    notes: columnOf(records, (r) => state(r)?.note ?? null, text),
    times: columnOf(records, (r) => state(r)?.updatedAt ?? null, text),
    importIds: columnOf(records, (r) => state(r)?.importId ?? null, same),
  };
}

/** Record `i`'s state, or null when blank. */
export function stateAt(texts: readonly string[], states: PackedStates, i: number): CellState | null {
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
