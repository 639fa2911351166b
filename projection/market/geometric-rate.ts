import { invalidInput } from '../refusal';

/**
 * The growth factor r per step (ratio, above 0) at which r^first + ... + r^last equals `ratio`:
 * the constant quarterly rate that carries a last value to a target total over later quarters
 * (first >= 1). Newton's method from above: the sum is increasing and convex in r, so from a
 * start where it exceeds the target the iterates fall monotonically onto the root.
 */
export function solveGeometricRate(first: number, last: number, ratio: number): number {
  if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= first)) {
    throw invalidInput(`geometric rate: steps ${first} to ${last} must be whole and rising from 1`);
  }
  if (!(ratio > 0) || !Number.isFinite(ratio)) {
    throw invalidInput(`geometric rate: the target must be a positive multiple, got ${ratio}`);
  }
  const steps = last - first + 1;
  let r = ratio >= steps ? Math.max(1, Math.pow(ratio, 1 / first)) : 1;
  for (let iteration = 0; iteration < 100; iteration++) {
    let sum = 0;
    let slope = 0;
    let power = Math.pow(r, first - 1);
    for (let n = first; n <= last; n++) {
      slope += n * power;
      power *= r;
      sum += power;
    }
    const step = (sum - ratio) / slope;
    r -= step;
    if (Math.abs(step) <= 1e-15 * r) break;
  }
  return r;
}
