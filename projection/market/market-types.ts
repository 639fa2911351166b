import type { Qualifier } from '../series-types';

/**
 * The plain values the market model reads from a workbook (db/market-data.ts loads them). Money is
 * USD millions, shares are percent as the workbook stores them (the model's own shares are fractions).
 */

/** One value under a period as the workbook stores it: a quarter `YYYYQn` or a year `YYYY`. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
}

/** A value with how sure it is (the workbook's qualifier). */
export interface QualifiedValue extends PeriodValue {
  readonly qualifier: Qualifier;
}

/**
 * A series reported in fiscal periods, as the workbook stores it: each fiscal quarter under the
 * calendar quarter holding its middle month, each fiscal year under the calendar year holding most
 * of it (projection/fiscal-calendar.ts).
 */
export interface FiscalSeries {
  /** Calendar month (1-12) in which the company's fiscal year ends. */
  readonly fiscalYearEndMonth: number;
  readonly quarters: readonly PeriodValue[];
  readonly years: readonly PeriodValue[];
}
