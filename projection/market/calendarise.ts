import { fiscalQuarterToCalendar } from '../fiscal-calendar';
import {
  formatQuarter,
  isQuarterPeriod,
  isYearPeriod,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
} from '../period';
import { invalidInput } from '../refusal';
import type { FiscalSeries } from './market-types';

/**
 * An annual total (any unit) split into four quarters growing geometrically at the quarterly rate
 * r = (1 + growth)^(1/4) that compounds to the annual growth, adding up to the total.
 */
export function quarterlySplit(annual: number, growth: number): [number, number, number, number] {
  const r = Math.pow(1 + growth, 0.25);
  const first = annual / (1 + r * (1 + r * (1 + r)));
  return [first, first * r, first * r * r, first * r * r * r];
}

/**
 * Fiscal quarters to calendar quarters, for NVIDIA (year ends in late January) and Broadcom (year
 * ends around 1 November): both report quarters that end one month after a calendar quarter.
 *
 * 1. Fiscal quarters are completed first. A reported quarter is kept. A fiscal year reported only
 *    as a total is split into quarters growing geometrically (tam.ts quarterlySplit) at the growth
 *    into the next fiscal year (its total over this one), or when there is none the growth from
 *    the previous year, or evenly; quarters that are reported keep their value and the rest of
 *    the total goes to the others in proportion. After the last known quarter, up to
 *    `maxExtension` quarters follow at the last quarter-on-quarter growth (extrapolated).
 * 2. A calendar quarter takes its months from the fiscal quarters that hold them, each month a
 *    third of its fiscal quarter: with a fiscal year ending one month after a calendar quarter
 *    (January, April, July, October), C(q) = (S(q - 1) + 2 S(q)) / 3, where S(q) is the fiscal
 *    quarter whose middle month is in q (how the workbook stores it); two months after,
 *    C(q) = (2 S(q) + S(q + 1)) / 3; at a calendar quarter end, C(q) = S(q).
 */

export type FiscalBasis = 'reported' | 'from annual' | 'extrapolated';

/** One fiscal quarter, by the quarter index of the calendar quarter the workbook stores it under. */
export interface FiscalQuarter {
  readonly label: string;
  readonly value: number;
  readonly basis: FiscalBasis;
}

/** A calendar quarter's value (USD millions) and the fiscal quarters it was made of, for people. */
export interface CalendarValue {
  readonly value: number;
  readonly rule: string;
}

function fiscalLabelOf(month: number, index: number): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const stored = formatQuarter(quarterFromIndex(index));
  const calendarYear = Math.floor(index / 4);
  for (const year of [calendarYear, calendarYear + 1]) {
    for (const quarter of [1, 2, 3, 4] as const) {
      if (fiscalQuarterToCalendar({ fiscalYearEndMonth: month }, year, quarter) === stored)
        return { year, quarter };
    }
  }
  throw invalidInput(`no fiscal quarter is stored under ${stored}`);
}

function fiscalQuarterIndex(month: number, year: number, quarter: 1 | 2 | 3 | 4): number {
  return quarterIndex(parseQuarter(fiscalQuarterToCalendar({ fiscalYearEndMonth: month }, year, quarter)));
}

/**
 * Every fiscal quarter of a series (USD millions) by stored quarter index: reported, split from a
 * fiscal-year total, or extrapolated up to `maxExtension` quarters past the last known one.
 */
export function completeFiscalQuarters(
  series: FiscalSeries,
  maxExtension: number,
): Map<number, FiscalQuarter> {
  const month = series.fiscalYearEndMonth;
  const out = new Map<number, FiscalQuarter>();
  for (const q of series.quarters) {
    if (!isQuarterPeriod(q.period)) throw invalidInput(`"${q.period}" is not a quarter (expected YYYYQn)`);
    const index = quarterIndex(parseQuarter(q.period));
    const f = fiscalLabelOf(month, index);
    out.set(index, { label: `FY${f.year}Q${f.quarter}`, value: q.value, basis: 'reported' });
  }
  // Fiscal years stored under a calendar year: the year holding most of them (fiscal-calendar.ts).
  const totals = new Map<number, number>();
  for (const y of series.years) {
    if (!isYearPeriod(y.period)) throw invalidInput(`"${y.period}" is not a year (expected YYYY)`);
    totals.set(Number(y.period) + (month >= 6 ? 0 : 1), y.value);
  }
  const yearTotal = (year: number): number | undefined => {
    const quarters = ([1, 2, 3, 4] as const).map((q) => out.get(fiscalQuarterIndex(month, year, q)));
    if (quarters.every((q) => q?.basis === 'reported'))
      return quarters.reduce((s, q) => s + (q?.value ?? 0), 0);
    return totals.get(year);
  };
  for (const [year, total] of [...totals].sort((a, b) => a[0] - b[0])) {
    const indices = ([1, 2, 3, 4] as const).map((q) => fiscalQuarterIndex(month, year, q));
    const missing = indices.filter((i) => !out.has(i));
    if (missing.length === 0) continue;
    const next = yearTotal(year + 1);
    const previous = yearTotal(year - 1);
    const growth = next !== undefined && total > 0 ? next / total - 1 : previous ? total / previous - 1 : 0;
    const weights = quarterlySplit(1, growth);
    const reported = indices.reduce((s, i) => s + (out.get(i)?.value ?? 0), 0);
    const rest = Math.max(0, total - reported);
    const missingWeight = missing.reduce((s, i) => s + (weights[indices.indexOf(i)] ?? 0), 0);
    for (const i of missing) {
      const q = indices.indexOf(i) + 1;
      out.set(i, {
        label: `FY${year}Q${q}`,
        value: (rest * (weights[q - 1] ?? 0)) / missingWeight,
        basis: 'from annual',
      });
    }
  }
  const known = [...out.keys()].sort((a, b) => a - b);
  const last = known.at(-1);
  if (last !== undefined && maxExtension > 0) {
    const lastValue = out.get(last)!.value;
    const before = out.get(last - 1)?.value;
    const growth = before !== undefined && before > 0 ? lastValue / before : 1;
    for (let n = 1; n <= maxExtension; n++) {
      const f = fiscalLabelOf(month, last + n);
      out.set(last + n, {
        label: `FY${f.year}Q${f.quarter}`,
        value: lastValue * Math.pow(growth, n),
        basis: 'extrapolated',
      });
    }
  }
  return out;
}

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

function describe(q: FiscalQuarter): string {
  return q.basis === 'reported' ? `${q.label} ${fmt(q.value)}` : `${q.label} ${fmt(q.value)} (${q.basis})`;
}

/**
 * The calendar quarter at `index` (USD millions) from completed fiscal quarters, by the month rule
 * above, with the rule written out; null when a fiscal quarter it needs is missing.
 */
export function calendarQuarter(
  fiscal: ReadonlyMap<number, FiscalQuarter>,
  fiscalYearEndMonth: number,
  index: number,
): CalendarValue | null {
  const lag = fiscalYearEndMonth % 3;
  const here = fiscal.get(index);
  if (here === undefined) return null;
  if (lag === 0) return { value: here.value, rule: describe(here) };
  const other = fiscal.get(lag === 1 ? index - 1 : index + 1);
  if (other === undefined) return null;
  const value = (other.value + 2 * here.value) / 3;
  const parts =
    lag === 1 ? `${describe(other)} + 2 × ${describe(here)}` : `2 × ${describe(here)} + ${describe(other)}`;
  return { value, rule: `(${parts}) / 3 = ${fmt(value)}` };
}
