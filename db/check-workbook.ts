import { validateAssumptions } from '../projection/assumptions';
import { validateDeals } from '../projection/market/deals';
import { asRefusal } from '../projection/refusal';
import { validateGrowthOverrides } from '../projection/scenario-model';
import { rangeProblem } from '../projection/value-range';
import { runWorkbookModel } from '../projection/workbook-model';
import { SCHEMA_VERSION } from './migrations';
import { loadProjectionData } from './projection-data';
import { repositories } from './repositories';
import type { Db } from './db';

/**
 * Is a workbook sound? SQLite's own integrity and foreign-key checks, the schema version, every
 * value inside its series' range, every scenario's assumptions, overrides and deals valid, the
 * history settings valid, and the model able to run on it. Returns the problems, one line each,
 * naming where; empty when sound. Reads only.
 */
export function checkWorkbook(db: Db): string[] {
  const problems = checkWorkbookFile(db);
  if (problems.length > 0) return problems;
  return checkWorkbookContent(db);
}

/**
 * The file-level half of checkWorkbook: SQLite's integrity and foreign-key checks and the schema
 * version. A workbook failing these is damaged (the app opens it read-only); one failing only
 * the content checks can be mended by editing it.
 */
export function checkWorkbookFile(db: Db): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity)
    if (row.integrity_check !== 'ok') problems.push(`file: ${row.integrity_check}`);
  const foreign = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  // A WITHOUT ROWID table (observations) has no row number to name.
  for (const f of foreign)
    problems.push(
      `file: ${f.rowid === null ? `a row of ${f.table}` : `${f.table} row ${f.rowid}`} refers to a missing ${f.parent}`,
    );
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION)
    problems.push(`file: schema version ${version}, this version of the app writes ${SCHEMA_VERSION}`);
  return problems;
}

function checkWorkbookContent(db: Db): string[] {
  const problems: string[] = [];
  const repos = repositories(db);
  const series = new Map(repos.series.listSeries().map((s) => [s.key, s]));
  for (const o of repos.observations.listObservations()) {
    const s = series.get(o.seriesKey);
    const outside = s ? rangeProblem(o.value, s) : null;
    if (outside) problems.push(`${o.seriesKey} ${o.period}: ${outside}`);
  }
  const settings = repos.modelSettings.listModelSettings();
  for (const p of validateAssumptions(settings)) problems.push(`history settings: ${p}`);
  const scenarios = repos.scenarios.listScenarios();
  for (const s of scenarios) {
    const own = [
      ...validateAssumptions(s.assumptions),
      ...validateGrowthOverrides(s.growthOverrides),
      ...validateDeals(s.deals),
    ];
    for (const p of own) problems.push(`scenario ${s.name}: ${p}`);
  }
  if (problems.length === 0) {
    try {
      runWorkbookModel(loadProjectionData(db), scenarios);
    } catch (error) {
      const refusal = asRefusal(error);
      if (refusal === null) throw error;
      problems.push(`model: ${refusal.message}`);
    }
  }
  return problems;
}
