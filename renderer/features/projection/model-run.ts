import type { ProjectionDataDto, ScenarioDto } from '../../../electron/contract';
import type { LogisticFit } from '../../../projection/logistic-fit';
import { failure, ok, type Result } from '../../../projection/refusal';
import type { ModelContext } from '../../../projection/scenario-model';
import { modelContext, runWorkbookModel, type WorkbookModelResult } from '../../../projection/workbook-model';

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
    const result = runWorkbookModel(data, scenarios, undefined, x86Fit, contextOf(data, x86Fit));
    performance.measure(RECOMPUTE_MEASURE, { start, end: performance.now() });
    return ok(result);
  } catch (error) {
    return failure('invalid_input', (error as Error).message);
  }
}

/**
 * The rebuilt history depends on the workbook's data only, not on the scenarios, so an assumption
 * edit reuses it (a fifth of a recompute): one context per data object the page fetched.
 */
const contexts = new WeakMap<ProjectionDataDto, ModelContext>();

function contextOf(data: ProjectionDataDto, x86Fit: LogisticFit | null): ModelContext {
  let context = contexts.get(data);
  if (context === undefined || context.x86Fit?.speed !== x86Fit?.speed) {
    context = modelContext(data, x86Fit);
    contexts.set(data, context);
  }
  return context;
}
