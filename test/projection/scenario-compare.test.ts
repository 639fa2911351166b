import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareScenarios, type ScenarioInputs } from '../../projection/scenario-compare';
import { DEFAULT_SCENARIOS, validateProbabilities } from '../../projection/scenarios';
import { DATA_CONTEXT, smallContext } from './model-fixtures';

const DEFAULTS: ScenarioInputs[] = DEFAULT_SCENARIOS.map((s) => ({ ...s }));

describe('scenario comparison', () => {
  const comparison = compareScenarios(DATA_CONTEXT, DEFAULTS);

  it('weights each year by probability', () => {
    expect(comparison.probabilityTotal).toBe(1);
    expect(comparison.scenarios.map((s) => s.weight)).toEqual([0.25, 0.5, 0.25]);
    expect(comparison.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    for (const year of comparison.years) {
      const [bull, base, bear] = year.scenarios;
      const weighted = (f: (y: NonNullable<typeof bull>) => number) =>
        0.25 * f(bull!) + 0.5 * f(base!) + 0.25 * f(bear!);
      expect(year.expected!.instinctRevenue).toBeCloseTo(
        weighted((y) => y.instinctRevenue),
        6,
      );
      expect(year.expected!.tam).toBeCloseTo(
        weighted((y) => y.tam),
        6,
      );
      expect(year.expected!.merchant).toBeCloseTo(
        weighted((y) => y.merchant),
        6,
      );
      expect(year.expected!.grossProfit).toBeCloseTo(
        weighted((y) => y.grossProfit),
        6,
      );
    }
  });

  it('grows the expectation from the previous expected year', () => {
    const [first, second] = comparison.years;
    expect(first!.expected!.yoy).toBeNull();
    expect(second!.expected!.yoy).toBeCloseTo(
      second!.expected!.instinctRevenue / first!.expected!.instinctRevenue - 1,
      12,
    );
  });

  it('gives every scenario the same history years', () => {
    const y2025 = comparison.years.find((y) => y.year === 2025)!;
    const revenues = y2025.scenarios.map((s) => s.instinctRevenue);
    expect(new Set(revenues).size).toBe(1);
    expect(y2025.expected!.instinctRevenue).toBeCloseTo(revenues[0]!, 9);
  });

  // Small history: the first projected year (2026) is 3,400 × (1 + g): 3,400 at 0% and 5,100
  // at 50%. Probabilities 0.3 and 0.3 add up to 0.6, so each weighs 0.5: 4,250.
  it('normalises probabilities that do not add up to 1', () => {
    const two = compareScenarios(smallContext('2026Q4'), [
      { name: 'Low', probability: 0.3, assumptions: { 'tam.growth': 0 } },
      { name: 'High', probability: 0.3, assumptions: { 'tam.growth': 0.5 } },
    ]);
    expect(two.probabilityTotal).toBeCloseTo(0.6, 12);
    expect(two.scenarios.map((s) => s.weight)).toEqual([0.5, 0.5]);
    const y2026 = two.years.find((y) => y.year === 2026)!;
    expect(y2026.scenarios.map((s) => s.tam)).toEqual([expect.closeTo(3400, 9), expect.closeTo(5100, 9)]);
    expect(y2026.expected!.tam).toBeCloseTo(4250, 9);
  });

  it('projects a what-if at probability 0 and leaves it out of the expectation', () => {
    const [base] = DEFAULTS;
    const whatIf = { ...base!, name: 'What if', probability: 0, assumptions: { 'tam.growth': 1.5 } };
    const result = compareScenarios(DATA_CONTEXT, [{ ...base!, probability: 0.4 }, whatIf]);
    expect(result.scenarios.map((s) => s.weight)).toEqual([1, 0]);
    for (const year of result.years) {
      const [kept, ignored] = year.scenarios;
      expect(year.expected!.instinctRevenue).toBe(kept!.instinctRevenue);
      expect(year.expected!.tam).toBe(kept!.tam);
      if (year.year >= 2027) expect(ignored!.tam).toBeGreaterThan(kept!.tam);
    }
  });

  it('projects what-ifs alone with no expectation when every probability is 0', () => {
    const zero = DEFAULTS.map((s) => ({ ...s, probability: 0 }));
    const result = compareScenarios(DATA_CONTEXT, zero);
    expect(result.probabilityTotal).toBe(0);
    expect(result.scenarios.map((s) => s.weight)).toEqual([0, 0, 0]);
    expect(result.years.map((y) => y.expected)).toEqual(result.years.map(() => null));
    expect(result.years.at(-1)!.scenarios.map((s) => s.instinctRevenue)).toEqual(
      comparison.years.at(-1)!.scenarios.map((s) => s.instinctRevenue),
    );
  });

  it('keeps the expectation between the lowest and highest scenario', () => {
    const context = smallContext('2028Q4');
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (probabilities) => {
          fc.pre(probabilities.some((p) => p > 1e-6));
          const scenarios = DEFAULTS.map((s, i) => ({ ...s, probability: probabilities[i] ?? 0 }));
          for (const year of compareScenarios(context, scenarios).years) {
            const values = year.scenarios.map((y) => y.instinctRevenue);
            expect(year.expected!.instinctRevenue).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
            expect(year.expected!.instinctRevenue).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses bad probabilities, empty lists and names the scenario whose inputs are invalid', () => {
    const one = (probability: number, assumptions = {}) => [{ name: 'X', probability, assumptions }];
    expect(() => compareScenarios(DATA_CONTEXT, one(1.5))).toThrow(
      'invalid probabilities: scenario 1: probability must be between 0% and 100%, got 1.5',
    );
    expect(() => compareScenarios(DATA_CONTEXT, [])).toThrow(/no scenarios/);
    expect(() => compareScenarios(DATA_CONTEXT, one(0.5, { 'history.otherShare': 0.05 }))).toThrow(
      /^X: history.otherShare: history settings are the workbook's/,
    );
    expect(() => compareScenarios(DATA_CONTEXT, one(0.5, { 'tam.growth': 9 }))).toThrow(
      /^X: invalid assumptions: .*tam.growth/,
    );
  });
});

describe('validateProbabilities', () => {
  it('accepts each probability in [0, 1], whatever the total', () => {
    expect(validateProbabilities([0.25, 0.5, 0.25])).toEqual([]);
    expect(validateProbabilities([0, 1, 1])).toEqual([]);
    expect(validateProbabilities([0, 0])).toEqual([]);
  });

  it('names each bad probability', () => {
    expect(validateProbabilities([-0.1, 0.5, Number.NaN])).toEqual([
      'scenario 1: probability must be between 0% and 100%, got -0.1',
      'scenario 3: probability must be between 0% and 100%, got NaN',
    ]);
  });
});
