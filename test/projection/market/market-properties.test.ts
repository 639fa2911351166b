import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../projection/market/deals';
import { MARKET_SEGMENTS, type MarketAssumptionValues } from '../../../projection/market/market-assumptions';
import { projectMarket } from '../../../projection/market/market-projection';
import { historyQuarter } from './market-fixtures';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e5, noNaN: true });

const history = fc
  .array(fc.tuple(fc.double({ min: 1, max: 1e5, noNaN: true }), money, money, money), {
    minLength: 4,
    maxLength: 9,
  })
  .map((rows) =>
    rows.map(([nvidia, amd, xpu, other], i) =>
      historyQuarter(`${2024 + Math.floor(i / 4)}Q${(i % 4) + 1}`, nvidia, amd, xpu, other),
    ),
  );

/** Any valid scenario: floors below ceilings, start years before end years, shares within 100%. */
const assumptions: fc.Arbitrary<MarketAssumptionValues> = fc
  .record({
    growth: fc.double({ min: -0.9, max: 5, noNaN: true }),
    fade: share,
    inferenceYears: fc.tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 0, max: 10 })),
    inference: fc.tuple(share, share),
    endYear: fc.integer({ min: 2020, max: 2035 }),
    shares: fc.array(fc.tuple(share, share), { minLength: 2, maxLength: 2 }),
    ramps: fc.array(
      fc.tuple(
        share,
        share,
        fc.double({ min: 2015, max: 2040, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
      ),
      {
        minLength: 2,
        maxLength: 2,
      },
    ),
    driver: fc.integer({ min: 0, max: 1 }),
    capexGrowth: fc.double({ min: -0.9, max: 5, noNaN: true }),
    // No guidance, or guidance of at least 1 USD million (a vanishing one drives capex to 0, refused).
    guidance: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e6, noNaN: true })),
    fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
    demand: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map((r) => {
    const values: Record<string, number> = {
      'tam.growth': r.growth,
      'tam.growthFade': r.fade,
      'tam.driver': r.driver,
      'segments.inferenceStartYear': r.inferenceYears[0],
      'segments.inferenceEndYear': r.inferenceYears[0] + r.inferenceYears[1],
      'segments.inferenceShareStart': r.inference[0],
      'segments.inferenceShareEnd': r.inference[1],
      'shares.endYear': r.endYear,
      'capex.growth': r.capexGrowth,
      'capex.guidance': r.guidance,
      'capex.acceleratorFraction': r.fraction,
      'hyperscaler.demandShare': r.demand,
    };
    MARKET_SEGMENTS.forEach((segment, i) => {
      const [xpu, other] = r.shares[i]!;
      values[`xpu.${segment}ShareEnd`] = xpu;
      values[`other.${segment}ShareEnd`] = other * (1 - xpu);
      const [a, b, midpoint, speed] = r.ramps[i]!;
      values[`amd.${segment}.shareFloor`] = Math.min(a, b);
      values[`amd.${segment}.shareCeiling`] = Math.max(a, b);
      values[`amd.${segment}.rampMidpoint`] = midpoint;
      values[`amd.${segment}.rampSpeed`] = speed;
    });
    return values;
  });

const deals: fc.Arbitrary<Deal[]> = fc.array(
  fc.record({
    name: fc.constantFrom('A', 'B'),
    gigawatts: fc.double({ min: 0, max: 10, noNaN: true }),
    startQuarter: fc.constantFrom('2024Q1', '2026Q3', '2027Q2'),
    rampYears: fc.integer({ min: 1, max: 24 }).map((q) => q / 4),
    usdBillionsPerGw: fc.double({ min: 0, max: 100, noNaN: true }),
    amdContentShare: share,
  }),
  { maxLength: 2 },
);

const capex = fc
  .array(fc.double({ min: 1, max: 2e5, noNaN: true }), { minLength: 1, maxLength: 9 })
  .map((values) =>
    values.map((value, i) => ({ period: `${2024 + Math.floor(i / 4)}Q${(i % 4) + 1}`, value })),
  );

const inUnit = (v: number) => v >= 0 && v <= 1;

describe('market projection properties', () => {
  it('holds its identities, keeps shares within 0..1 and sums years from quarters, for any valid scenario', () => {
    fc.assert(
      fc.property(history, assumptions, deals, capex, (h, a, d, c) => {
        const result = projectMarket({
          history: h,
          assumptions: a,
          deals: d,
          capex: c,
          endQuarter: '2031Q4',
        });
        for (const q of result.quarters) {
          // Exact, as the model computes them (=== so that 0 and -0 are equal).
          expect(q.merchant === q.tam * (1 - q.xpuShare - q.otherShare)).toBe(true);
          expect(q.instinctRevenue === q.merchant * q.amdShare).toBe(true);
          expect(q.nvidiaRevenue === q.merchant - q.instinctRevenue).toBe(true);
          expect(q.training + q.inference).toBeCloseTo(q.tam, 6);
          expect(q.revenueFromDeals + q.revenueFromRest).toBeCloseTo(q.instinctRevenue, 6);
          for (const v of [q.xpuShare, q.otherShare, q.amdShare])
            expect(inUnit(v), `${q.period} ${v}`).toBe(true);
          for (const s of MARKET_SEGMENTS) {
            const seg = q.segments[s];
            for (const v of [seg.xpuShare, seg.otherShare, seg.amdShare]) expect(inUnit(v)).toBe(true);
            expect(seg.xpuShare + seg.otherShare).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
        for (const y of result.years) {
          const quarters = result.quarters.filter((q) => q.period.startsWith(String(y.year)));
          const sum = (f: (q: (typeof quarters)[number]) => number) => quarters.reduce((s, q) => s + f(q), 0);
          expect(y.quarterCount).toBe(quarters.length);
          for (const [year, quarter] of [
            [y.tam, sum((q) => q.tam)],
            [y.instinctRevenue, sum((q) => q.instinctRevenue)],
            [y.nvidiaRevenue, sum((q) => q.nvidiaRevenue)],
            [y.dealRevenue, sum((q) => q.dealRevenue)],
          ] as const) {
            expect(year).toBeCloseTo(quarter, 6);
          }
          for (const v of [y.xpuShare, y.otherShare, y.amdShare]) expect(v).toBeGreaterThanOrEqual(0);
          for (const v of [y.xpuShare, y.otherShare, y.amdShare]) expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('starts every projected share at its jump-off value (no jump at the first quarter, as the step shrinks)', () => {
    fc.assert(
      fc.property(history, assumptions, (h, a) => {
        const { jumpOff, quarters } = projectMarket({
          history: h,
          assumptions: { ...a, 'tam.driver': 0 },
          deals: [],
          endQuarter: '2031Q4',
        });
        const j = quarters.find((q) => q.period === jumpOff.quarter)!;
        expect(j.tam).toBe(jumpOff.tam);
        expect(j.xpuShare).toBe(jumpOff.xpuShare);
        expect(j.amdShare).toBe(jumpOff.amdShare);
      }),
      { numRuns: 50 },
    );
  });
});
