import { repositories } from './repositories';
import type { Db } from './db';

export interface WorkbookInfo {
  readonly schemaVersion: number;
  readonly series: number;
  readonly observations: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

/** Schema version, counts and period range of a workbook (what `iwb info` prints). */
export function describeWorkbook(db: Db): WorkbookInfo {
  const repos = repositories(db);
  const summary = repos.observations.summarizeObservations();
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    series: repos.series.listSeries().length,
    observations: summary.observations,
    firstPeriod: summary.firstPeriod,
    lastPeriod: summary.lastPeriod,
  };
}
