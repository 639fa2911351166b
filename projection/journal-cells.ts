import type { Observation } from './series-types';

/** The journal's cells (journal.ts and journal-structure.ts both hold them). */

/** A cell's state: its value with qualifier, source and note, and who set it when. */
export type CellState = Omit<Observation, 'seriesKey' | 'period'>;

/** A cell's state as the journal keeps it, from its observation (null: blank). */
export function cellStateOf(observation: Observation | null | undefined): CellState | null {
  if (!observation) return null;
  // Fields named, not a rest spread: a paste journals 10,000 of these twice.
  const { value, qualifier, source, note, importId, updatedAt } = observation;
  return { value, qualifier, source, note, importId, updatedAt };
}

/** One cell of a batch: its series and period, its state before and after (null: blank). */
export interface CellChange {
  readonly series: string;
  readonly period: string;
  readonly before: CellState | null;
  readonly after: CellState | null;
}
