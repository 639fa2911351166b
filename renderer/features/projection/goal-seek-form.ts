import { failure, ok, type Result } from '../../../projection/refusal';
import { ASSUMPTION_KEYS, ASSUMPTION_META, type AssumptionKey } from '../../../projection/assumptions';
import type { GoalSeekRequest, GoalSeekResult } from '../../../projection/goal-seek';
import { readTargetText } from '../../../projection/typed-values';
import {
  formatOutputSpec,
  isFractionOutput,
  parseOutputSpec,
  type OutputSpec,
} from '../../../projection/output-spec';
import type { ModelContext } from '../../../projection/scenario-model';
import { scenarioInputs, type ScenarioSettings } from '../../../projection/workbook-model';
import { formatMoney, formatPercent } from '../../components/number-format';
import { formatAssumptionText } from '../../components/assumption-text';

/** The assumptions goal seek can solve: a scenario's continuous ones (not whole years or the driver choice). */
export const GOAL_SEEK_KEYS: readonly AssumptionKey[] = ASSUMPTION_KEYS.filter(
  (k) => !ASSUMPTION_META[k].isInteger,
);

/** Output specs offered as suggestions for the years of the horizon. */
export function suggestOutputs(years: readonly number[]): string[] {
  const first = years[0];
  const last = years.at(-1);
  const perYear = years.flatMap((y) => [
    `instinctRevenue:${y}`,
    `grossProfit:${y}`,
    `amdShare:${y}`,
    `tam:${y}`,
    `nvidiaRevenue:${y}`,
  ]);
  const spans =
    first !== undefined && last !== undefined && last > first
      ? [`instinctCagr:${first}-${last}`, `instinctCagr:2024-${last}`]
      : [];
  return [...perYear, ...spans];
}

/** A goal as read: the output, the target in its unit, and how a bare target below 1 was read. */
export interface Goal {
  readonly spec: OutputSpec;
  readonly target: number;
  readonly note: string | null;
}

/** The unit a target is typed in for an output spec text, or null while the spec is not valid. */
export function targetUnit(specText: string): 'USD millions' | 'percent' | null {
  try {
    return isFractionOutput(parseOutputSpec(specText)) ? 'percent' : 'USD millions';
  } catch {
    return null;
  }
}

/** Reads the output spec and the target: USD millions for money, percent (40 or 40% = 0.4) for shares and CAGRs. */
export function readGoal(specText: string, targetText: string): Result<Goal> {
  let spec: OutputSpec;
  try {
    spec = parseOutputSpec(specText);
  } catch (error) {
    return failure('invalid_input', (error as Error).message);
  }
  const read = readTargetText(isFractionOutput(spec), targetText, 'target');
  if (!read.ok) return read;
  return ok({ spec, target: read.value.value, note: read.value.note });
}

/** An output value in its unit: "40,000" (USD millions) or "52.31%". */
export function formatOutput(spec: OutputSpec, value: number): string {
  return isFractionOutput(spec) ? formatPercent(value, 2) : `${formatMoney(value)} USD M`;
}

/** What goal seek found, and the sentence that says so. */
export interface SolvedGoal {
  readonly result: GoalSeekResult;
  readonly text: string;
}

export type GoalOutcome = Result<SolvedGoal>;

/** Runs projection/goal-seek.ts's goalSeek: in the app, in a worker (use-goal-seek.ts). */
export type GoalSolver = (request: GoalSeekRequest) => Promise<GoalSeekResult>;

/**
 * Solves `key` in one scenario so `spec` reaches `target`, on the workbook's history and horizon
 * (`context`, from modelContext of projection/workbook-model.ts), and says what was found for
 * people. A refusal of the engine (an impossible request) becomes the reason; a cancelled solve
 * rejects.
 */
export async function solveGoal(
  context: ModelContext,
  scenario: ScenarioSettings,
  key: AssumptionKey,
  spec: OutputSpec,
  target: number,
  solve: GoalSolver,
): Promise<GoalOutcome> {
  let result: GoalSeekResult;
  try {
    result = await solve({ context, inputs: scenarioInputs(scenario), key, output: spec, target });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return failure('invalid_input', (error as Error).message);
  }
  const label = ASSUMPTION_META[key].label;
  const value = formatAssumptionText(key, result.value);
  const output = `${formatOutputSpec(spec)} = ${formatOutput(spec, result.output)}`;
  const text = result.isReached
    ? `${label} = ${value} gives ${output}.`
    : `Not reachable: no ${label} between ${formatAssumptionText(key, ASSUMPTION_META[key].min)} and ${formatAssumptionText(key, ASSUMPTION_META[key].max)} gives ${formatOutput(spec, target)}. Closest is ${value}, which gives ${output}.`;
  return ok({ result, text });
}
