import { comparePeriods } from '../projection/period';
import type { Observation } from '../projection/series-types';
import { derivedObservations, isDerivedSeriesKey } from './derived-series';
import { repositories } from './repositories';
import type { Db } from './db';

/**
 * Reads for a grid that shows a part of a large workbook at a time (the Data view, issue 10):
 * blocks of values by series and whole years, and each series' first and last period. Both are
 * bounded seeks into the observations' primary key (series_id, period), so their cost follows
 * what is asked, not the workbook's size: the page never asks for everything at once, and main's
 * thread is never held for long.
 */

/** A series' first and last period in time order (a year right after its fourth quarter). */
export interface SeriesExtent {
  readonly seriesKey: string;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

function extentOf(seriesKey: string, periods: readonly string[]): SeriesExtent {
  const sorted = [...periods].sort(comparePeriods);
  return { seriesKey, firstPeriod: sorted[0] ?? null, lastPeriod: sorted.at(-1) ?? null };
}

/** Every series' first and last period, in display order (held values, or computed ones). */
export function readSeriesExtents(db: Db): SeriesExtent[] {
  const ranges = repositories(db).observations.listSeriesPeriodRanges();
  const derived = new Map<string, string[]>();
  if (ranges.some((r) => isDerivedSeriesKey(r.seriesKey))) {
    for (const o of derivedObservations(db)) {
      derived.set(o.seriesKey, [...(derived.get(o.seriesKey) ?? []), o.period]);
    }
  }
  return ranges.map(({ seriesKey, first, last }) =>
    isDerivedSeriesKey(seriesKey)
      ? extentOf(seriesKey, derived.get(seriesKey) ?? [])
      : { seriesKey, firstPeriod: first, lastPeriod: last },
  );
}

/**
 * The values of `seriesKeys` in the years `fromYear` to `toYear - 1` (held or computed), series
 * by series in the order given, each in period order.
 */
export function readObservationBlock(
  db: Db,
  seriesKeys: readonly string[],
  fromYear: number,
  toYear: number,
): Observation[] {
  const { observations } = repositories(db);
  const computed = seriesKeys.some(isDerivedSeriesKey) ? derivedObservations(db) : [];
  return seriesKeys.flatMap((key) => {
    if (!isDerivedSeriesKey(key)) return observations.listSeriesYears(key, fromYear, toYear);
    return computed.filter((o) => {
      const year = Number(o.period.slice(0, 4));
      return o.seriesKey === key && year >= fromYear && year < toYear;
    });
  });
}
