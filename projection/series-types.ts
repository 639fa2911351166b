import type { ValueRange } from './value-range';

/**
 * The workbook's data as every layer sees it: series and their values. Declared once here (the
 * pure domain); the db maps rows to these, the IPC contract sends them as they are, the renderer
 * and the CLI read them.
 */

/**
 * How sure a value is: as reported, rounded by its source, a floor, a ceiling, or inferred by the
 * press rather than stated by the company (read as the floor the press gave: "north of 1.5 B$").
 * New qualifiers go at the end: imports refer to them by position.
 */
export const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'upper_bound', 'inference'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Where a series' values come from: reported by a company, estimated by the user, computed. */
export const SERIES_KINDS = ['reported', 'estimate', 'derived'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

/** A series as the workbook describes it to people, with the values it may hold (projection/value-range.ts). */
export interface SeriesInfo extends ValueRange {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: SeriesKind;
  readonly company: string;
  readonly metric: string;
  readonly notes: string;
}

/** One value of one series in one period (a quarter `YYYYQn` or a year `YYYY`). */
export interface Observation {
  readonly seriesKey: string;
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly source: string;
  readonly note: string;
  /** The import that wrote it, or null for a typed or default value. */
  readonly importId: number | null;
  readonly updatedAt: string;
}
