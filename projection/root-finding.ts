/**
 * One-dimensional numerics for goal seek: Brent's bracketed root finder and a golden-section
 * search for the point nearest a target. Both work in the unit of their argument.
 */

const EPSILON = Number.EPSILON;
const MAX_BRENT_ITERATIONS = 200;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * A root of `f` in [lo, hi], where f(lo) and f(hi) have opposite signs, by Brent's method
 * (inverse quadratic or secant steps, falling back to bisection). Stops when |f| <= fTolerance or
 * the bracket can shrink no further.
 */
export function brentRoot(f: (x: number) => number, lo: number, hi: number, fTolerance: number): number {
  // b is the best estimate, a the previous one, c the far end of the bracket around the root.
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  let c = a;
  let fc = fa;
  let step = b - a;
  let previousStep = step;
  const xTolerance = 1e-15 * Math.abs(hi - lo);
  for (let i = 0; i < MAX_BRENT_ITERATIONS; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      step = b - a;
      previousStep = step;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tolerance = 2 * EPSILON * Math.abs(b) + xTolerance;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || Math.abs(fb) <= fTolerance) return b;
    if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Take the interpolated step only if it stays well inside the bracket and keeps shrinking.
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(previousStep * q))) {
        previousStep = step;
        step = p / q;
      } else {
        step = half;
        previousStep = half;
      }
    } else {
      step = half;
      previousStep = half;
    }
    a = b;
    fa = fb;
    b += Math.abs(step) > tolerance ? step : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  return b;
}

/**
 * The point of [lo, hi] where |f| is smallest, by golden-section search (ends included). A point
 * where f is NaN (no value there) counts as farthest from zero, so it is never the answer while
 * any point tried has a value.
 */
export function nearestToZero(g: (x: number) => number, lo: number, hi: number): number {
  const f = (x: number): number => {
    const v = g(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  const atLo = Math.abs(f(lo));
  const atHi = Math.abs(f(hi));
  let best = atLo <= atHi ? lo : hi;
  let bestGap = Math.min(atLo, atHi);
  let a = lo;
  let b = hi;
  for (let i = 0; i < 60 && b - a > 1e-12 * Math.max(1, Math.abs(a)); i++) {
    const x1 = b - GOLDEN * (b - a);
    const x2 = a + GOLDEN * (b - a);
    const f1 = Math.abs(f(x1));
    const f2 = Math.abs(f(x2));
    if (f1 <= f2) b = x2;
    else a = x1;
    if (Math.min(f1, f2) < bestGap) {
      bestGap = Math.min(f1, f2);
      best = f1 <= f2 ? x1 : x2;
    }
  }
  return best;
}
