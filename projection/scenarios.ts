import type { AssumptionValues } from './assumptions';

/** A named assumption set with its probability (fraction) and why it might happen. */
export interface ScenarioDefinition {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
  /** Values over DEFAULT_ASSUMPTIONS; the base case uses the defaults as they are. */
  readonly assumptions: AssumptionValues;
}

/**
 * The default bull, base and bear cases (probabilities 0.25 / 0.5 / 0.25). They differ in the three
 * places the bull and bear arguments differ: how fast and how far AMD's share ramps, how much of
 * the market custom ASICs take, and whether AI spending growth holds or fades. All three start from
 * the same 60% TAM growth and agree with the reported past (over $5B of Instinct revenue in 2024):
 * they part ways in the projection, not in history.
 */
export const DEFAULT_SCENARIOS: readonly ScenarioDefinition[] = [
  {
    name: 'Bull',
    description:
      'MI450 rack-scale systems and the OpenAI and Meta 6 GW deals make AMD the second source at scale: ' +
      'share ramps faster to a higher ceiling, custom ASICs stay a niche, and AI spending growth holds up.',
    probability: 0.25,
    assumptions: {
      'tam.growthFade': 0.1,
      'xpu.shareEnd': 0.18,
      'amd.shareCeiling': 0.32,
      'amd.rampSpeed': 0.25,
    },
  },
  {
    name: 'Base',
    description:
      'AMD gains share steadily behind NVIDIA, custom ASICs roughly double their share by 2030, and TAM growth fades from 60% a year.',
    probability: 0.5,
    assumptions: {},
  },
  {
    name: 'Bear',
    description:
      "NVIDIA's CUDA moat holds and hyperscalers move more work to their own TPU, Trainium and MTIA chips: " +
      "AMD's share tops out at a low ceiling, custom ASICs take over a third of the market, and AI capex growth fades fast.",
    probability: 0.25,
    assumptions: {
      'tam.growthFade': 0.3,
      'xpu.shareEnd': 0.35,
      'amd.shareFloor': 0.065,
      'amd.shareCeiling': 0.15,
      'amd.rampMidpoint': 2026.0,
    },
  },
];

/**
 * Checks scenario probabilities (fractions): each must lie in [0, 1] and they must not all be 0.
 * A total other than 1 is allowed; comparisons weight by probability / total.
 */
export function validateProbabilities(probabilities: readonly number[]): string[] {
  const problems: string[] = [];
  probabilities.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
      problems.push(`scenario ${i + 1}: probability must be between 0% and 100%, got ${p}`);
    }
  });
  if (problems.length === 0 && !probabilities.some((p) => p > 0)) {
    problems.push('at least one scenario needs a probability above 0');
  }
  return problems;
}
