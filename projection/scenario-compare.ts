import {
  evaluateModel,
  DEFAULT_END_QUARTER,
  type ModelInputs,
  type Projection,
  type YearResult,
} from './driver-model';
import type { QuarterPeriod } from './period';
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
  readonly expected: ExpectedYear;
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
 * Runs every scenario over the same horizon and sets them side by side per year with the
 * probability-weighted expectation (USD millions). Throws when a probability is outside [0, 1].
 */
export function compareScenarios(
  scenarios: readonly ScenarioInputs[],
  horizon: { readonly firstQuarter: QuarterPeriod; readonly endQuarter?: QuarterPeriod },
): ScenarioComparison {
  if (scenarios.length === 0) throw invalidInput('there are no scenarios to compare');
  const problems = validateProbabilities(scenarios.map((s) => s.probability));
  if (problems.length > 0) throw invalidInput(`invalid probabilities: ${problems.join('; ')}`);
  const total = scenarios.reduce((sum, s) => sum + s.probability, 0);
  const end = horizon.endQuarter ?? DEFAULT_END_QUARTER;
  const runs = scenarios.map((s) => ({
    name: s.name,
    probability: s.probability,
    weight: s.probability / total,
    projection: evaluateModel(s, horizon.firstQuarter, end),
  }));
  const first = runs[0]?.projection.years ?? [];
  const years: ComparisonYear[] = [];
  first.forEach((row, i) => {
    // Every run covers the same horizon, so the years line up by position.
    const byScenario = runs.map((r) => r.projection.years[i] ?? row);
    const expect = (metric: 'tam' | 'merchant' | 'instinctRevenue' | 'grossProfit'): number =>
      byScenario.reduce((sum, y, j) => sum + (runs[j]?.weight ?? 0) * y[metric], 0);
    const instinctRevenue = expect('instinctRevenue');
    const previous = years[years.length - 1]?.expected.instinctRevenue;
    years.push({
      year: row.year,
      scenarios: byScenario,
      expected: {
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
