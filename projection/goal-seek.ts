import {
  ASSUMPTION_META,
  DEFAULT_ASSUMPTIONS,
  formatAssumptionValue,
  isAssumptionKey,
  isHistoryAssumptionKey,
  type AssumptionKey,
} from './assumptions';
import {
  evaluateOutput,
  formatOutputSpec,
  isFractionOutput,
  parseOutputSpec,
  type OutputSpec,
} from './output-spec';
import { brentRoot, nearestToZero } from './root-finding';
import { asRefusal, invalidInput } from './refusal';
import type { ModelContext, ModelInputs } from './scenario-model';

/**
 * Goal seek: the value of one assumption that makes an output reach a target. The valid range is
 * scanned for sign changes of output - target; each bracket is solved by Brent's method, nearest
 * the assumption's current value first (the answer least surprising to the user when several
 * exist), and an answer counts only if it reproduces the target (a jump in the output can also
 * change sign). When nothing reaches the target, the closest value found is returned instead.
 */

export interface GoalSeekRequest {
  /** The workbook's history and what the projection reads besides it. */
  readonly context: ModelContext;
  readonly inputs: ModelInputs;
  /** The assumption to solve; any continuous one (not the whole-year keys). */
  readonly key: string;
  /** The output, as a spec or its text form (`instinctRevenue:2027`). */
  readonly output: OutputSpec | string;
  /** Target in the output's unit: USD millions, or a fraction for shares and CAGRs. */
  readonly target: number;
  /** Search range inside the assumption's valid range; the whole valid range when left out. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Intervals in the sign-change scan (default 64). */
  readonly scanSteps?: number;
}

export interface GoalSeekResult {
  readonly isReached: boolean;
  readonly key: AssumptionKey;
  /** The solution, or when not reached the value whose output comes closest (unit of the assumption). */
  readonly value: number;
  /** The output at `value`. */
  readonly output: number;
  readonly target: number;
  readonly message: string;
  readonly evaluations: number;
}

function checkedKey(key: string): AssumptionKey {
  if (!isAssumptionKey(key)) throw invalidInput(`unknown assumption "${key}"`);
  if (isHistoryAssumptionKey(key)) {
    throw invalidInput(
      `${key} is a history setting of the workbook; goal seek solves a scenario's assumptions`,
    );
  }
  if (ASSUMPTION_META[key].isInteger) {
    throw invalidInput(`${key} takes whole numbers; goal seek solves continuous assumptions only`);
  }
  return key;
}

/** Grid points i (a root) or pairs [i, i + 1] (a sign change) of a scan, nearest to `current` first. */
function brackets(xs: readonly number[], gaps: readonly number[], current: number): [number, number][] {
  const found: [number, number][] = [];
  gaps.forEach((g, i) => {
    if (g === 0) found.push([i, i]);
    else if (g * (gaps[i + 1] ?? NaN) < 0) found.push([i, i + 1]);
  });
  const distance = ([i, j]: [number, number]): number =>
    Math.abs(((xs[i] ?? 0) + (xs[j] ?? 0)) / 2 - current);
  return found.sort((p, q) => distance(p) - distance(q));
}

/**
 * Solves one assumption (in its own unit) so that an output (USD millions, or a fraction for shares
 * and CAGRs) reaches `target`, within the assumption's valid range; reports the closest value when
 * no value in the range reaches it.
 */
export function goalSeek(request: GoalSeekRequest): GoalSeekResult {
  const key = checkedKey(request.key);
  const spec = typeof request.output === 'string' ? parseOutputSpec(request.output) : request.output;
  const { target } = request;
  if (!Number.isFinite(target)) throw invalidInput(`the target must be a finite number, got ${target}`);
  const meta = ASSUMPTION_META[key];
  const lo = request.range?.min ?? meta.min;
  const hi = request.range?.max ?? meta.max;
  if (!(lo >= meta.min && hi <= meta.max && lo < hi)) {
    throw invalidInput(
      `the search range for ${key} must lie within ${meta.min}..${meta.max} with min below max`,
    );
  }
  if (key === 'amd.rampSpeedVsEpyc' && request.context.x86Fit === null) {
    throw invalidInput('solving amd.rampSpeedVsEpyc needs the x86 fit');
  }
  const steps = Math.max(2, Math.floor(request.scanSteps ?? 64));
  const current = request.inputs.assumptions[key] ?? DEFAULT_ASSUMPTIONS[key];
  let evaluations = 0;
  const outputAt = (x: number): number => {
    evaluations++;
    const assumptions = { ...request.inputs.assumptions, [key]: x };
    try {
      return evaluateOutput(request.context, { ...request.inputs, assumptions }, spec) ?? NaN;
    } catch (error) {
      // A value the other assumptions rule out (a floor above its ceiling) has no output.
      if (asRefusal(error) !== null) return NaN;
      throw error;
    }
  };
  const gap = (x: number): number => outputAt(x) - target;
  // Brent aims ten times tighter than the acceptance test so an honest root always passes it.
  const fTolerance = 1e-10 * Math.abs(target) + 1e-15;
  const accept = 1e-9 * Math.abs(target) + 1e-12;
  const name = formatOutputSpec(spec);
  const show = (v: number): string =>
    isFractionOutput(spec) ? `${+(v * 100).toPrecision(8)}%` : `${+v.toPrecision(8)}`;
  const result = (value: number, output: number, failure?: string): GoalSeekResult => {
    const isReached = Math.abs(output - target) <= accept;
    const answer = `${key} = ${formatAssumptionValue(key, value)} gives`;
    const message = isReached
      ? `${answer} ${name} = ${show(output)}`
      : `${failure}; closest: ${answer} ${show(output)}`;
    return { isReached, key, value, output, target, message, evaluations };
  };

  const xs = Array.from({ length: steps + 1 }, (_, i) => (i === steps ? hi : lo + ((hi - lo) * i) / steps));
  const gaps = xs.map(gap);
  for (const [i, j] of brackets(xs, gaps, current)) {
    const x = i === j ? (xs[i] ?? lo) : brentRoot(gap, xs[i] ?? lo, xs[j] ?? hi, fTolerance);
    const output = outputAt(x);
    if (Math.abs(output - target) <= accept) return result(x, output);
  }

  const finite = gaps.map((g, i) => ({ g, i })).filter((p) => Number.isFinite(p.g));
  if (finite.length === 0) throw invalidInput(`${name} is undefined for every value of ${key} in the range`);
  const isFlat = Math.max(...finite.map((p) => p.g)) - Math.min(...finite.map((p) => p.g)) <= accept;
  if (isFlat) {
    // A flat output has no closest value, so the assumption stays where the user put it.
    const value = Math.min(hi, Math.max(lo, current));
    return result(value, outputAt(value), `${name} does not depend on ${key} here`);
  }
  const nearest = finite.reduce((best, p) => (Math.abs(p.g) < Math.abs(best.g) ? p : best));
  const value = nearestToZero(
    gap,
    xs[Math.max(0, nearest.i - 1)] ?? lo,
    xs[Math.min(steps, nearest.i + 1)] ?? hi,
  );
  // result() still reports a reach here: rounding noise can keep an output that meets the target
  // from changing sign (a curve that only touches it).
  return result(
    value,
    outputAt(value),
    `no value of ${key} between ${formatAssumptionValue(key, lo)} and ${formatAssumptionValue(key, hi)} gives ${name} = ${show(target)}`,
  );
}
