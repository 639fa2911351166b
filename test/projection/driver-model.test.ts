import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTION_META, type AssumptionValues } from '../../projection/assumptions';
import { evaluateModel, project } from '../../projection/driver-model';

// A model simple enough to work by hand: TAM 8125 in 2023 growing 406.25% a year with no fade
// (quarterly rate exactly 1.5), XPU share flat at 20%, AMD share flat at 10% (floor = ceiling),
// gross margin 50%.
const SIMPLE: AssumptionValues = {
  'tam.base': 8125,
  'tam.growth': 4.0625,
  'tam.growthFade': 0,
  'xpu.shareStart': 0.2,
  'xpu.shareEnd': 0.2,
  'amd.shareFloor': 0.1,
  'amd.shareCeiling': 0.1,
  'amd.grossMargin': 0.5,
};

describe('driver model, worked by hand', () => {
  // 2023 quarters: 8125 split 1 : 1.5 : 2.25 : 3.375 = 1000, 1500, 2250, 3375.
  // Revenue = TAM x (1 - 0.2) x 0.1 = 0.08 TAM: 80, 120, 180, 270; year 650. Gross profit half.
  // 2024: TAM 8125 x 5.0625 = 41132.8125, Q1 = 41132.8125 / 8.125 = 5062.5, revenue 405;
  // yoy vs 2023Q1: 405 / 80 - 1 = 4.0625, and the year's yoy is the same.
  const model = evaluateModel({ assumptions: SIMPLE }, '2023Q1', '2024Q1');

  it('computes each quarter', () => {
    expect(model.quarters.map((q) => q.period)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1']);
    expect(model.quarters.map((q) => q.tam)).toEqual([1000, 1500, 2250, 3375, expect.closeTo(5062.5, 9)]);
    const q2 = model.quarters[1];
    expect(q2?.xpuShare).toBe(0.2);
    expect(q2?.merchant).toBeCloseTo(1200, 9);
    expect(q2?.amdShare).toBeCloseTo(0.1, 12);
    expect(q2?.instinctRevenue).toBeCloseTo(120, 9);
    expect(q2?.grossProfit).toBeCloseTo(60, 9);
    expect(q2?.yoy).toBeNull();
    expect(model.quarters[4]?.instinctRevenue).toBeCloseTo(405, 9);
    expect(model.quarters[4]?.yoy).toBeCloseTo(4.0625, 12);
  });

  it('computes each year from all four of its quarters', () => {
    const [y2023, y2024] = model.years;
    expect(y2023).toMatchObject({ year: 2023, tam: 8125, tamGrowth: null, yoy: null, quartersInHorizon: 4 });
    expect(y2023?.instinctRevenue).toBeCloseTo(650, 9);
    expect(y2023?.grossProfit).toBeCloseTo(325, 9);
    expect(y2023?.xpuShare).toBeCloseTo(0.2, 12);
    expect(y2023?.amdShare).toBeCloseTo(0.1, 12);
    expect(y2024?.tam).toBeCloseTo(41132.8125, 9);
    expect(y2024?.tamGrowth).toBe(4.0625);
    expect(y2024?.yoy).toBeCloseTo(4.0625, 12);
    expect(y2024?.quartersInHorizon).toBe(1);
  });
});

describe('driver model on the defaults', () => {
  // 2025Q3 with the defaults: TAM2025 = 108720 at 51% growth, r = 1.51^(1/4) = 1.10852180,
  // weights sum 4.69951676, Q3 = 108720 x r^2 / 4.69951676 = 28427.8958.
  // XPU at 2025.5: 0.12 + (0.25 - 0.12) x 1.5 / 6 = 0.1525.
  // AMD at 2025.5: 0.06 + 0.19 / (1 + e^(0.2 x 4 x 1.5)) = 0.06 + 0.19 / 4.32011692 = 0.10398029.
  // Revenue = 28427.8958 x 0.8475 x 0.10398029 = 2505.1599; gross profit at 50% = 1252.5799.
  it('matches a quarter worked by hand', () => {
    const q = project({ assumptions: {}, firstQuarter: '2025Q3', endQuarter: '2025Q3' }).quarters[0];
    expect(q?.period).toBe('2025Q3');
    expect(q?.tam).toBeCloseTo(28427.895795, 5);
    expect(q?.xpuShare).toBeCloseTo(0.1525, 12);
    expect(q?.amdShare).toBeCloseTo(0.1039802911, 9);
    expect(q?.instinctRevenue).toBeCloseTo(2505.159897, 5);
    expect(q?.grossProfit).toBeCloseTo(1252.579948, 5);
  });

  it('projects from the first quarter to 2030Q4 by default', () => {
    const p = project({ assumptions: {}, firstQuarter: '2026Q2' });
    expect(p.quarters).toHaveLength(19);
    expect(p.quarters[0]?.period).toBe('2026Q2');
    expect(p.quarters.at(-1)?.period).toBe('2030Q4');
    expect(p.years.map((y) => [y.year, y.quartersInHorizon])).toEqual([
      [2026, 3],
      [2027, 4],
      [2028, 4],
      [2029, 4],
      [2030, 4],
    ]);
    expect(p.years[0]?.yoy).not.toBeNull();
  });

  it('derives the speed from the x86 fit when asked', () => {
    const typed = project({ assumptions: { 'amd.rampSpeed': 0.08 }, firstQuarter: '2026Q1' });
    const derived = project({
      assumptions: { 'amd.rampSpeedVsX86': 0.5 },
      x86Fit: { speed: 0.16 },
      firstQuarter: '2026Q1',
    });
    derived.quarters.forEach((q, i) => expect(q.amdShare).toBeCloseTo(typed.quarters[i]?.amdShare ?? 0, 12));
  });

  it('applies growth overrides', () => {
    const p = evaluateModel({ assumptions: {}, growthOverrides: { 2025: 0.8 } }, '2025Q1', '2026Q4');
    expect(p.years[0]?.tam).toBeCloseTo(129600, 6);
    expect(p.years[1]?.tamGrowth).toBeCloseTo(0.68, 12);
  });
});

describe('driver model input checks', () => {
  it.each([
    [{ assumptions: {}, firstQuarter: '2022Q4' as const }, /starts in tam.baseYear 2023; 2022Q4 is earlier/],
    [
      { assumptions: {}, firstQuarter: '2026Q2' as const, endQuarter: '2026Q1' as const },
      /end quarter 2026Q1 is before/,
    ],
    [
      { assumptions: { 'amd.shareCeiling': 1.5 }, firstQuarter: '2026Q2' as const },
      /must be between 0% and 100%/,
    ],
    [{ assumptions: { 'amd.rampSpeedVsX86': 1 }, firstQuarter: '2026Q2' as const }, /no fit was given/],
    [
      { assumptions: {}, growthOverrides: { 2020: 0.1 }, firstQuarter: '2026Q2' as const },
      /invalid growth overrides/,
    ],
  ])('refuses bad inputs (%#)', (inputs, message) => {
    expect(() => project(inputs)).toThrow(message);
  });

  it('refuses a malformed quarter', () => {
    expect(() => project({ assumptions: {}, firstQuarter: '2026-Q2' as '2026Q2' })).toThrow(/not a quarter/);
  });
});

/** Random valid assumption sets, each value inside its metadata range. */
const anyAssumptions = fc
  .record({
    'tam.base': fc.double({ min: 0, max: 1e6, noNaN: true }),
    'tam.growth': fc.double({ min: -0.9, max: 5, noNaN: true }),
    'tam.growthFade': fc.double({ min: 0, max: 1, noNaN: true }),
    'xpu.shareStart': fc.double({ min: 0, max: 1, noNaN: true }),
    'xpu.shareEnd': fc.double({ min: 0, max: 1, noNaN: true }),
    'xpu.startYear': fc.integer({ min: 2020, max: 2030 }),
    'xpu.span': fc.integer({ min: 0, max: 10 }),
    'amd.shareFloor': fc.double({ min: 0, max: 1, noNaN: true }),
    'amd.shareCeiling': fc.double({ min: 0, max: 1, noNaN: true }),
    'amd.rampMidpoint': fc.double({
      min: ASSUMPTION_META['amd.rampMidpoint'].min,
      max: ASSUMPTION_META['amd.rampMidpoint'].max,
      noNaN: true,
    }),
    'amd.rampSpeed': fc.double({ min: 0.01, max: 3, noNaN: true }),
    'amd.grossMargin': fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ 'xpu.span': span, ...values }): AssumptionValues => ({
    ...values,
    'xpu.endYear': values['xpu.startYear'] + span,
  }));

describe('driver model properties', () => {
  it('keeps every share within 0..1 and money non-negative', () => {
    fc.assert(
      fc.property(anyAssumptions, (assumptions) => {
        const p = project({ assumptions, firstQuarter: '2024Q1', endQuarter: '2032Q4' });
        for (const row of [...p.quarters, ...p.years]) {
          expect(row.xpuShare).toBeGreaterThanOrEqual(0);
          expect(row.xpuShare).toBeLessThanOrEqual(1 + 1e-12);
          expect(row.amdShare).toBeGreaterThanOrEqual(0);
          expect(row.amdShare).toBeLessThanOrEqual(1 + 1e-12);
          expect(row.instinctRevenue).toBeGreaterThanOrEqual(0);
          // The absolute allowance covers rounding in subnormal numbers (TAM near 1e-320).
          expect(row.merchant).toBeLessThanOrEqual(row.tam * (1 + 1e-12) + 1e-300);
          expect(row.grossProfit).toBeLessThanOrEqual(row.instinctRevenue * (1 + 1e-12) + 1e-300);
        }
      }),
    );
  });

  it('makes each year the sum of its quarters', () => {
    fc.assert(
      fc.property(anyAssumptions, (assumptions) => {
        const p = project({ assumptions, firstQuarter: '2024Q1', endQuarter: '2030Q4' });
        for (const year of p.years) {
          const quarters = p.quarters.filter((q) => q.period.startsWith(String(year.year)));
          expect(quarters).toHaveLength(4);
          for (const metric of ['tam', 'merchant', 'instinctRevenue', 'grossProfit'] as const) {
            const sum = quarters.reduce((s, q) => s + q[metric], 0);
            expect(Math.abs(sum - year[metric])).toBeLessThanOrEqual(1e-9 * Math.max(1, year[metric]));
          }
        }
      }),
    );
  });

  it('raises revenue in every year after the base year when TAM growth rises', () => {
    // Shares kept away from 0 and 100%, where revenue would not respond to the TAM at all.
    const positive = anyAssumptions.map((a) => ({
      ...a,
      'tam.base': 1 + (a['tam.base'] ?? 0),
      'xpu.shareStart': Math.min(a['xpu.shareStart'] ?? 0, 0.9),
      'xpu.shareEnd': Math.min(a['xpu.shareEnd'] ?? 0, 0.9),
      'amd.shareFloor': Math.max(a['amd.shareFloor'] ?? 0, 0.02),
      'amd.shareCeiling': Math.max(a['amd.shareCeiling'] ?? 0, 0.02),
    }));
    fc.assert(
      fc.property(
        positive,
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (assumptions, g, step) => {
          const run = (growth: number) =>
            project({
              assumptions: { ...assumptions, 'tam.growth': growth },
              firstQuarter: '2024Q1',
              endQuarter: '2030Q4',
            });
          const low = run(Math.min(g, 4)).years;
          const high = run(Math.min(g, 4) + step).years;
          low.forEach((y, i) => expect(y.instinctRevenue).toBeLessThan(high[i]?.instinctRevenue ?? 0));
        },
      ),
    );
  });
});
