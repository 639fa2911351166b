import type { CellChange, CellState } from './journal-cells';
import type { SeriesInfo } from './series-types';

/**
 * The journal's entries for the workbook's structure: series added, deleted and moved, and
 * quarters added at either end of its period range. Each holds enough to be undone exactly: a
 * deleted series keeps its values, aliases and import trail, so an undo puts them all back.
 */

/** A series as stored, enough to create it again in its place (its row id too, which imports name). */
export interface SeriesSnapshot extends Omit<SeriesInfo, 'display'> {
  /** Left out by entries written before series had a display (schema 7 or older): as stored. */
  readonly display?: SeriesInfo['display'];
  readonly id: number;
  readonly fiscalCalendar: string;
  readonly order: number;
}

/** A value of a deleted series, with its state as it was. */
export interface SeriesCell {
  readonly period: string;
  readonly state: CellState;
}

/** A value an import replaced in a deleted series (kept so undoing that import still can). */
export interface ReplacedCell {
  readonly importId: number;
  readonly period: string;
  /** The value as it was before the import overwrote it. */
  readonly before: CellState;
}

/** What a deleted series held besides its fields: everything deleting its row removed. */
export interface SeriesContents {
  readonly cells: readonly SeriesCell[];
  readonly aliases: readonly { readonly alias: string; readonly source: 'default' | 'user' }[];
  readonly replaced: readonly ReplacedCell[];
  /** The imports that created the series (undoing one removes it). */
  readonly createdBy: readonly number[];
}

/** A series' place in the display order. */
export interface SeriesPlace {
  readonly series: string;
  readonly order: number;
}

/**
 * The quarters the workbook shows beyond its values, as the user added them: the first and last
 * quarter (`YYYYQn`), each null when not set (the values' own range applies).
 */
export interface PeriodExtent {
  readonly first: string | null;
  readonly last: string | null;
}

export const PERIOD_EDGES = ['start', 'end'] as const;
export type PeriodEdge = (typeof PERIOD_EDGES)[number];

export type StructureChange =
  | { readonly kind: 'series.create'; readonly after: SeriesSnapshot }
  | {
      readonly kind: 'series.delete';
      readonly before: SeriesSnapshot;
      readonly contents: SeriesContents;
    }
  | {
      /** Series moved in the display order: the places that changed, before and after. */
      readonly kind: 'series.reorder';
      readonly series: string;
      readonly before: readonly SeriesPlace[];
      readonly after: readonly SeriesPlace[];
    }
  | {
      /** A quarter added at one end of the period range (`period`, the new first or last). */
      readonly kind: 'periods.extend';
      readonly edge: PeriodEdge;
      readonly period: string;
      readonly before: PeriodExtent;
      readonly after: PeriodExtent;
    };

/** Cells an import's undo kept in the workbook's import_taken table: which taking, how many. */
export interface TakenCells {
  readonly taking: number;
  readonly cells: number;
}

/**
 * What undoing an import through the history took away, kept in its `history.undo` entry so a
 * redo can write it again (the import's values are gone from the workbook once undone): the cells
 * it had written, before and after, and the series it had created.
 */
export interface ImportUndone {
  /** The cells, in entries made before schema 9; empty when `kept` says they are in import_taken. */
  readonly cells: readonly CellChange[];
  readonly series: readonly SeriesSnapshot[];
  /** Where the undo kept its cells (schema 9 and later): a taking of the import_taken table. */
  readonly kept?: TakenCells;
}

/**
 * What undoing an import from the import history (`import.undo`) took away: the cells it wrote
 * that still held its values (before: as they were before the import; after: the import's), and
 * the series it had created, left empty and deleted, each with everything deleting it removed.
 */
export interface ImportTaken {
  /** The cells, in entries made before schema 9; empty when `kept` says they are in import_taken. */
  readonly cells: readonly CellChange[];
  readonly series: readonly { readonly before: SeriesSnapshot; readonly contents: SeriesContents }[];
  /** Where the undo kept its cells (schema 9 and later): a taking of the import_taken table. */
  readonly kept?: TakenCells;
}
