import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { withDefaults } from '../../projection/assumptions';
import { compareScenarios, type ScenarioInputs } from '../../projection/scenario-compare';
import { DEFAULT_SCENARIOS, validateProbabilities } from '../../projection/scenarios';

const DEFAULTS: ScenarioInputs[] = DEFAULT_SCENARIOS.map((s) => ({
  name: s.name,
  probability: s.probability,
  assumptions: s.assumptions,
}));

describe('default scenarios', () => {
  it('are bull, base and bear at 25/50/25 with valid assumptions and a description', () => {
    expect(DEFAULT_SCENARIOS.map((s) => [s.name, s.probability])).toEqual([
      ['Bull', 0.25],
      ['Base', 0.5],
      ['Bear', 0.25],
    ]);
    for (const s of DEFAULT_SCENARIOS) {
      expect(() => withDefaults(s.assumptions)).not.toThrow();
      expect(s.description.length).toBeGreaterThan(40);
    }
  });

  it('order bull above base above bear in every projected year', () => {
    const comparison = compareScenarios(DEFAULTS, { firstQuarter: '2026Q2' });
    for (const year of comparison.years) {
      const [bull, base, bear] = year.scenarios.map((y) => y.instinctRevenue);
      expect(bull).toBeGreaterThan(base ?? 0);
      expect(base).toBeGreaterThan(bear ?? 0);
    }
  });
});

describe('scenario comparison', () => {
  it('weights each year by probability', () => {
    const comparison = compareScenarios(DEFAULTS, { firstQuarter: '2026Q2', endQuarter: '2030Q4' });
    expect(comparison.probabilityTotal).toBe(1);
    expect(comparison.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const year of comparison.years) {
      const [bull, base, bear] = year.scenarios;
      const expected =
        0.25 * (bull?.instinctRevenue ?? 0) +
        0.5 * (base?.instinctRevenue ?? 0) +
        0.25 * (bear?.instinctRevenue ?? 0);
      expect(year.expected.instinctRevenue).toBeCloseTo(expected, 6);
      expect(year.expected.tam).toBeCloseTo(
        0.25 * (bull?.tam ?? 0) + 0.5 * (base?.tam ?? 0) + 0.25 * (bear?.tam ?? 0),
        6,
      );
    }
    const [first, second] = comparison.years;
    expect(first?.expected.yoy).toBeNull();
    expect(second?.expected.yoy).toBeCloseTo(
      (second?.expected.instinctRevenue ?? 0) / (first?.expected.instinctRevenue ?? 1) - 1,
      12,
    );
  });

  // Two scenarios, revenue 8125 x 0.8 x 0.1 = 650 and 8125 x 0.8 x 0.2 = 1300 in 2023 with flat
  // shares; probabilities 0.3 and 0.3 add up to 0.6, so the weights are 0.5 each: expectation 975.
  it('normalises probabilities that do not add up to 1', () => {
    const flat = { 'tam.base': 8125, 'xpu.shareStart': 0.2, 'xpu.shareEnd': 0.2 };
    const comparison = compareScenarios(
      [
        {
          name: 'Low',
          probability: 0.3,
          assumptions: { ...flat, 'amd.shareFloor': 0.1, 'amd.shareCeiling': 0.1 },
        },
        {
          name: 'High',
          probability: 0.3,
          assumptions: { ...flat, 'amd.shareFloor': 0.2, 'amd.shareCeiling': 0.2 },
        },
      ],
      { firstQuarter: '2023Q1', endQuarter: '2023Q4' },
    );
    expect(comparison.probabilityTotal).toBeCloseTo(0.6, 12);
    expect(comparison.scenarios.map((s) => s.weight)).toEqual([0.5, 0.5]);
    expect(comparison.years[0]?.expected.instinctRevenue).toBeCloseTo(975, 9);
  });

  it('keeps the expectation between the lowest and highest scenario', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (probabilities) => {
          fc.pre(probabilities.some((p) => p > 1e-6));
          const scenarios = DEFAULTS.map((s, i) => ({ ...s, probability: probabilities[i] ?? 0 }));
          for (const year of compareScenarios(scenarios, { firstQuarter: '2027Q1' }).years) {
            const values = year.scenarios.map((y) => y.instinctRevenue);
            expect(year.expected.instinctRevenue).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
            expect(year.expected.instinctRevenue).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses bad probabilities and empty lists', () => {
    const bad = (probability: number) => [{ ...DEFAULTS[0], name: 'X', assumptions: {}, probability }];
    expect(() => compareScenarios(bad(1.5), { firstQuarter: '2026Q2' })).toThrow(
      'invalid probabilities: scenario 1: probability must be between 0% and 100%, got 1.5',
    );
    expect(() => compareScenarios(bad(0), { firstQuarter: '2026Q2' })).toThrow(
      /at least one scenario needs a probability above 0/,
    );
    expect(() => compareScenarios([], { firstQuarter: '2026Q2' })).toThrow(/no scenarios/);
  });
});

describe('validateProbabilities', () => {
  it('accepts each probability in [0, 1]', () => {
    expect(validateProbabilities([0.25, 0.5, 0.25])).toEqual([]);
    expect(validateProbabilities([0, 1])).toEqual([]);
  });

  it('names each bad probability', () => {
    expect(validateProbabilities([-0.1, 0.5, Number.NaN])).toEqual([
      'scenario 1: probability must be between 0% and 100%, got -0.1',
      'scenario 3: probability must be between 0% and 100%, got NaN',
    ]);
  });
});
