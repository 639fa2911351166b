import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTION_META, type AssumptionKey, type AssumptionValues } from '../../projection/assumptions';
import { goalSeek } from '../../projection/goal-seek';
import { evaluateOutput, parseOutputSpec } from '../../projection/output-spec';

// Flat XPU (20%) and a ramp that finished long ago (midpoint 2015, k = 3 per quarter, so the
// logistic term is 1 - e^-144 = 1 to double precision): AMD's share equals the ceiling, and with no
// TAM growth revenue in 2027 is 8125 x 0.8 x ceiling.
const LINEAR: AssumptionValues = {
  'tam.base': 8125,
  'tam.growth': 0,
  'xpu.shareStart': 0.2,
  'xpu.shareEnd': 0.2,
  'amd.shareFloor': 0,
  'amd.rampMidpoint': 2015,
  'amd.rampSpeed': 3,
};

describe('goal seek, worked by hand', () => {
  // Target 1300: ceiling = 1300 / (8125 x 0.8) = 1300 / 6500 = 0.2.
  it('finds the ceiling share that gives a revenue target', () => {
    const result = goalSeek({
      inputs: { assumptions: LINEAR },
      key: 'amd.shareCeiling',
      output: 'instinctRevenue:2027',
      target: 1300,
    });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(0.2, 9);
    expect(result.output).toBeCloseTo(1300, 6);
    expect(result.message).toBe('amd.shareCeiling = 20% gives instinctRevenue:2027 = 1300');
  });

  // With flat shares and no fade, revenue grows with the TAM, so a 60% CAGR from 2024 to 2028
  // needs tam.growth = 60% exactly.
  it('finds the TAM growth that gives an Instinct CAGR', () => {
    const inputs = { assumptions: { ...LINEAR, 'tam.growthFade': 0, 'amd.shareCeiling': 0.1 } };
    const result = goalSeek({ inputs, key: 'tam.growth', output: 'instinctCagr:2024-2028', target: 0.6 });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(0.6, 9);
  });

  // TAM 2027 with fade 0 is base x (1 + g)^4; for 45000 -> 45000 x 1.5^4 = 227812.5, g = 50%.
  it('solves for tam:YEAR outputs', () => {
    const result = goalSeek({
      inputs: { assumptions: { 'tam.growthFade': 0 } },
      key: 'tam.growth',
      output: 'tam:2027',
      target: 227812.5,
    });
    expect(result.value).toBeCloseTo(0.5, 9);
  });

  // AMD share in 2027Q2 with floor 6%, ceiling 25%, k = 0.2: halfway (15.5%) when the midpoint is 2027Q2.
  it('solves the ramp midpoint for a quarterly share', () => {
    const result = goalSeek({
      inputs: { assumptions: {} },
      key: 'amd.rampMidpoint',
      output: 'amdShare:2027Q2',
      target: 0.155,
    });
    expect(result.isReached).toBe(true);
    expect(result.value).toBeCloseTo(2027.25, 8);
  });
});

describe('goal seek when the target is out of reach', () => {
  it('says so and returns the closest value', () => {
    // Even a 100% ceiling gives only 8125 x 0.8 = 6500.
    const result = goalSeek({
      inputs: { assumptions: LINEAR },
      key: 'amd.shareCeiling',
      output: 'instinctRevenue:2027',
      target: 10000,
    });
    expect(result.isReached).toBe(false);
    expect(result.value).toBe(1);
    expect(result.output).toBeCloseTo(6500, 6);
    expect(result.message).toBe(
      'no value of amd.shareCeiling between 0% and 100% gives instinctRevenue:2027 = 10000; closest: amd.shareCeiling = 100% gives 6500',
    );
  });

  it('stops at the end of a narrowed range', () => {
    // The share rises with the floor but cannot reach 90% with a floor of at most 50%.
    const result = goalSeek({
      inputs: { assumptions: {} },
      key: 'amd.shareFloor',
      output: 'amdShare:2027Q2',
      target: 0.9,
      range: { min: 0, max: 0.5 },
    });
    expect(result.isReached).toBe(false);
    expect(result.value).toBe(0.5);
  });

  it('says when the output does not depend on the assumption', () => {
    const result = goalSeek({
      inputs: { assumptions: {} },
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
});

describe('goal seek input checks', () => {
  const inputs = { assumptions: {} };
  it.each([
    [{ key: 'nope', output: 'tam:2027', target: 1 }, /unknown assumption "nope"/],
    [
      { key: 'xpu.startYear', output: 'tam:2027', target: 1 },
      /whole years; goal seek solves continuous assumptions only/,
    ],
    [{ key: 'tam.growth', output: 'tam:27', target: 1 }, /must be a year/],
    [{ key: 'tam.growth', output: 'tam:2027', target: Number.NaN }, /target must be a finite number/],
    [{ key: 'tam.growth', output: 'tam:2027', target: 1, range: { min: -5, max: 1 } }, /must lie within/],
    [{ key: 'amd.rampSpeedVsX86', output: 'tam:2027', target: 1 }, /needs the x86 fit/],
  ])('refuses bad requests (%#)', (request, message) => {
    expect(() => goalSeek({ inputs, ...request })).toThrow(message);
  });
});

const SEEKABLE: readonly AssumptionKey[] = [
  'tam.base',
  'tam.growth',
  'tam.growthFade',
  'xpu.shareStart',
  'xpu.shareEnd',
  'amd.shareFloor',
  'amd.shareCeiling',
  'amd.rampMidpoint',
  'amd.rampSpeed',
  'amd.grossMargin',
];
const OUTPUTS = [
  'instinctRevenue:2027',
  'grossProfit:2029',
  'amdShare:2026Q3',
  'tam:2028',
  'instinctCagr:2024-2028',
  'merchant:2026Q1',
];

describe('goal seek property', () => {
  it('reproduces a reachable target within 1e-6 relative', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEKABLE),
        fc.constantFrom(...OUTPUTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, outputText, position) => {
          const meta = ASSUMPTION_META[key];
          // tam.base is searched on a narrower range so the scan resolves it (its range spans 8 decades).
          const range = key === 'tam.base' ? { min: 1000, max: 1e6 } : { min: meta.min, max: meta.max };
          const truth = range.min + position * (range.max - range.min);
          const spec = parseOutputSpec(outputText);
          const target = evaluateOutput({ assumptions: { [key]: truth } }, spec);
          // Targets below 1e-9 (subnormal money or shares) have no meaningful relative precision.
          fc.pre(target !== null && Math.abs(target) > 1e-9);
          const result = goalSeek({
            inputs: { assumptions: {} },
            key,
            output: spec,
            target: target ?? 0,
            range,
          });
          expect(result.isReached).toBe(true);
          const reproduced = evaluateOutput({ assumptions: { [key]: result.value } }, spec) ?? Number.NaN;
          expect(Math.abs(reproduced - (target ?? 0))).toBeLessThanOrEqual(1e-6 * Math.abs(target ?? 0));
        },
      ),
      { numRuns: 150 },
    );
  });
});
