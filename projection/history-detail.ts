import type { CellState, JournalChange, JournalEntry, JournalKind } from './journal';
import { summarizeChange } from './journal-summary';

/**
 * What the history panel and `iwb history` say of a step: who made it, and the cells it changed
 * with their values and sources before and after, each value with who had set it (the user, an
 * import or the workbook's default content).
 */

export const STEP_ACTORS = ['user', 'import'] as const;
export type StepActor = (typeof STEP_ACTORS)[number];

export const VALUE_ORIGINS = ['user', 'import', 'defaults'] as const;
export type ValueOrigin = (typeof VALUE_ORIGINS)[number];

/** A cell's value as a step found or left it; null when blank. */
export interface StepValue {
  readonly value: number;
  readonly source: string;
  readonly origin: ValueOrigin;
}

export interface StepCell {
  readonly series: string;
  readonly period: string;
  readonly before: StepValue | null;
  readonly after: StepValue | null;
}

/** A step as the history panel lists it. */
export interface HistoryStepView {
  readonly id: number;
  readonly at: string;
  readonly kind: JournalKind;
  readonly summary: string;
  readonly actor: StepActor;
  /** How many cells it changed (0 for a change of scenarios or settings). */
  readonly cellCount: number;
}

/** One step of the history with the cells it changed. */
export interface StepDetails {
  readonly step: HistoryStepView;
  /** The step an undo or redo moved, or null. */
  readonly moved: HistoryStepView | null;
  /** Its cells, before and after: the first ones of a large step (see cellCount). */
  readonly cells: readonly StepCell[];
}

/** Who made a step: imports and their undos are the import's; everything else the user's. */
export function stepActor(kind: JournalKind): StepActor {
  return kind === 'import.commit' || kind === 'import.undo' ? 'import' : 'user';
}

/**
 * Who set a value: an import names itself in the value; a value written when the workbook was
 * created (`createdAt`) with no import is the default content; anything else a hand edit.
 */
export function valueOrigin(state: CellState, createdAt: string | null): ValueOrigin {
  if (state.importId !== null) return 'import';
  return state.updatedAt === createdAt ? 'defaults' : 'user';
}

/** The cells a change wrote, before and after (a deleted series: all its values, after blank). */
export function stepCellStates(
  change: JournalChange,
): readonly { series: string; period: string; before: CellState | null; after: CellState | null }[] {
  switch (change.kind) {
    case 'observation.set':
      return [change];
    case 'observations.set':
      return change.cells;
    case 'series.delete':
      return change.contents.cells.map((c) => ({
        series: change.before.key,
        period: c.period,
        before: c.state,
        after: null,
      }));
    case 'import.undo':
      // Its cells went from the import's values back to those before it (ImportTaken).
      return (change.taken?.cells ?? []).map((c) => ({ ...c, before: c.after, after: c.before }));
    default:
      return [];
  }
}

/** The step as the history panel lists it. */
export function viewStep(entry: JournalEntry): HistoryStepView {
  return {
    id: entry.id,
    at: entry.madeAt,
    kind: entry.kind,
    summary: summarizeChange(entry),
    actor: stepActor(entry.kind),
    cellCount: stepCellStates(entry).length,
  };
}

/** The cells a step changed, at most `limit` of them, with who had set each value. */
export function stepCells(change: JournalChange, createdAt: string | null, limit: number): StepCell[] {
  const view = (state: CellState | null): StepValue | null =>
    state && { value: state.value, source: state.source, origin: valueOrigin(state, createdAt) };
  return stepCellStates(change)
    .slice(0, limit)
    .map((c) => ({ series: c.series, period: c.period, before: view(c.before), after: view(c.after) }));
}
