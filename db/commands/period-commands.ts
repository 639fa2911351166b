import type { PeriodEdge, PeriodExtent } from '../../projection/journal';
import { addQuarters, formatQuarter, isQuarterPeriod, parseQuarter } from '../../projection/period';
import { invalidInput } from '../../projection/refusal';
import { repositories, type Repositories } from '../repositories';
import type { Db } from '../db';

/**
 * The workbook's period range: the quarters from its first value to its last, widened by the
 * quarters the user added at either end (kept in `meta` as `periods.first` and `periods.last`), so
 * the grid shows 2027Q1 before any value exists there.
 */

const FIRST_KEY = 'periods.first';
const LAST_KEY = 'periods.last';
/** The range the app works in: keeps a runaway of "add quarter" from building a century of columns. */
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

/** The quarters the user added beyond the values (each null: not set). */
export function readPeriodExtent(repos: Repositories): PeriodExtent {
  const stored = (key: string) => {
    const value = repos.meta.getMeta(key);
    return value !== undefined && isQuarterPeriod(value) ? value : null;
  };
  return { first: stored(FIRST_KEY), last: stored(LAST_KEY) };
}

/** Stores the quarters added beyond the values (null removes a bound). */
export function writePeriodExtent(repos: Repositories, extent: PeriodExtent): void {
  for (const [key, value] of [
    [FIRST_KEY, extent.first],
    [LAST_KEY, extent.last],
  ] as const) {
    if (value === null) repos.meta.deleteMeta(key);
    else repos.meta.setMeta(key, value);
  }
}

/**
 * The workbook's first and last quarter: the whole years its values fall in (as the grid shows
 * them, from the first year's Q1 to the last year's Q4), widened by the quarters the user added.
 */
export function readPeriodRange(db: Db): { first: string | null; last: string | null } {
  const repos = repositories(db);
  // Each series' ends are two seeks into its key; counting every value would scan them all.
  let firstPeriod: string | null = null;
  let lastPeriod: string | null = null;
  for (const { first, last } of repos.observations.listSeriesPeriodRanges()) {
    if (first !== null && (firstPeriod === null || first < firstPeriod)) firstPeriod = first;
    if (last !== null && (lastPeriod === null || last > lastPeriod)) lastPeriod = last;
  }
  const extent = readPeriodExtent(repos);
  // Periods sort by their year first, so the least and greatest name the first and last year.
  const asFirst = firstPeriod === null ? null : `${firstPeriod.slice(0, 4)}Q1`;
  const asLast = lastPeriod === null ? null : `${lastPeriod.slice(0, 4)}Q4`;
  const pick = (a: string | null, b: string | null, isFirst: boolean) =>
    a === null ? b : b === null ? a : a < b === isFirst ? a : b;
  return { first: pick(asFirst, extent.first, true), last: pick(asLast, extent.last, false) };
}

/**
 * Adds the quarter before the first (`start`) or after the last (`end`) of the workbook's period
 * range, as one step of the journal; returns the quarter added. A workbook with no periods yet
 * has no end to add to: the first value typed or imported sets it.
 */
export function addPeriod(db: Db, edge: PeriodEdge, now: string): string {
  return db.transaction(() => {
    const repos = repositories(db);
    const range = readPeriodRange(db);
    const end = edge === 'start' ? range.first : range.last;
    if (end === null) {
      throw invalidInput('the workbook has no periods yet: type or import a value first, then add quarters');
    }
    const period = formatQuarter(addQuarters(parseQuarter(end), edge === 'start' ? -1 : 1));
    const year = Number(period.slice(0, 4));
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw invalidInput(`${period}: the workbook holds quarters from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
    }
    const before = readPeriodExtent(repos);
    const after = edge === 'start' ? { ...before, first: period } : { ...before, last: period };
    writePeriodExtent(repos, after);
    repos.journal.appendChange(now, { kind: 'periods.extend', edge, period, before, after });
    return period;
  })();
}
