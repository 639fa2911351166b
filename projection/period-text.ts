import { failure, ok, type Result } from './refusal';
import { fiscalQuarterToCalendar, fiscalYearToCalendar, type FiscalCalendar } from './fiscal-calendar';
import { formatQuarter, isPeriod, type Period } from './period';
import { quoteText } from './number-text';

/**
 * Period labels as companies, data terminals and spreadsheets write them, read into calendar or
 * fiscal quarters and years:
 * - calendar quarters: 2024Q3, 2024-Q3, Q3 2024, Q3'24, 3Q24, CY2024 Q3;
 * - fiscal quarters: Q3 FY2025, FY2025Q3, FY2025 Q3, 3QFY25, Q3 fiscal 2025;
 * - years: 2024 and CY2024 (calendar), FY2024, FY24 and 2024FY (fiscal);
 * - dates (2024-09-30, 30/09/2024, 9/30/2024, 30 Sep 2024, Sep 30, 2024, Sep 2024): the calendar
 *   quarter that holds the day. A day/month order that cannot be told apart is accepted only when
 *   both readings fall in the same quarter.
 * A fiscal label becomes a calendar period through the company's fiscal calendar
 * (`calendarPeriodOf`, the rule in fiscal-calendar.ts). Two-digit years are 2000-2069 or 1970-1999.
 */
export type PeriodLabel =
  | {
      readonly kind: 'quarter';
      readonly year: number;
      readonly quarter: 1 | 2 | 3 | 4;
      readonly isFiscal: boolean;
    }
  | { readonly kind: 'year'; readonly year: number; readonly isFiscal: boolean };

export type PeriodTextResult = Result<PeriodLabel>;

/** What a date reader says of text that has a date's shape but is not one. */
interface NotAPeriod {
  readonly kind: 'invalid';
  readonly reason: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEAR = String.raw`(\d{4}|['’‘]?\s*\d{2})`;
const FY = String.raw`(?:fy|fiscal(?:\s+year)?|f)\s*${YEAR}`;
const CY = String.raw`(?:cy|calendar(?:\s+year)?)\s*${YEAR}`;
const Q = String.raw`(?:q([1-4])|([1-4])q)`;
const SEP = String.raw`\s*[-/_ ]?\s*`;

type Reader = (m: RegExpExecArray) => PeriodLabel | NotAPeriod;

function year(text: string): number {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function quarterOf(m: RegExpExecArray, first: number): 1 | 2 | 3 | 4 {
  return Number(m[first] ?? m[first + 1]) as 1 | 2 | 3 | 4;
}

function quarterOfMonth(month: number): 1 | 2 | 3 | 4 {
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isDay(y: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function dateLabel(y: number, month: number, day: number): PeriodLabel | NotAPeriod {
  if (!isDay(y, month, day)) return { kind: 'invalid', reason: 'is not a date' };
  return { kind: 'quarter', year: y, quarter: quarterOfMonth(month), isFiscal: false };
}

/** d/m/y or m/d/y: either order is fine when both readings are dates in the same quarter. */
function numericDate(a: number, b: number, y: number, isDayFirst: boolean): PeriodLabel | NotAPeriod {
  if (isDayFirst) return dateLabel(y, b, a);
  const monthFirst = isDay(y, a, b);
  const dayFirst = isDay(y, b, a);
  if (monthFirst && dayFirst && quarterOfMonth(a) !== quarterOfMonth(b)) {
    return {
      kind: 'invalid',
      reason: 'is a date whose day and month could be either way round; write it as YYYY-MM-DD',
    };
  }
  return monthFirst ? dateLabel(y, a, b) : dateLabel(y, b, a);
}

const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

const READERS: readonly [RegExp, Reader][] = [
  // Calendar quarters.
  [new RegExp(String.raw`^(\d{4})${SEP}${Q}$`), (m) => cq(Number(m[1]), quarterOf(m, 2))],
  [new RegExp(String.raw`^${Q}${SEP}(\d{4})$`), (m) => cq(Number(m[3]), quarterOf(m, 1))],
  [new RegExp(String.raw`^${Q}\s*(?:['’‘]|-|\s)\s*(\d{2})$`), (m) => cq(year(m[3]!), quarterOf(m, 1))],
  [
    new RegExp(String.raw`^([1-4])q\s*['’‘]?\s*(\d{2})$`),
    (m) => cq(year(m[2]!), Number(m[1]) as 1 | 2 | 3 | 4),
  ],
  [new RegExp(String.raw`^${Q}${SEP}${CY}$`), (m) => cq(year(m[3]!), quarterOf(m, 1))],
  [new RegExp(String.raw`^${CY}${SEP}${Q}$`), (m) => cq(year(m[1]!), quarterOf(m, 2))],
  // Fiscal quarters.
  [new RegExp(String.raw`^${Q}${SEP}${FY}$`), (m) => fq(year(m[3]!), quarterOf(m, 1))],
  [new RegExp(String.raw`^${FY}${SEP}${Q}$`), (m) => fq(year(m[1]!), quarterOf(m, 2))],
  // Years.
  [/^(\d{4})$/, (m) => ({ kind: 'year', year: Number(m[1]), isFiscal: false })],
  [new RegExp(String.raw`^${CY}$`), (m) => ({ kind: 'year', year: year(m[1]!), isFiscal: false })],
  [new RegExp(String.raw`^${FY}$`), (m) => ({ kind: 'year', year: year(m[1]!), isFiscal: true })],
  [/^(\d{4})\s*fy$/, (m) => ({ kind: 'year', year: Number(m[1]), isFiscal: true })],
  // Dates.
  [
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+(?:z|[-+]\d{2}:?\d{2})?)?$/,
    (m) => dateLabel(+m[1]!, +m[2]!, +m[3]!),
  ],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (m) => dateLabel(+m[1]!, +m[2]!, +m[3]!)],
  [
    /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/,
    (m) => numericDate(+m[1]!, +m[3]!, year(m[4]!), m[2] === '.'),
  ],
  [
    new RegExp(String.raw`^(\d{1,2})[\s-]+${MONTH}[\s,-]+(\d{4}|\d{2})$`),
    (m) => monthDate(m[2]!, +m[1]!, m[3]!),
  ],
  [
    new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`),
    (m) => monthDate(m[1]!, +m[2]!, m[3]!),
  ],
  [new RegExp(String.raw`^${MONTH}[\s'’‘-]*(\d{4}|\d{2})$`), (m) => monthDate(m[1]!, 1, m[2]!)],
];

function cq(y: number, quarter: 1 | 2 | 3 | 4): PeriodLabel {
  return { kind: 'quarter', year: y, quarter, isFiscal: false };
}

function fq(y: number, quarter: 1 | 2 | 3 | 4): PeriodLabel {
  return { kind: 'quarter', year: y, quarter, isFiscal: true };
}

function monthDate(monthName: string, day: number, yearText: string): PeriodLabel | NotAPeriod {
  return dateLabel(year(yearText), monthNumber(monthName), day);
}

/** Reads a period label (see above). */
export function parsePeriodText(text: string): PeriodTextResult {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalized === '') return failure('invalid_input', 'the period is blank');
  if (normalized.length <= 40) {
    if (/^(h[12]|[12]h)|h[12]$/.test(normalized)) {
      return failure(
        'invalid_input',
        `${quoteText(text)} is a half year; the workbook holds quarters and years`,
      );
    }
    for (const [pattern, read] of READERS) {
      const m = pattern.exec(normalized);
      if (!m) continue;
      const label = read(m);
      if (label.kind === 'invalid') return failure('invalid_input', `${quoteText(text)} ${label.reason}`);
      if (label.year < 1900 || label.year > 2199) {
        return failure('invalid_input', `${quoteText(text)}: the year is outside 1900-2199`);
      }
      return ok(label);
    }
  }
  return failure(
    'invalid_input',
    `${quoteText(text)} is not a period (such as 2024Q3, Q3 FY2025, 2024 or a date)`,
  );
}

/**
 * The calendar period a label stands for; a fiscal one goes through `calendar`. Null when that
 * period falls outside the years a workbook holds (a fiscal 1900 that began in 1899).
 */
export function calendarPeriodOf(label: PeriodLabel, calendar: FiscalCalendar): Period | null {
  let period: Period;
  if (label.kind === 'quarter') {
    period = label.isFiscal
      ? fiscalQuarterToCalendar(calendar, label.year, label.quarter)
      : formatQuarter({ year: label.year, quarter: label.quarter });
  } else {
    period = label.isFiscal ? fiscalYearToCalendar(calendar, label.year) : String(label.year);
  }
  return isPeriod(period) ? period : null;
}

/** How a label is written in notes and previews: "FY2025 Q3", "FY2025", "2024Q3", "2024". */
export function formatPeriodLabel(label: PeriodLabel): string {
  if (label.kind === 'year') return label.isFiscal ? `FY${label.year}` : String(label.year);
  return label.isFiscal ? `FY${label.year} Q${label.quarter}` : `${label.year}Q${label.quarter}`;
}
