import {
  summarizeObservations,
  summarizeObservationsInSlices,
  type ObservationSummary,
} from './observation-summary';
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
  return withSummary(db, summarizeObservations(db));
}

/**
 * The same, a large workbook's values counted a slice at a time (see observation-summary.ts): what
 * the app's header asks after every save, answered without holding main's thread.
 */
export async function describeWorkbookInSlices(db: Db): Promise<WorkbookInfo> {
  return withSummary(db, await summarizeObservationsInSlices(db));
}

function withSummary(db: Db, summary: ObservationSummary): WorkbookInfo {
  const repos = repositories(db);
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    series: repos.series.listSeries().length,
    observations: summary.observations,
    firstPeriod: summary.firstPeriod,
    lastPeriod: summary.lastPeriod,
  };
}
