import type { RecipeMapping, RecipeOptions } from './import-types';
import type { Deal } from './market/deals';
import type { VintageSnapshot } from './vintage';
import type { ValueRange } from './value-range';
import type { ImportTaken, ImportUndone, StructureChange } from './journal-structure';
import type { CellChange, CellState } from './journal-cells';
import type { SeriesDisplay } from './series-display';

export type { CellChange, CellState } from './journal-cells';

export type * from './journal-structure';

/**
 * The workbook's journal: one typed entry per change, written by the change's command in the same
 * transaction (db/commands/). Each entry holds what its target was before and after, in one shape
 * per kind, so a history view can say what changed and an undo can put it back; never a string to
 * be parsed back, never `unknown`. Declared here, the pure domain, so the db, the IPC contract, the
 * renderer and the CLI read the same type.
 */

/** What a user may change of a series: its label, unit, notes and the values it may hold. */
export interface SeriesFields extends ValueRange {
  readonly label: string;
  readonly unit: string;
  readonly notes: string;
}

/** A scenario's name, description and probability (fraction). */
export interface ScenarioFields {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
}

/** A whole scenario as stored, enough to create it again. */
export interface ScenarioSnapshot extends ScenarioFields {
  readonly order: number;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly growthOverrides: Readonly<Record<number, number>>;
  /** Left out by entries written before scenarios had deals (schema 5 or older). */
  readonly deals?: readonly Deal[];
}

export interface FiscalCalendarState {
  readonly id: string;
  readonly label: string;
  readonly fiscalYearEndMonth: number;
  readonly note: string;
}

/** A saved import recipe as stored. */
export interface RecipeSnapshot {
  readonly name: string;
  readonly headerSignature: string;
  readonly mapping: RecipeMapping;
  readonly options: RecipeOptions;
}

export interface FiscalCalendarChange {
  readonly before: FiscalCalendarState | null;
  readonly after: FiscalCalendarState;
}

/** A recipe saved: as it was before (null: new) and after. */
export interface RecipeChange {
  readonly before: RecipeSnapshot | null;
  readonly after: RecipeSnapshot;
}

/** Another name of a series, by the series' key. */
export interface SeriesAlias {
  readonly series: string;
  readonly alias: string;
}

/** The counts an import commit wrote. */
export interface ImportCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly seriesCreated: number;
}

/** Why many cells changed in one step: a block pasted, a fill, a range cleared or cut. */
export const CELL_BATCH_ACTIONS = ['paste', 'fill', 'clear', 'cut'] as const;
export type CellBatchAction = (typeof CELL_BATCH_ACTIONS)[number];

export const JOURNAL_KINDS = [
  'observation.set',
  'observations.set',
  'series.update',
  'series.display',
  'series.alias',
  'series.create',
  'series.delete',
  'series.reorder',
  'periods.extend',
  'scenario.assumption',
  'scenario.assumptions',
  'scenario.create',
  'scenario.update',
  'scenario.delete',
  'scenario.deals',
  'model.setting',
  'vintage.freeze',
  'vintage.delete',
  'import.commit',
  'import.undo',
  'recipe.save',
  'recipe.delete',
  'history.undo',
  'history.redo',
  'legacy',
] as const;

export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** One assumption of one scenario, or one year's override, before and after. */
export interface AssumptionChange {
  readonly scenario: string;
  readonly key: string;
  /** Null for the scenario's value; a calendar year for that year's override (`tam.growth`). */
  readonly year: number | null;
  /** Null: not set (the default applies) or no override. */
  readonly before: number | null;
  readonly after: number | null;
}

/** One change, by kind. */
export type JournalChange =
  | {
      readonly kind: 'observation.set';
      readonly series: string;
      readonly period: string;
      /** Null: the cell was blank (before) or cleared (after). */
      readonly before: CellState | null;
      readonly after: CellState | null;
    }
  | {
      /** Many cells in one step (a paste, fill, clear or cut): undone and redone together. */
      readonly kind: 'observations.set';
      readonly action: CellBatchAction;
      /** The cells that changed, in the order they were written. */
      readonly cells: readonly CellChange[];
    }
  | {
      readonly kind: 'series.update';
      readonly series: string;
      readonly before: SeriesFields;
      readonly after: SeriesFields;
    }
  | {
      /** How a series' numbers are shown (scale and decimals); its values are not touched. */
      readonly kind: 'series.display';
      readonly series: string;
      readonly before: SeriesDisplay;
      readonly after: SeriesDisplay;
    }
  | ({ readonly kind: 'series.alias' } & SeriesAlias)
  | StructureChange
  | ({ readonly kind: 'scenario.assumption' } & AssumptionChange)
  | {
      /** Many assumption cells in one step (a paste, fill or clear in the Scenarios view's grids). */
      readonly kind: 'scenario.assumptions';
      readonly action: CellBatchAction;
      /** The values that changed, in the order they were written. */
      readonly changes: readonly AssumptionChange[];
    }
  | {
      readonly kind: 'scenario.create';
      /** The scenario it was copied from, or null for a new one. */
      readonly from: string | null;
      readonly after: ScenarioSnapshot;
    }
  | {
      readonly kind: 'scenario.update';
      readonly scenario: string;
      readonly before: ScenarioFields;
      readonly after: ScenarioFields;
    }
  | { readonly kind: 'scenario.delete'; readonly before: ScenarioSnapshot }
  | {
      /** A scenario's deals replaced as a list. */
      readonly kind: 'scenario.deals';
      readonly scenario: string;
      readonly before: readonly Deal[];
      readonly after: readonly Deal[];
    }
  | {
      /** A scenario frozen as vintage `vintage` (its id; `id` is the journal entry's). */
      readonly kind: 'vintage.freeze';
      readonly vintage: number;
      readonly after: VintageSnapshot;
    }
  | { readonly kind: 'vintage.delete'; readonly vintage: number; readonly before: VintageSnapshot }
  | {
      /** A workbook history setting (`history.*`); null: the default applies. */
      readonly kind: 'model.setting';
      readonly key: string;
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly kind: 'import.commit';
      readonly importId: number;
      readonly fileName: string;
      readonly sha256: string;
      readonly counts: ImportCounts;
      /** Fiscal calendars the import set (a company's fiscal year end), before and after. */
      readonly fiscalCalendars: readonly FiscalCalendarChange[];
      /** The recipe saved with the import; null when none was. */
      readonly recipe: RecipeChange | null;
      /** Names the user mapped to a series in the preview, added as its aliases. */
      readonly aliases: readonly SeriesAlias[];
    }
  | {
      readonly kind: 'import.undo';
      readonly importId: number;
      readonly restored: number;
      readonly removed: number;
      readonly kept: number;
      readonly seriesRemoved: number;
      /**
       * What the undo took away, for the history to put back (undo) and take away again (redo).
       * Entries written before it was kept lack it; such an undo is not taken back.
       */
      readonly taken?: ImportTaken;
    }
  | ({ readonly kind: 'recipe.save' } & RecipeChange)
  | { readonly kind: 'recipe.delete'; readonly before: RecipeSnapshot }
  | {
      /** Step `step` (an entry's id) was undone: its change applied backwards. */
      readonly kind: 'history.undo';
      readonly step: number;
      /** What the step did, as summarizeChange said it. */
      readonly summary: string;
      /** For an import's step: what the undo took away, for a redo to write again. */
      readonly imported?: ImportUndone;
    }
  | {
      /** Step `step`, undone before, was done again. */
      readonly kind: 'history.redo';
      readonly step: number;
      readonly summary: string;
    }
  | {
      /**
       * An entry from a workbook made before the journal was typed (schema 3 or older) whose old
       * form does not hold what its typed kind needs (a scenario copy, a fiscal calendar set by an
       * import); kept as it was written.
       */
      readonly kind: 'legacy';
      readonly action: string;
      readonly target: string;
      readonly before: JsonValue;
      readonly after: JsonValue;
    };

/** What JSON can hold. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A journal entry as stored: the change, its id and when it was made. */
export type JournalEntry = JournalChange & { readonly id: number; readonly madeAt: string };

/**
 * The cells a change wrote, so a view can reload just those after an undo or redo; null when the
 * change is not about cells alone (a series, a scenario, an import), and the view reloads it all.
 */
export function changedCells(
  change: JournalChange,
): readonly { readonly series: string; readonly period: string }[] | null {
  if (change.kind === 'observation.set') return [{ series: change.series, period: change.period }];
  if (change.kind === 'observations.set') return change.cells;
  return null;
}
