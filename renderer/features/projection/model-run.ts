import type { ProjectionDataDto, ScenarioDto } from '../../../electron/contract';
import type { LogisticFit } from '../../../projection/logistic-fit';
import { failure, ok, type Result } from '../../../projection/refusal';
import { runWorkbookModel, type WorkbookModelResult } from '../../../projection/workbook-model';

export type ModelRun = Result<WorkbookModelResult>;

/** Name of the User Timing measure of one recompute (all scenarios, fit, history, capex). */
export const RECOMPUTE_MEASURE = 'iwb:recompute';

/**
 * Runs the model for every scenario on the UI thread (it takes well under a millisecond, see
 * docs/BENCHMARKS.md) and records its duration as a performance measure. Invalid inputs (a
 * probability total of 0, say) become a message instead of an exception. The x86 fit depends on
 * the data only, so the caller fits once per data and passes it in (`fitX86`).
 */
export function runModel(
  data: ProjectionDataDto,
  scenarios: readonly ScenarioDto[],
  x86Fit: LogisticFit | null,
): ModelRun {
  const start = performance.now();
  try {
    const result = runWorkbookModel(data, scenarios, undefined, x86Fit);
    performance.measure(RECOMPUTE_MEASURE, { start, end: performance.now() });
    return ok(result);
  } catch (error) {
    return failure('invalid_input', (error as Error).message);
  }
}
