import type { CellState } from './journal';
import type { Observation } from './series-types';

/**
 * A cell's story: what set the value it holds, and the values it held before with their sources,
 * told from the journal (hand edits, their undos and redos) and the imports' record of the values
 * they replaced. Pure: the db reads the raw events (db/cell-details.ts), this puts them in order.
 */

/** What set a cell: an import, a hand edit or its undo or redo (by journal step), or the default content. */
export type CellOrigin =
  | {
      readonly kind: 'import';
      readonly importId: number;
      readonly fileName: string;
      readonly at: string;
      /** When the import was undone, or null while it stands. */
      readonly undoneAt: string | null;
    }
  | { readonly kind: 'edit'; readonly step: number; readonly at: string }
  | {
      readonly kind: 'undo' | 'redo';
      readonly step: number;
      /** The edit's step it undid or redid. */
      readonly of: number;
      readonly at: string;
    }
  | { readonly kind: 'default'; readonly at: string };

/** A state the cell held (null: blank) until `replacedBy` replaced it. */
export interface EarlierValue {
  readonly state: CellState | null;
  readonly replacedBy: CellOrigin;
}

/** What the cell details panel and `iwb cell` show of one series in one period. */
export interface CellDetails {
  readonly seriesKey: string;
  readonly period: string;
  readonly current: Observation | null;
  /** What set the current value; null when the cell is blank. */
  readonly setBy: CellOrigin | null;
  /** The values it held before, newest first. */
  readonly earlier: readonly EarlierValue[];
}

/** A journal step that changed the cell: a hand edit, or the undo or redo of one. */
export interface CellStep {
  readonly id: number;
  readonly at: string;
  readonly kind: 'edit' | 'undo' | 'redo';
  /** For an undo or redo, the edit's step. */
  readonly of: number | null;
  /** The cell as the step found it and as it left it. */
  readonly before: CellState | null;
  readonly after: CellState | null;
}

/** A value an import replaced in the cell, with the import's journal step (for ordering). */
export interface ReplacedByImport {
  readonly importId: number;
  readonly fileName: string;
  readonly at: string;
  readonly undoneAt: string | null;
  /** The import's `import.commit` step; null for an import the journal does not hold. */
  readonly step: number | null;
  readonly replaced: CellState;
}

/** The import that wrote the current value, when one did. */
export interface ImportOfCell {
  readonly importId: number;
  readonly fileName: string;
  readonly at: string;
  readonly undoneAt: string | null;
}

/** What the db reads of one cell (db/cell-details.ts). */
export interface CellEvents {
  readonly seriesKey: string;
  readonly period: string;
  readonly current: Observation | null;
  /** The journal steps that changed the cell, oldest first. */
  readonly steps: readonly CellStep[];
  readonly imports: readonly ReplacedByImport[];
  readonly currentImport: ImportOfCell | null;
}

const isSameCell = (a: CellState | null, b: CellState | null): boolean =>
  a === null || b === null
    ? a === b
    : a.value === b.value && a.qualifier === b.qualifier && a.source === b.source && a.note === b.note;

function stepOrigin(step: CellStep): CellOrigin {
  return step.kind === 'edit'
    ? { kind: 'edit', step: step.id, at: step.at }
    : { kind: step.kind, step: step.id, of: step.of ?? step.id, at: step.at };
}

/**
 * Puts a cell's events in order: the earlier values newest first (by time, then by journal step,
 * since an import and an edit in the same millisecond are told apart only by their steps), and
 * what set the current value: its import when it has one, else the newest step that left the cell
 * as it is, else the workbook's default content (or a change made before the journal existed).
 */
export function buildCellDetails(events: CellEvents): CellDetails {
  const { seriesKey, period, current, steps, imports, currentImport } = events;
  const ordered = [
    ...steps.map((s) => ({
      at: s.at,
      order: s.id,
      value: { state: s.before, replacedBy: stepOrigin(s) },
    })),
    ...imports.map((i) => ({
      at: i.at,
      order: i.step ?? 0,
      value: {
        state: i.replaced,
        replacedBy: {
          kind: 'import' as const,
          importId: i.importId,
          fileName: i.fileName,
          at: i.at,
          undoneAt: i.undoneAt,
        },
      },
    })),
  ].sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1));
  const state = current && stateOf(current);
  const lastStep = [...steps].reverse().find((s) => isSameCell(s.after, state));
  const setBy: CellOrigin | null =
    current === null
      ? null
      : currentImport
        ? { kind: 'import', ...currentImport }
        : lastStep
          ? stepOrigin(lastStep)
          : { kind: 'default', at: current.updatedAt };
  return {
    seriesKey,
    period,
    current,
    setBy,
    earlier: ordered.map((e) => e.value),
  };
}

function stateOf(observation: Observation): CellState {
  const { seriesKey: _key, period: _period, ...state } = observation;
  return state;
}
