import { formatQuarter, type Period, type QuarterPeriod } from './period';
import { invalidInput } from './refusal';

/**
 * A fiscal calendar, known by the calendar month in which the fiscal year ends (12 = calendar
 * year). Fiscal years are named for the calendar year in which they end, as AMD, NVIDIA,
 * Microsoft and Broadcom all do.
 *
 * The mapping rule: a fiscal period becomes the calendar period that holds most of its months.
 * For a quarter that is the calendar quarter of its middle month (NVIDIA FY2025 Q3 = Aug-Oct 2024
 * -> 2024Q3; FY2025 Q4 = Nov 2024-Jan 2025 -> 2024Q4). For a year ending in month M of year Y:
 * Y when M >= 6 (June is an even split, kept in the year it ends), otherwise Y - 1 (NVIDIA FY2025
 * -> 2024).
 */
export interface FiscalCalendar {
  readonly fiscalYearEndMonth: number;
}

export const CALENDAR_YEAR: FiscalCalendar = { fiscalYearEndMonth: 12 };

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidInput(`fiscal year end month must be 1-12, got ${month}`);
  }
}

/** The calendar quarter that holds most of fiscal quarter `quarter` of fiscal year `fiscalYear`. */
export function fiscalQuarterToCalendar(
  calendar: FiscalCalendar,
  fiscalYear: number,
  quarter: 1 | 2 | 3 | 4,
): QuarterPeriod {
  assertMonth(calendar.fiscalYearEndMonth);
  // Months counted from year 0, zero-based: the fiscal year starts the month after the previous
  // fiscal year's end month.
  const startMonth = (fiscalYear - 1) * 12 + calendar.fiscalYearEndMonth;
  const middleMonth = startMonth + (quarter - 1) * 3 + 1;
  const year = Math.floor(middleMonth / 12);
  const calendarQuarter = (Math.floor((middleMonth % 12) / 3) + 1) as 1 | 2 | 3 | 4;
  return formatQuarter({ year, quarter: calendarQuarter });
}

/** The calendar year that holds most of fiscal year `fiscalYear` (see the rule above). */
export function fiscalYearToCalendar(calendar: FiscalCalendar, fiscalYear: number): Period {
  assertMonth(calendar.fiscalYearEndMonth);
  return String(calendar.fiscalYearEndMonth >= 6 ? fiscalYear : fiscalYear - 1);
}
