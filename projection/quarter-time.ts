import {
  formatQuarter,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  type Quarter,
  type QuarterPeriod,
} from './period';
import { invalidInput } from './refusal';

/**
 * A quarter's position in time, as a fractional year: the quarter's first day, so `YYYYQn` is
 * `YYYY + (n - 1) / 4` (2027Q2 -> 2027.25). Assumption values are stored as numbers, so quarter-valued
 * assumptions (`amd.rampMidpoint`) use this encoding, and a plain year `Y` means the start of `YQ1`.
 * It equals `quarterIndex / 4`, which keeps quarter arithmetic exact in binary floating point.
 */

/** The fractional-year position (years) of a quarter given as `YYYYQn` or a Quarter. */
export function quarterToYearFraction(quarter: QuarterPeriod | string | Quarter): number {
  const q = typeof quarter === 'string' ? parseQuarter(quarter) : quarter;
  return quarterIndex(q) / 4;
}

/** The quarter (`YYYYQn`) whose span holds the fractional-year position `time` (years). */
export function yearFractionToQuarter(time: number): QuarterPeriod {
  if (!Number.isFinite(time)) throw invalidInput(`${time} is not a position in time`);
  // The small allowance absorbs rounding in values such as 2027.2499999999998 typed from 2027.25.
  return formatQuarter(quarterFromIndex(Math.floor(time * 4 + 1e-9)));
}

/** Formats a fractional-year position (years) for people, e.g. 2027.25 -> "2027Q2", 2027.3 -> "2027Q2 + 0.20 q". */
export function describeYearFraction(time: number): string {
  const quarter = yearFractionToQuarter(time);
  const offset = time * 4 - quarterIndex(parseQuarter(quarter));
  return Math.abs(offset) < 1e-9 ? quarter : `${quarter} + ${offset.toFixed(2)} q`;
}
