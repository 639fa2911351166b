import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fitLogistic, quartersBetweenShares, type SharePoint } from '../../projection/logistic-fit';
import { formatQuarter, quarterFromIndex, quarterIndex } from '../../projection/period';

// AMD x86 server unit share (Mercury Research), percent, copied from
// /work/shared/data/x86_server_share.csv (company AMD, metric x86_server_unit_share): 32 quarters,
// 2017Q4 to 2026Q1, with 2018Q1 and 2021Q3 missing in the source.
const AMD_X86_SERVER_UNIT_SHARE: readonly SharePoint[] = [
  { period: '2017Q4', value: 0.8 },
  { period: '2018Q2', value: 1.4 },
  { period: '2018Q3', value: 1.6 },
  { period: '2018Q4', value: 3.2 },
  { period: '2019Q1', value: 2.9 },
  { period: '2019Q2', value: 3.4 },
  { period: '2019Q3', value: 4.3 },
  { period: '2019Q4', value: 4.5 },
  { period: '2020Q1', value: 5.1 },
  { period: '2020Q2', value: 5.8 },
  { period: '2020Q3', value: 6.6 },
  { period: '2020Q4', value: 7.1 },
  { period: '2021Q1', value: 8.9 },
  { period: '2021Q2', value: 9.5 },
  { period: '2021Q4', value: 10.7 },
  { period: '2022Q1', value: 11.6 },
  { period: '2022Q2', value: 13.9 },
  { period: '2022Q3', value: 17.5 },
  { period: '2022Q4', value: 17.6 },
  { period: '2023Q1', value: 18.0 },
  { period: '2023Q2', value: 18.6 },
  { period: '2023Q3', value: 23.3 },
  { period: '2023Q4', value: 23.1 },
  { period: '2024Q1', value: 23.6 },
  { period: '2024Q2', value: 24.1 },
  { period: '2024Q3', value: 24.2 },
  { period: '2024Q4', value: 25.1 },
  { period: '2025Q1', value: 27.2 },
  { period: '2025Q2', value: 27.3 },
  { period: '2025Q3', value: 27.8 },
  { period: '2025Q4', value: 28.8 },
  { period: '2026Q1', value: 33.2 },
];

/** A zero-floor logistic sampled every quarter from `first`, percent. */
function synthetic(
  first: string,
  count: number,
  ceiling: number,
  speed: number,
  midQuarters: number,
): SharePoint[] {
  const start = quarterIndex({
    year: Number(first.slice(0, 4)),
    quarter: Number(first.slice(5)) as 1 | 2 | 3 | 4,
  });
  return Array.from({ length: count }, (_, i) => ({
    period: formatQuarter(quarterFromIndex(start + i)),
    value: ceiling / (1 + Math.exp(-speed * (i - midQuarters))),
  }));
}

describe('logistic fit on synthetic data', () => {
  it('recovers exact parameters', () => {
    // Ceiling 30%, k = 0.2 per quarter, midpoint 15 quarters after 2017Q4 = 2021Q3 = 2021.5.
    const fit = fitLogistic(synthetic('2017Q4', 32, 30, 0.2, 15));
    expect(fit.ceiling).toBeCloseTo(30, 6);
    expect(fit.speed).toBeCloseTo(0.2, 8);
    expect(fit.midpoint).toBeCloseTo(2021.5, 6);
    expect(fit.midpointQuarter).toBe('2021Q3');
    expect(fit.rSquared).toBeCloseTo(1, 10);
    expect(fit.observationCount).toBe(32);
    // From 1% to 20%: (ln(30/1 - 1) - ln(30/20 - 1)) / 0.2 = (3.367296 + 0.693147) / 0.2 = 20.30222 quarters.
    expect(fit.quartersFrom1To20).toBeCloseTo(20.30222, 4);
  });

  it('recovers the speed within 1% from noisy data', () => {
    // Deterministic noise of up to +-0.1 points from a linear congruential generator.
    let seed = 12345;
    const noise = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return 0.1 * (2 * (seed / 2147483648) - 1);
    };
    const points = synthetic('2015Q1', 40, 40, 0.18, 20).map((p) => ({ ...p, value: p.value + noise() }));
    const fit = fitLogistic(points);
    expect(Math.abs(fit.speed / 0.18 - 1)).toBeLessThan(0.01);
    expect(fit.ceiling).toBeCloseTo(40, 0);
    expect(fit.rSquared).toBeGreaterThan(0.999);
  });

  it('recovers the speed within 1% for any ramp whose midpoint lies inside the data', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 15, max: 90, noNaN: true }),
        fc.double({ min: 0.08, max: 0.6, noNaN: true }),
        fc.double({ min: 0.3, max: 0.7, noNaN: true }),
        (ceiling, speed, midFraction) => {
          const points = synthetic('2016Q1', 36, ceiling, speed, 35 * midFraction);
          fc.pre(points.every((p) => p.value > 1e-6 && p.value < 100));
          const fit = fitLogistic(points);
          expect(Math.abs(fit.speed / speed - 1)).toBeLessThan(0.01);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the points', () => {
    const points = synthetic('2017Q4', 24, 30, 0.25, 12);
    expect(fitLogistic([...points].reverse()).speed).toBeCloseTo(fitLogistic(points).speed, 10);
  });
});

describe('logistic fit on the AMD x86 server share', () => {
  const fit = fitLogistic(AMD_X86_SERVER_UNIT_SHARE);

  it('fits well', () => {
    expect(fit.observationCount).toBe(32);
    expect(fit.rSquared).toBeGreaterThan(0.9);
  });

  it('reports a sensible ceiling, speed and midpoint', () => {
    // The share is still rising (33.2% in the last quarter), so the ceiling sits just above it.
    expect(fit.ceiling).toBeGreaterThan(30);
    expect(fit.ceiling).toBeLessThan(50);
    expect(fit.speed).toBeGreaterThan(0.1);
    expect(fit.speed).toBeLessThan(0.3);
    expect(fit.midpoint).toBeGreaterThan(2021);
    expect(fit.midpoint).toBeLessThan(2024);
  });

  it('takes about as long from 1% to 20% as the data did (23 quarters, 2017Q4 to 2023Q3)', () => {
    expect(fit.quartersFrom1To20).not.toBeNull();
    expect(fit.quartersFrom1To20 ?? 0).toBeGreaterThan(18);
    expect(fit.quartersFrom1To20 ?? 0).toBeLessThan(30);
  });
});

describe('logistic fit input checks', () => {
  it.each([
    [
      [
        { period: '2020Q1', value: 1 },
        { period: '2020Q2', value: 2 },
        { period: '2020Q3', value: 3 },
      ],
      /at least 4 quarters/,
    ],
    [[{ period: '2020', value: 1 }], /not a quarter/],
    [[{ period: '2020Q1', value: 0 }], /above 0% and below 100%/],
    [[{ period: '2020Q1', value: 100 }], /above 0% and below 100%/],
    [
      [
        { period: '2020Q1', value: 1 },
        { period: '2020Q1', value: 2 },
      ],
      /appears more than once/,
    ],
  ])('refuses bad points (%#)', (points, message) => {
    expect(() => fitLogistic(points)).toThrow(message);
  });

  it('refuses a falling share', () => {
    const rising = synthetic('2020Q1', 8, 30, 0.3, 4);
    const falling = rising.map((p, i) => ({
      period: p.period,
      value: rising[rising.length - 1 - i]?.value ?? 1,
    }));
    expect(() => fitLogistic(falling)).toThrow(/does not rise/);
  });
});

describe('quartersBetweenShares', () => {
  it('is null when the ceiling is not above the target', () => {
    expect(quartersBetweenShares({ ceiling: 20, speed: 0.2 }, 1, 20)).toBeNull();
    expect(quartersBetweenShares({ ceiling: 15, speed: 0.2 }, 1, 20)).toBeNull();
  });

  // Ceiling 41%, k = 0.5: (ln(41 - 1) - ln(41/20 - 1)) / 0.5 = (3.688879 - 0.048790) / 0.5 = 7.280178.
  it('counts quarters between two shares', () => {
    expect(quartersBetweenShares({ ceiling: 41, speed: 0.5 }, 1, 20)).toBeCloseTo(7.280178, 5);
  });
});
