import { repositories } from '../repositories';
import type { Db } from '../db';
import type { SeriesCatalog } from './reading/series-resolver';

/** The series and fiscal calendars of `db`, read once per preview or commit (a parse worker gets a copy). */
export function readSeriesCatalog(db: Db): SeriesCatalog {
  const repos = repositories(db);
  // A workbook of schema 4 or older, opened read-only, has no aliases.
  const isAliased = (db.pragma('user_version', { simple: true }) as number) >= 5;
  const aliases = new Map<string, string[]>();
  for (const a of isAliased ? repos.series.listAliases() : []) {
    aliases.set(a.seriesKey, [...(aliases.get(a.seriesKey) ?? []), a.alias]);
  }
  return {
    series: repos.series.listSeries().map((s) => ({
      id: s.id,
      key: s.key,
      label: s.label,
      unit: s.unit,
      kind: s.kind,
      company: s.company,
      metric: s.metric,
      fiscalCalendar: s.fiscalCalendar,
      aliases: aliases.get(s.key) ?? [],
      minValue: s.minValue,
      maxValue: s.maxValue,
    })),
    calendars: repos.fiscalCalendars
      .listFiscalCalendars()
      .map((c) => ({ id: c.id, fiscalYearEndMonth: c.fiscalYearEndMonth })),
  };
}
