import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { runWorkbookModel } from '../../projection/workbook-model';
import type { AppHarness } from './app-harness';

/** USD millions as the grids show them, written independently of the renderer's formatter. */
export const formatMoney = (value: number | null | undefined): string =>
  Math.round(value ?? NaN).toLocaleString('en-US');
export const formatPercent = (fraction: number | null | undefined): string =>
  `${((fraction ?? NaN) * 100).toFixed(1)}%`;

/** What the model gives for the workbook as it is now, computed here in Node. */
export function modelNow(app: AppHarness) {
  const data = loadProjectionData(app.workbook.db);
  const scenarios = repositories(app.workbook.db).scenarios.listScenarios();
  return { data, scenarios, result: runWorkbookModel(data, scenarios) };
}

/** One scenario's projection as the model computes it now. */
export function projectionOf(app: AppHarness, name: string) {
  return modelNow(app).result.comparison.scenarios.find((s) => s.name === name)!.projection;
}

/** A scenario as the workbook holds it now. */
export function scenarioNow(app: AppHarness, name: string) {
  return repositories(app.workbook.db)
    .scenarios.listScenarios()
    .find((s) => s.name === name)!;
}
