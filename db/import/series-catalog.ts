import { repositories } from '../repositories';
import type { Db } from '../workbook';
import type { SeriesCatalog } from './reading/series-resolver';

/** The series and fiscal calendars of `db`, read once per preview or commit (a parse worker gets a copy). */
export function readSeriesCatalog(db: Db): SeriesCatalog {
  const repos = repositories(db);
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
    })),
    calendars: repos.fiscalCalendars
      .listFiscalCalendars()
      .map((c) => ({ id: c.id, fiscalYearEndMonth: c.fiscalYearEndMonth })),
  };
}
