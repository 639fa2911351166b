import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTION_KEYS, ASSUMPTION_META, type AssumptionValues } from '../../projection/assumptions';
import { goalSeek } from '../../projection/goal-seek';
import { evaluateOutput, parseOutputSpec } from '../../projection/output-spec';
import type { ModelContext } from '../../projection/scenario-model';
import { historyQuarter } from './market/market-fixtures';
import { GROWTH_TO_RATE_1_1, smallContext } from './model-fixtures';

/**
 * A flat market: TAM 1,000 every quarter of 2025 (NVIDIA 750, AMD 0, XPU 200, other 50), growth 0
 * (so every projected quarter is 1,000 too), XPU and other shares held at 20% and 5% in both
 * segments, so the merchant market is 750 a quarter and a segment's merchant market is in
 * proportion to its TAM. AMD's jump-off share is 0 and its ramp weight on it, e^(−4k × 2 years)
 * at k = 3 by 2027Q4, is 4e-11: AMD's share there is the ramp's value, which a midpoint in 2015
 * puts at the ceiling and one in 2040Q4 at the floor.
 */
const FLAT: ModelContext = {
  ...smallContext('2028Q4'),
  history: ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((p) => historyQuarter(p, 750, 0, 200, 50)),
};
const SHARES_HELD: AssumptionValues = {
  'tam.growth': 0,
  'xpu.trainingShareEnd': 0.2,
  'xpu.inferenceShareEnd': 0.2,
  'other.trainingShareEnd': 0.05,
  'other.inferenceShareEnd': 0.05,
  'amd.training.rampSpeed': 3,
  'amd.inference.rampSpeed': 3,
};
const AT_CEILING: AssumptionValues = {
  ...SHARES_HELD,
  'amd.training.rampMidpoint': 2015,
  'amd.inference.rampMidpoint': 2015,
  'amd.training.shareFloor': 0,
  'amd.inference.shareFloor': 0,
  'amd.training.shareCeiling': 0.2,
};
const AT_FLOOR: AssumptionValues = {
  ...SHARES_HELD,
  'amd.training.rampMidpoint': 2040.75,
  'amd.inference.rampMidpoint': 2040.75,
  'amd.training.shareFloor': 0.2,
  'amd.training.shareCeiling': 0.2,
  'amd.inference.shareCeiling': 0.3,
};

describe('goal seek, worked by hand', () => {
  // The quarter's share is the merchant-weighted mean of the segments' shares; with training at
  // 20%, 20% overall needs inference at 20%; revenue is then 1,000 × 0.75 × 0.2 = 150.
  it('finds the inference ceiling that gives a revenue target', () => {
    const result = goalSeek({
      context: FLAT,
      inputs: { assumptions: AT_CEILING },
      key: 'amd.inference.shareCeiling',
      output: 'instinctRevenue:2027Q4',
      target: 150,
    });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(0.2, 9);
    expect(result.output).toBeCloseTo(150, 6);
    expect(result.message).toBe('amd.inference.shareCeiling = 20% gives instinctRevenue:2027Q4 = 150');
  });

  // Small history, jump-off 2025Q4: 2026 = 3,400 × (1 + g); 5,105.1 needs g = 50.15%.
  it('finds the TAM growth for a TAM target', () => {
    const result = goalSeek({
      context: smallContext(),
      inputs: { assumptions: {} },
      key: 'tam.growth',
      output: 'tam:2026',
      target: 5105.1,
    });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(GROWTH_TO_RATE_1_1, 9);
  });

  // Gross profit is revenue × margin: the margin is target ÷ revenue, 30% for 0.3 × revenue.
  it('finds the margin for a gross profit', () => {
    const context = smallContext();
    const revenue = evaluateOutput(context, { assumptions: {} }, parseOutputSpec('instinctRevenue:2027'))!;
    const result = goalSeek({
      context,
      inputs: { assumptions: {} },
      key: 'amd.grossMargin',
      output: 'grossProfit:2027',
      target: 0.3 * revenue,
    });
    expect(result.value).toBeCloseTo(0.3, 9);
  });

  // With the ramp at its floor, the inference floor plays the ceiling's part: 20% again. Floors
  // above the 30% ceiling are refused, so half the scan has no output; the answer is still found.
  it('skips values the other assumptions rule out', () => {
    const result = goalSeek({
      context: FLAT,
      inputs: { assumptions: AT_FLOOR },
      key: 'amd.inference.shareFloor',
      output: 'amdShare:2027Q4',
      target: 0.2,
    });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(0.2, 9);
  });
});

describe('goal seek when the target is out of reach', () => {
  it('says so and returns the closest value', () => {
    // Even a 100% inference ceiling gives only 502.5: in 2027Q4 (t = 2027.75) inference is
    // 0.4 + 0.3 × 3.75 / 6 = 58.75% of the market, so AMD's share is 0.4125 × 0.2 + 0.5875 × 1
    // = 0.67 of the 750 merchant market.
    const result = goalSeek({
      context: FLAT,
      inputs: { assumptions: AT_CEILING },
      key: 'amd.inference.shareCeiling',
      output: 'instinctRevenue:2027Q4',
      target: 1000,
    });
    expect(result.isReached).toBe(false);
    expect(result.value).toBe(1);
    expect(result.output).toBeCloseTo(502.5, 6);
    expect(result.message).toBe(
      'no value of amd.inference.shareCeiling between 0% and 100% gives instinctRevenue:2027Q4 = 1000; closest: amd.inference.shareCeiling = 100% gives 502.5',
    );
  });

  it('stops at the last value the other assumptions allow', () => {
    // The floor can rise to the 30% ceiling only, so the share cannot reach 35%.
    const result = goalSeek({
      context: FLAT,
      inputs: { assumptions: AT_FLOOR },
      key: 'amd.inference.shareFloor',
      output: 'amdShare:2027Q4',
      target: 0.35,
    });
    expect(result.isReached).toBe(false);
    // The closest is at the ceiling, not past it where the scan has no value.
    expect(result.value).toBeCloseTo(0.3, 9);
    expect(result.value).toBeLessThanOrEqual(0.3);
    // 0.4125 × 20% training + 0.5875 × 30% inference.
    expect(result.output).toBeCloseTo(0.25875, 9);
  });

  it('says when the output does not depend on the assumption', () => {
    const result = goalSeek({
      context: smallContext(),
      inputs: { assumptions: { 'capex.growth': 0.3 } },
      key: 'capex.growth',
      output: 'instinctRevenue:2027',
      target: 1,
    });
    expect(result.isReached).toBe(false);
    expect(result.value).toBe(0.3);
    expect(result.message).toMatch(
      /^instinctRevenue:2027 does not depend on capex.growth here; closest: capex.growth = 30%/,
    );
  });

  it('refuses when no value in the range has an output', () => {
    const request = {
      context: FLAT,
      inputs: { assumptions: AT_FLOOR },
      key: 'amd.inference.shareFloor',
      output: 'amdShare:2027Q4',
      target: 0.2,
      range: { min: 0.5, max: 1 },
    };
    expect(() => goalSeek(request)).toThrow(
      'amdShare:2027Q4 is undefined for every value of amd.inference.shareFloor in the range',
    );
  });
});

describe('goal seek input checks', () => {
  const base = { context: smallContext(), inputs: { assumptions: {} } };
  it.each([
    [{ key: 'nope', output: 'tam:2027', target: 1 }, /unknown assumption "nope"/],
    [{ key: 'shares.endYear', output: 'tam:2027', target: 1 }, /whole numbers; goal seek solves continuous/],
    [{ key: 'tam.driver', output: 'tam:2027', target: 1 }, /whole numbers/],
    [{ key: 'history.otherShare', output: 'tam:2027', target: 1 }, /history setting of the workbook/],
    [{ key: 'tam.growth', output: 'tam:27', target: 1 }, /must be a year/],
    [{ key: 'tam.growth', output: 'tam:2027', target: Number.NaN }, /target must be a finite number/],
    [{ key: 'tam.growth', output: 'tam:2027', target: 1, range: { min: -5, max: 1 } }, /must lie within/],
    [{ key: 'amd.rampSpeedVsEpyc', output: 'tam:2027', target: 1 }, /needs the x86 fit/],
  ])('refuses bad requests (%#)', (request, message) => {
    expect(() => goalSeek({ ...base, ...request })).toThrow(message);
  });
});

const SEEKABLE = ASSUMPTION_KEYS.filter((k) => !ASSUMPTION_META[k].isInteger);
const OUTPUTS = [
  'instinctRevenue:2027',
  'grossProfit:2027Q3',
  'amdShare:2026Q3',
  'tam:2028',
  'nvidiaRevenue:2027',
  'instinctCagr:2025-2028',
  'merchant:2026Q1',
];
// The x86 fit lets amd.rampSpeedVsEpyc be solved too.
const CONTEXT: ModelContext = { ...smallContext('2028Q4'), x86Fit: { speed: 0.158 } };

describe('goal seek property', () => {
  it('reaches a target some value in the range gives, and reproduces it when it says so', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEKABLE),
        fc.constantFrom(...OUTPUTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, outputText, position) => {
          const meta = ASSUMPTION_META[key];
          // capex.guidance spans eight decades: search where the scan resolves it.
          const range = key === 'capex.guidance' ? { min: 1000, max: 1e6 } : { min: meta.min, max: meta.max };
          const truth = range.min + position * (range.max - range.min);
          const spec = parseOutputSpec(outputText);
          const at = (value: number) => {
            try {
              return evaluateOutput(CONTEXT, { assumptions: { [key]: value } }, spec);
            } catch {
              return null; // a value the defaults of the other assumptions rule out
            }
          };
          const target = at(truth);
          // Targets below 1e-9 (subnormal money or shares) have no meaningful relative precision.
          fc.pre(target !== null && Math.abs(target) > 1e-9);
          const result = goalSeek({
            context: CONTEXT,
            inputs: { assumptions: {} },
            key,
            output: spec,
            target: target!,
            range,
          });
          expect(result.isReached).toBe(true);
          const reproduced = at(result.value) ?? Number.NaN;
          expect(Math.abs(reproduced - target!)).toBeLessThanOrEqual(1e-9 * Math.abs(target!) + 1e-12);
          expect(result.output).toBe(reproduced);
        },
      ),
      { numRuns: 100 },
    );
  });
});
