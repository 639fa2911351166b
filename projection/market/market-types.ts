import type { QuarterPeriod } from '../period';
import type { Qualifier } from '../series-types';
import type { Segment } from './market-assumptions';

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

export interface SegmentQuarter {
  readonly tam: number;
  readonly xpuShare: number;
  readonly otherShare: number;
  readonly merchant: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
}

/** What a quarter and a year of the market model both hold (money in USD millions, shares as fractions). */
export interface MarketFigures {
  readonly tam: number;
  readonly training: number;
  readonly inference: number;
  readonly xpuShare: number;
  readonly otherShare: number;
  readonly merchant: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
  readonly nvidiaRevenue: number;
  readonly dealRevenue: number;
  readonly revenueFromDeals: number;
  readonly revenueFromRest: number;
}

export interface MarketQuarter extends MarketFigures {
  readonly period: QuarterPeriod;
  readonly isProjected: boolean;
  /** Share-driven revenue below the deals' floor. */
  readonly isBelowDeals: boolean;
  /** Hyperscaler capex (reported or on the capex path), null without capex data. */
  readonly capex: number | null;
  readonly segments: Readonly<Record<Segment, SegmentQuarter>>;
}
