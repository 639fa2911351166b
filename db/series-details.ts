import type { SeriesDetails } from '../projection/series-types';
import { invalidInput } from '../projection/refusal';
import { repositories } from './repositories';
import type { Series } from './repositories/series-repository';
import type { Db } from './workbook';

/** Every series with its fiscal calendar, aliases and value count, in display order. Reads only. */
export function listSeriesDetails(db: Db): SeriesDetails[] {
  const repos = repositories(db);
  const calendars = new Map(repos.fiscalCalendars.listFiscalCalendars().map((c) => [c.id, c]));
  const aliases = repos.series.listAliases();
  return repos.series.listSeriesSummaries().map((s) => ({
    ...seriesInfo(s),
    // series.fiscal_calendar references fiscal_calendars (foreign keys on): it is always there.
    fiscalCalendar: calendars.get(s.fiscalCalendar)!,
    aliases: aliases.filter((a) => a.seriesKey === s.key).map(({ alias, source }) => ({ alias, source })),
    count: s.count,
    firstPeriod: s.firstPeriod,
    lastPeriod: s.lastPeriod,
  }));
}

/** One series' details; refuses a key no series has. */
export function readSeriesDetails(db: Db, key: string): SeriesDetails {
  const found = listSeriesDetails(db).find((s) => s.key === key);
  if (!found) throw invalidInput(`${key}: no such series`);
  return found;
}

/** What people see of a series, without where it sits in the file. */
export function seriesInfo(series: Series) {
  const { key, label, unit, kind, company, metric, notes, minValue, maxValue } = series;
  return { key, label, unit, kind, company, metric, notes, minValue, maxValue };
}
