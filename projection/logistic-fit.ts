import { parseQuarter, quarterIndex, isQuarterPeriod, type QuarterPeriod } from './period';
import { yearFractionToQuarter } from './quarter-time';
import { invalidInput } from './refusal';

/**
 * Least-squares fit of a logistic ramp with zero floor, share(t) = ceiling / (1 + exp(-k (t - m))),
 * to a share history such as AMD's x86 server unit share (the "x86 analog" for the Instinct ramp).
 *
 * Method: a grid over the ceiling, each with the linearised regression ln(y / (c - y)) = k (t - m),
 * gives the starting point; Levenberg-Marquardt on (ceiling, k, m) then minimises squared errors
 * in percentage points. The linearised fit alone would overweight the tiny early shares (a 0.1 point
 * error at 1% is a 10% log error), so it only seeds the refinement.
 */

/** One observation: a quarter and a share in percent (23.3 = 23.3%). */
export interface SharePoint {
  readonly period: string;
  readonly value: number;
}

export interface LogisticFit {
  /** Fitted upper asymptote, percent (the input's unit); at most 100. */
  readonly ceiling: number;
  /** Logistic steepness k, per quarter. */
  readonly speed: number;
  /** Quarter of half the ceiling, as a fractional year (quarter-time.ts). */
  readonly midpoint: number;
  readonly midpointQuarter: QuarterPeriod;
  /** Coefficient of determination of the fitted curve against the observations. */
  readonly rSquared: number;
  /** Quarters the fitted curve takes from 1% to 20% share; null when the ceiling is 20% or less. */
  readonly quartersFrom1To20: number | null;
  readonly observationCount: number;
}

/**
 * A logistic share (same unit as floor and ceiling) at `time`: floor + (ceiling - floor) /
 * (1 + exp(-k (t - midpoint))), with t and midpoint as fractional years (quarter-time.ts) and the
 * speed k per quarter, hence the factor 4 that turns years into quarters.
 */
export function logisticShare(
  time: number,
  floor: number,
  ceiling: number,
  midpoint: number,
  speedPerQuarter: number,
): number {
  return floor + (ceiling - floor) / (1 + Math.exp(-speedPerQuarter * 4 * (time - midpoint)));
}

const MAX_CEILING = 100;
const GRID_SIZE = 60;
const MAX_ITERATIONS = 200;

/** Quarters (count, fractional) the fitted curve takes to rise from share `from` to share `to` (percent); null if it never reaches `to`. */
export function quartersBetweenShares(
  fit: Pick<LogisticFit, 'ceiling' | 'speed'>,
  from: number,
  to: number,
): number | null {
  if (!(fit.ceiling > to) || !(fit.ceiling > from) || from <= 0) return null;
  return (Math.log(fit.ceiling / from - 1) - Math.log(fit.ceiling / to - 1)) / fit.speed;
}

/** Sum of squared errors (percentage points squared) of the curve with t and m in quarters. */
function sumSquaredErrors(t: Float64Array, y: Float64Array, c: number, k: number, m: number): number {
  let sse = 0;
  for (let i = 0; i < t.length; i++) {
    const r = (y[i] ?? 0) - c / (1 + Math.exp(-k * ((t[i] ?? 0) - m)));
    sse += r * r;
  }
  return sse;
}

/** Solves the 3x3 system `a x = b` (row-major) by Gaussian elimination with partial pivoting; null when singular. */
function solve3(a: number[], b: number[]): number[] | null {
  const m = [0, 1, 2].map((r) => [a[3 * r] ?? 0, a[3 * r + 1] ?? 0, a[3 * r + 2] ?? 0, b[r] ?? 0]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    const top = m[pivot];
    const current = m[col];
    if (top === undefined || current === undefined || Math.abs(top[col] ?? 0) < 1e-300) return null;
    m[pivot] = current;
    m[col] = top;
    for (let r = col + 1; r < 3; r++) {
      const row = m[r];
      if (row === undefined) continue;
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let j = col; j < 4; j++) row[j] = (row[j] ?? 0) - factor * (top[j] ?? 0);
    }
  }
  const x = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    const row = m[r] ?? [];
    let s = row[3] ?? 0;
    for (let j = r + 1; j < 3; j++) s -= (row[j] ?? 0) * (x[j] ?? 0);
    x[r] = s / (row[r] ?? 1);
  }
  return x.every(Number.isFinite) ? x : null;
}

function readPoints(points: readonly SharePoint[]): { t: Float64Array; y: Float64Array; origin: number } {
  const seen = new Set<number>();
  const rows = points.map((p) => {
    if (!isQuarterPeriod(p.period)) throw invalidInput(`"${p.period}" is not a quarter (expected YYYYQn)`);
    if (!Number.isFinite(p.value) || p.value <= 0 || p.value >= MAX_CEILING) {
      throw invalidInput(`share for ${p.period} must be above 0% and below 100%, got ${p.value}`);
    }
    const index = quarterIndex(parseQuarter(p.period));
    if (seen.has(index)) throw invalidInput(`${p.period} appears more than once`);
    seen.add(index);
    return { index, value: p.value };
  });
  if (rows.length < 4) throw invalidInput(`a logistic fit needs at least 4 quarters, got ${rows.length}`);
  rows.sort((a, b) => a.index - b.index);
  const origin = rows[0]?.index ?? 0;
  return {
    t: Float64Array.from(rows, (r) => r.index - origin),
    y: Float64Array.from(rows, (r) => r.value),
    origin,
  };
}

/** Starting values (ceiling percent, k per quarter, midpoint in quarters from the first point) from the ceiling grid. */
function gridStart(t: Float64Array, y: Float64Array): [number, number, number] {
  const yMax = Math.max(...y);
  const low = Math.min(yMax * 1.01, (yMax + MAX_CEILING) / 2);
  let best: [number, number, number] | null = null;
  let bestSse = Infinity;
  for (let j = 0; j < GRID_SIZE; j++) {
    const c = low * Math.pow(MAX_CEILING / low, j / (GRID_SIZE - 1));
    // Least-squares line z = intercept + k t through the linearised points.
    let st = 0;
    let sz = 0;
    let stt = 0;
    let stz = 0;
    for (let i = 0; i < t.length; i++) {
      const ti = t[i] ?? 0;
      const yi = y[i] ?? 0;
      const z = Math.log(yi / (c - yi));
      st += ti;
      sz += z;
      stt += ti * ti;
      stz += ti * z;
    }
    const n = t.length;
    const k = (n * stz - st * sz) / (n * stt - st * st);
    if (!(k > 0)) continue;
    const m = -((sz - k * st) / n) / k;
    const sse = sumSquaredErrors(t, y, c, k, m);
    if (sse < bestSse) {
      bestSse = sse;
      best = [c, k, m];
    }
  }
  if (best === null) throw invalidInput('the share does not rise over time, so no logistic ramp fits it');
  return best;
}

/** Levenberg-Marquardt refinement of (ceiling percent, k per quarter, midpoint in quarters). */
function refine(t: Float64Array, y: Float64Array, start: [number, number, number]): [number, number, number] {
  let [c, k, m] = start;
  let sse = sumSquaredErrors(t, y, c, k, m);
  let lambda = 1e-3;
  for (let iteration = 0; iteration < MAX_ITERATIONS && sse > 1e-24; iteration++) {
    const jtj = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    const jtr = [0, 0, 0];
    for (let i = 0; i < t.length; i++) {
      const d = (t[i] ?? 0) - m;
      const s = 1 / (1 + Math.exp(-k * d));
      const slope = c * s * (1 - s);
      const grad = [s, slope * d, -slope * k];
      const r = (y[i] ?? 0) - c * s;
      for (let a = 0; a < 3; a++) {
        jtr[a] = (jtr[a] ?? 0) + (grad[a] ?? 0) * r;
        for (let b = 0; b < 3; b++) jtj[3 * a + b] = (jtj[3 * a + b] ?? 0) + (grad[a] ?? 0) * (grad[b] ?? 0);
      }
    }
    let improved = false;
    while (lambda < 1e12) {
      const damped = jtj.map((v, i) => (i % 4 === 0 ? v + lambda * Math.max(v, 1e-12) : v));
      const step = solve3(damped, jtr);
      const next: [number, number, number] | null = step
        ? [c + (step[0] ?? 0), k + (step[1] ?? 0), m + (step[2] ?? 0)]
        : null;
      // Steps leaving the meaningful region (ceiling above 100%, speed not positive) count as failures.
      const nextSse =
        next && next[0] > 0 && next[0] <= MAX_CEILING && next[1] > 0
          ? sumSquaredErrors(t, y, next[0], next[1], next[2])
          : Infinity;
      if (next && nextSse < sse) {
        const gain = (sse - nextSse) / sse;
        [c, k, m] = next;
        sse = nextSse;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = gain > 1e-15;
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return [c, k, m];
}

/**
 * Fits a zero-floor logistic to a share history (percent per quarter): the ceiling (percent), the
 * speed k (per quarter), the midpoint (fractional year), R² and the quarters taken from 1% to 20%.
 */
export function fitLogistic(points: readonly SharePoint[]): LogisticFit {
  const { t, y, origin } = readPoints(points);
  const [ceiling, speed, mid] = refine(t, y, gridStart(t, y));
  const mean = y.reduce((sum, v) => sum + v, 0) / y.length;
  const total = y.reduce((sum, v) => sum + (v - mean) * (v - mean), 0);
  const midpoint = (origin + mid) / 4;
  return {
    ceiling,
    speed,
    midpoint,
    midpointQuarter: yearFractionToQuarter(midpoint),
    rSquared: total > 0 ? 1 - sumSquaredErrors(t, y, ceiling, speed, mid) / total : 1,
    quartersFrom1To20: quartersBetweenShares({ ceiling, speed }, 1, 20),
    observationCount: y.length,
  };
}
