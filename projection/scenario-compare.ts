import {
  runScenario,
  type ModelContext,
  type ModelInputs,
  type Projection,
  type YearResult,
} from './scenario-model';
import { validateProbabilities } from './scenarios';
import { invalidInput } from './refusal';

/** A scenario ready to run: its model inputs, name and probability (fraction). */
export interface ScenarioInputs extends ModelInputs {
  readonly name: string;
  readonly probability: number;
}

/** Probability-weighted expectation for one year, USD millions (yoy as a fraction). */
export interface ExpectedYear {
  readonly year: number;
  readonly tam: number;
  readonly merchant: number;
  readonly instinctRevenue: number;
  readonly grossProfit: number;
  /** Growth of the expected Instinct revenue over the previous expected year; null for the first year or from zero. */
  readonly yoy: number | null;
}

export interface ComparisonYear {
  readonly year: number;
  /** Each scenario's year, in the order the scenarios were given. */
  readonly scenarios: readonly YearResult[];
  /** Null when every probability is 0 (what-if copies only): there is nothing to weight by. */
  readonly expected: ExpectedYear | null;
}

export interface ScenarioComparison {
  readonly scenarios: readonly {
    readonly name: string;
    readonly probability: number;
    /** probability / total probability: the scenario's weight in the expectation. */
    readonly weight: number;
    readonly projection: Projection;
  }[];
  readonly years: readonly ComparisonYear[];
  /** Sum of the probabilities; the expectation is normalised by it, so a total other than 1 is worth a warning. */
  readonly probabilityTotal: number;
}

/**
 * Runs every scenario on the same history and horizon and sets them side by side per year with
 * the probability-weighted expectation (USD millions). A scenario at probability 0 (a what-if copy)
 * is projected like any other and left out of the expectation. Throws when a probability is
 * outside [0, 1], or naming the scenario whose inputs are invalid.
 */
export function compareScenarios(
  context: ModelContext,
  scenarios: readonly ScenarioInputs[],
): ScenarioComparison {
  if (scenarios.length === 0) throw invalidInput('there are no scenarios to compare');
  const problems = validateProbabilities(scenarios.map((s) => s.probability));
  if (problems.length > 0) throw invalidInput(`invalid probabilities: ${problems.join('; ')}`);
  const total = scenarios.reduce((sum, s) => sum + s.probability, 0);
  const runs = scenarios.map((s) => {
    try {
      return {
        name: s.name,
        probability: s.probability,
        weight: total > 0 ? s.probability / total : 0,
        projection: runScenario(context, s),
      };
    } catch (error) {
      throw invalidInput(`${s.name}: ${(error as Error).message}`);
    }
  });
  const first = runs[0]?.projection.years ?? [];
  const years: ComparisonYear[] = [];
  first.forEach((row, i) => {
    // Every run covers the same horizon, so the years line up by position.
    const byScenario = runs.map((r) => r.projection.years[i] ?? row);
    const expect = (metric: 'tam' | 'merchant' | 'instinctRevenue' | 'grossProfit'): number =>
      byScenario.reduce((sum, y, j) => sum + (runs[j]?.weight ?? 0) * y[metric], 0);
    const instinctRevenue = expect('instinctRevenue');
    const previous = years[years.length - 1]?.expected?.instinctRevenue;
    years.push({
      year: row.year,
      scenarios: byScenario,
      expected:
        total <= 0
          ? null
          : {
              year: row.year,
              tam: expect('tam'),
              merchant: expect('merchant'),
              instinctRevenue,
              grossProfit: expect('grossProfit'),
              yoy: previous === undefined || previous <= 0 ? null : instinctRevenue / previous - 1,
            },
    });
  });
  return { scenarios: runs, years, probabilityTotal: total };
}
