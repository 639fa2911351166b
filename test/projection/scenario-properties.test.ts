import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_META,
  validateAssumptions,
  type AssumptionKey,
  type AssumptionValues,
} from '../../projection/assumptions';
import { goalSeek } from '../../projection/goal-seek';
import { MARKET_SEGMENTS } from '../../projection/market/market-assumptions';
import { evaluateOutput, parseOutputSpec } from '../../projection/output-spec';
import { runScenario, type ModelContext, type QuarterResult } from '../../projection/scenario-model';
import { DATA_CONTEXT, smallContext } from './model-fixtures';

/** Hyperscaler capex 2023Q1–2026Q1 (USD millions), so the capex driver can be drawn too. */
const CAPEX = Array.from({ length: 13 }, (_, i) => ({
  period: `${2023 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
  value: 30_000 + 8_000 * i,
}));
// The x86 fit's speed, so amd.rampSpeedVsEpyc can be drawn above 0.
const CONTEXT: ModelContext = { ...DATA_CONTEXT, capex: CAPEX, x86Fit: { speed: 0.158 } };

/**
 * One value of a key drawn from its range: whole where the key takes whole numbers, else on a
 * grid of a billionth of the range, ends included. The grid keeps out what no one can type (a
 * demand share of 5e-324 makes the capex TAM overflow to Infinity).
 */
function valueOf(key: AssumptionKey): fc.Arbitrary<number> {
  const { min, max, isInteger } = ASSUMPTION_META[key];
  if (isInteger) return fc.integer({ min, max });
  // capex.guidance spans eight decades: draw its order of magnitude.
  if (key === 'capex.guidance') {
    return fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 8, noNaN: true }).map((e) => 10 ** e),
    );
  }
  return fc.integer({ min: 0, max: 1e9 }).map((i) => (i === 1e9 ? max : min + ((max - min) * i) / 1e9));
}

/** Any scenario's assumptions, each key from its range; combinations validateAssumptions refuses are skipped. */
const assumptions: fc.Arbitrary<AssumptionValues> = fc
  .record(
    Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, valueOf(k)])) as Record<
      AssumptionKey,
      fc.Arbitrary<number>
    >,
  )
  .filter((values) => validateAssumptions(values).length === 0);

const overrides = fc.dictionary(
  fc.integer({ min: 2026, max: 2030 }).map(String),
  fc.double({ min: -0.9, max: 5, noNaN: true }),
  { maxKeys: 2 },
);

const inUnit = (v: number) => v >= 0 && v <= 1;

describe('scenario properties', () => {
  it('hold the identities exactly, keep shares within 0..1 and sum years from quarters, for any valid scenario', () => {
    fc.assert(
      fc.property(assumptions, overrides, (a, o) => {
        const run = runScenario(CONTEXT, { assumptions: a, growthOverrides: o });
        const margin = a['amd.grossMargin']!;
        for (const q of run.quarters) {
          // === so that 0 and -0 are equal.
          expect(q.merchant === q.tam * (1 - q.xpuShare - q.otherShare), q.period).toBe(true);
          expect(q.instinctRevenue === q.merchant * q.amdShare, q.period).toBe(true);
          expect(q.grossProfit === q.instinctRevenue * margin).toBe(true);
          for (const v of [q.xpuShare, q.otherShare, q.amdShare])
            expect(inUnit(v), `${q.period} ${v}`).toBe(true);
          for (const s of MARKET_SEGMENTS) {
            const seg = q.segments[s];
            for (const v of [seg.xpuShare, seg.otherShare, seg.amdShare]) expect(inUnit(v)).toBe(true);
          }
        }
        for (const y of run.years) {
          const quarters = run.quarters.filter((q) => q.period.startsWith(String(y.year)));
          const sum = (f: (q: QuarterResult) => number) => quarters.reduce((s, q) => s + f(q), 0);
          expect(y.quarterCount).toBe(quarters.length);
          for (const [flow, total] of [
            [y.tam, sum((q) => q.tam)],
            [y.training, sum((q) => q.training)],
            [y.inference, sum((q) => q.inference)],
            [y.merchant, sum((q) => q.merchant)],
            [y.instinctRevenue, sum((q) => q.instinctRevenue)],
            [y.nvidiaRevenue, sum((q) => q.nvidiaRevenue)],
            [y.dealRevenue, sum((q) => q.dealRevenue)],
            [y.grossProfit, sum((q) => q.grossProfit)],
          ] as const) {
            // Relative: money reaches billions, where one rounding is more than 1e-6.
            const scale = Math.max(1, Math.abs(total));
            expect(flow / scale).toBeCloseTo(total / scale, 12);
          }
          for (const v of [y.xpuShare, y.otherShare, y.amdShare]) expect(v).toBeGreaterThanOrEqual(0);
          for (const v of [y.xpuShare, y.otherShare, y.amdShare]) expect(v).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Shares do not depend on the TAM, and every year's growth g × (1 − fade)^(k − 1) rises with g.
  it('is monotonic in TAM growth under the growth driver', () => {
    const growth = fc.double({ min: -0.9, max: 5, noNaN: true });
    fc.assert(
      fc.property(assumptions, growth, growth, (a, g1, g2) => {
        const run = (g: number) =>
          runScenario(CONTEXT, { assumptions: { ...a, 'tam.driver': 0, 'tam.growth': g } }).quarters;
        const [low, high] = [run(Math.min(g1, g2)), run(Math.max(g1, g2))];
        low.forEach((q, i) => {
          expect(q.tam).toBeLessThanOrEqual(high[i]!.tam * (1 + 1e-12));
          expect(q.instinctRevenue).toBeLessThanOrEqual(high[i]!.instinctRevenue * (1 + 1e-12));
        });
      }),
      { numRuns: 50 },
    );
  });

  const SEEKABLE = ASSUMPTION_KEYS.filter((k) => !ASSUMPTION_META[k].isInteger);
  const OUTPUTS = ['instinctRevenue:2027', 'amdShare:2026Q3', 'tam:2028', 'instinctCagr:2025-2028'];
  const small: ModelContext = { ...smallContext('2028Q4'), capex: CAPEX, x86Fit: { speed: 0.158 } };

  it('goal seek reproduces its target whenever it says it reached it', () => {
    fc.assert(
      fc.property(
        assumptions,
        fc.constantFrom(...SEEKABLE),
        fc.constantFrom(...OUTPUTS),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (a, key, outputText, scale) => {
          const spec = parseOutputSpec(outputText);
          const now = evaluateOutput(small, { assumptions: a }, spec);
          fc.pre(now !== null && Number.isFinite(now) && Math.abs(now) > 1e-9);
          // A target near the scenario's own value: often reachable, sometimes not.
          const target = now! * scale;
          const range = key === 'capex.guidance' ? { min: 1000, max: 1e6 } : undefined;
          const inputs = { assumptions: a };
          const result = goalSeek({
            context: small,
            inputs,
            key,
            output: spec,
            target,
            ...(range ? { range } : {}),
          });
          const at = evaluateOutput(small, { assumptions: { ...a, [key]: result.value } }, spec);
          expect(at).toBe(result.output);
          if (result.isReached) {
            expect(Math.abs(at! - target)).toBeLessThanOrEqual(1e-9 * Math.abs(target) + 1e-12);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
