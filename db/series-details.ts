import type { SeriesDetails } from '../projection/series-types';
import { invalidInput } from '../projection/refusal';
import { derivedObservations } from './derived-series';
import { repositories } from './repositories';
import type { Series } from './repositories/series-repository';
import type { Db } from './db';

/** Every series with its fiscal calendar, aliases and value count, in display order. Reads only. */
export function listSeriesDetails(db: Db): SeriesDetails[] {
  const repos = repositories(db);
  const calendars = new Map(repos.fiscalCalendars.listFiscalCalendars().map((c) => [c.id, c]));
  const aliases = repos.series.listAliases();
  const derived = derivedObservations(db);
  return repos.series.listSeriesSummaries().map((s) => {
    // A derived series holds nothing: its values are computed when read.
    const computed = derived.filter((o) => o.seriesKey === s.key).map((o) => o.period);
    return {
      ...seriesInfo(s),
      // series.fiscal_calendar references fiscal_calendars (foreign keys on): it is always there.
      fiscalCalendar: calendars.get(s.fiscalCalendar)!,
      aliases: aliases.filter((a) => a.seriesKey === s.key).map(({ alias, source }) => ({ alias, source })),
      count: computed.length > 0 ? computed.length : s.count,
      firstPeriod: computed[0] ?? s.firstPeriod,
      lastPeriod: computed.at(-1) ?? s.lastPeriod,
    };
  });
}

/** One series' details; refuses a key no series has. */
export function readSeriesDetails(db: Db, key: string): SeriesDetails {
  const found = listSeriesDetails(db).find((s) => s.key === key);
  if (!found) throw invalidInput(`${key}: no such series`);
  return found;
}

/** What people see of a series, without where it sits in the file. */
export function seriesInfo(series: Series) {
  const { key, label, unit, kind, company, metric, notes, minValue, maxValue, display } = series;
  return { key, label, unit, kind, company, metric, notes, minValue, maxValue, display };
}
