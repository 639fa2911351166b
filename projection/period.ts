import { invalidInput } from './refusal';
/**
 * Calendar periods. A quarter is written `YYYYQn` (2024Q3) and a full year `YYYY` (2024).
 * Quarter strings sort in time order as text; `comparePeriods` also places a full year right
 * after its fourth quarter, as the grids show it.
 */

export type QuarterPeriod = `${number}Q${1 | 2 | 3 | 4}`;
export type Period = string;

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;
const YEAR_RE = /^(\d{4})$/;

/** True for `YYYYQn` with a year between 1900 and 2199. */
export function isQuarterPeriod(text: string): boolean {
  const m = QUARTER_RE.exec(text);
  return m !== null && inYearRange(Number(m[1]));
}

/** True for `YYYY` with a year between 1900 and 2199. */
export function isYearPeriod(text: string): boolean {
  const m = YEAR_RE.exec(text);
  return m !== null && inYearRange(Number(m[1]));
}

/** True for a quarter or a full year in the workbook's canonical form. */
export function isPeriod(text: string): boolean {
  return isQuarterPeriod(text) || isYearPeriod(text);
}

function inYearRange(year: number): boolean {
  return year >= 1900 && year <= 2199;
}

/** Parses `YYYYQn`; throws on anything else. */
export function parseQuarter(text: string): Quarter {
  const m = QUARTER_RE.exec(text);
  if (!m || !inYearRange(Number(m[1]))) throw invalidInput(`"${text}" is not a quarter (expected YYYYQn)`);
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] };
}

/** Formats a quarter as `YYYYQn`. */
export function formatQuarter(q: Quarter): QuarterPeriod {
  return `${q.year}Q${q.quarter}` as QuarterPeriod;
}

/** Quarter index counted from year 0 (2024Q1 -> 8096), for arithmetic on quarters. */
export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

/** Inverse of quarterIndex. */
export function quarterFromIndex(index: number): Quarter {
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] };
}

/** The quarter `n` quarters after `q` (n may be negative). */
export function addQuarters(q: Quarter, n: number): Quarter {
  return quarterFromIndex(quarterIndex(q) + n);
}

/** Every quarter from `first` to `last`, both included. */
export function quarterRange(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(first); i <= quarterIndex(last); i++) out.push(quarterFromIndex(i));
  return out;
}

/** The year a period belongs to (`2024Q3` and `2024` both give 2024). */
export function periodYear(period: Period): number {
  return Number(period.slice(0, 4));
}

/** Orders periods in time; a full year sorts right after its own fourth quarter. */
export function comparePeriods(a: Period, b: Period): number {
  const ka = a.length === 4 ? `${a}Q9` : a;
  const kb = b.length === 4 ? `${b}Q9` : b;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
