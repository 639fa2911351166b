import type { ScenarioDto } from '../../electron/contract';
import { formatPercentText } from './number-format';

/** The sum of the scenarios' probabilities (fraction). */
export function probabilityTotal(scenarios: readonly Pick<ScenarioDto, 'probability'>[]): number {
  return scenarios.reduce((sum, s) => sum + s.probability, 0);
}

/** The total as people read it, and a warning when it is not 100% (the expectation divides by it). */
export function describeProbabilityTotal(total: number): {
  readonly text: string;
  readonly warning: string | null;
} {
  const text = formatPercentText(total);
  if (Math.abs(total - 1) < 1e-9) return { text, warning: null };
  const warning =
    total === 0
      ? 'every probability is 0%: the expectation cannot be weighted'
      : `the probabilities add up to ${text}, not 100%: the expectation divides by the total`;
  return { text, warning };
}

/** A probability for display and editing: 0.25 -> "25%", 0.125 -> "12.5%". */
export const formatProbability = formatPercentText;
