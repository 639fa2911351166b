import { describe, it, expect } from 'vitest';
import { brentRoot, nearestToZero } from '../../projection/root-finding';

describe('brentRoot', () => {
  it('finds the square root of 2 as the root of x^2 - 2 on [0, 2]', () => {
    expect(brentRoot((x) => x * x - 2, 0, 2, 1e-15)).toBeCloseTo(Math.SQRT2, 14);
  });

  // The fixed point of cos: cos x = x at 0.7390851332151607 (the Dottie number).
  it('finds the root of cos x - x on [0, 1]', () => {
    expect(brentRoot((x) => Math.cos(x) - x, 0, 1, 0)).toBeCloseTo(0.7390851332151607, 14);
  });

  it('converges to the jump of a step function, where no root exists', () => {
    const x = brentRoot((v) => (v < 0.3 ? -1 : 1), 0, 1, 1e-12);
    expect(x).toBeCloseTo(0.3, 12);
  });
});

describe('nearestToZero', () => {
  it('finds the minimum of |f| inside the range', () => {
    // |(x - 0.3)^2 + 1| is smallest at x = 0.3.
    expect(nearestToZero((x) => (x - 0.3) ** 2 + 1, 0, 1)).toBeCloseTo(0.3, 5);
  });

  it('returns an end when |f| is smallest there', () => {
    expect(nearestToZero((x) => x + 5, 0, 1)).toBe(0);
    expect(nearestToZero((x) => 5 - x, 0, 1)).toBe(1);
  });

  // Goal seek scans values the other assumptions rule out as NaN: |x − 0.5| on [0, 0.3] and
  // nothing above it is nearest zero at 0.3, never at a point without a value.
  it('never answers a point where f has no value', () => {
    const f = (x: number) => (x <= 0.3 ? x - 0.5 : Number.NaN);
    expect(nearestToZero(f, 0.25, 0.375)).toBeCloseTo(0.3, 9);
    expect(nearestToZero(f, 0.25, 0.375)).toBeLessThanOrEqual(0.3);
  });
});
