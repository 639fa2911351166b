import type { SeriesDisplay } from './series-display';
import type { ValueRange } from './value-range';

/**
 * The workbook's data as every layer sees it: series and their values. Declared once here (the
 * pure domain); the db maps rows to these, the IPC contract sends them as they are, the renderer
 * and the CLI read them.
 */

/**
 * How sure a value is: as reported, rounded by its source, a floor, a ceiling, or an inference:
 * worked out from other figures rather than stated by the company (the press's 2024Q3 "north of
 * 1.5 B$"). New ones go last: imports code a value's qualifier as its index here.
 */
export const QUALIFIERS = ['exact', 'approx', 'lower_bound', 'upper_bound', 'inference'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Where a series' values come from: reported by a company, estimated by the user, computed. */
export const SERIES_KINDS = ['reported', 'estimate', 'derived'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];
/** The kinds a user may add: derived series are computed by the app (db/derived-series.ts). */
export const ADDABLE_SERIES_KINDS = ['reported', 'estimate'] as const satisfies readonly SeriesKind[];

/** A series as the workbook describes it to people, with the values it may hold (projection/value-range.ts). */
export interface SeriesInfo extends ValueRange {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: SeriesKind;
  readonly company: string;
  readonly metric: string;
  readonly notes: string;
  /** How its numbers are shown (projection/series-display.ts); the stored values do not change with it. */
  readonly display: SeriesDisplay;
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

/** Everything the series details panel and `iwb series` show of one series. */
export interface SeriesDetails extends SeriesInfo {
  /** The company's fiscal calendar: the month its fiscal year ends (12 for the calendar year). */
  readonly fiscalCalendar: {
    readonly id: string;
    readonly label: string;
    readonly fiscalYearEndMonth: number;
    readonly note: string;
  };
  /** Other names files give the series: shipped with the app, or chosen by the user in an import. */
  readonly aliases: readonly { readonly alias: string; readonly source: 'default' | 'user' }[];
  readonly count: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}
