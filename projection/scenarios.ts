import type { AssumptionValues } from './assumptions';
import { DEFAULT_DEALS, type Deal } from './market/deals';

/** A named assumption set with its probability (fraction) and why it might happen. */
export interface ScenarioDefinition {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
  /** Values over DEFAULT_ASSUMPTIONS; the base case uses the defaults as they are. */
  readonly assumptions: AssumptionValues;
  readonly deals: readonly Deal[];
}

/**
 * The bear case's reading of the deals: they slip and shrink. OpenAI stops after 4 of its 6 GW
 * (the warrant vests by milestones) and Meta takes 3 of its "up to" 6 GW, both over five years.
 */
const BEAR_DEALS: readonly Deal[] = DEFAULT_DEALS.map((d) => ({
  ...d,
  gigawatts: d.name === 'Meta' ? 3 : 4,
  rampYears: 5,
}));

/**
 * The default bull, base and bear cases (probabilities 0.25 / 0.5 / 0.25) on the market model.
 * They share the history rebuilt from the workbook and part ways from the jump-off, in the places
 * the seed article's bull and bear arguments differ: how fast AI spending grows and fades, how
 * much of inference custom ASICs and startups take, and how far and fast AMD's share ramps in
 * each segment. Base is the defaults (rationale per assumption in docs/MODEL.md).
 */
export const DEFAULT_SCENARIOS: readonly ScenarioDefinition[] = [
  {
    name: 'Bull',
    description:
      'MI450 rack-scale systems and the OpenAI and Meta 6 GW deals make AMD the second source at scale: ' +
      'its inference share ramps sooner and higher, custom ASICs stay at a quarter of inference, and AI spending grows faster: ' +
      "Instinct alone nears AMD's whole 100 B$ Data Center target by 2030.",
    probability: 0.25,
    assumptions: {
      'tam.growth': 0.6,
      'tam.growthFade': 0.37,
      'xpu.inferenceShareEnd': 0.25,
      'amd.inference.shareCeiling': 0.23,
      'amd.inference.rampMidpoint': 2027.25,
      'amd.training.shareCeiling': 0.12,
    },
    deals: DEFAULT_DEALS,
  },
  {
    name: 'Base',
    description:
      'AI spending grows 55% in the first projected year and fades; inference becomes 70% of the market by 2030; ' +
      'custom ASICs take 30% of inference; AMD ramps to about a fifth of merchant inference and a tenth of training.',
    probability: 0.5,
    assumptions: {},
    deals: DEFAULT_DEALS,
  },
  {
    name: 'Bear',
    description:
      "NVIDIA's CUDA moat holds in training and hyperscalers move inference to their own TPU, Trainium and MTIA: " +
      "custom ASICs and startups take nearly half of inference, AMD's ramp comes later and tops out lower, capex digests, " +
      'and the OpenAI and Meta deployments slip and shrink.',
    probability: 0.25,
    assumptions: {
      'tam.growth': 0.45,
      'tam.growthFade': 0.45,
      'xpu.trainingShareEnd': 0.2,
      'xpu.inferenceShareEnd': 0.38,
      'other.inferenceShareEnd': 0.08,
      'amd.inference.shareCeiling': 0.13,
      'amd.inference.rampMidpoint': 2028.25,
      'amd.training.shareCeiling': 0.06,
    },
    deals: BEAR_DEALS,
  },
];

/**
 * Checks scenario probabilities (fractions): each must lie in [0, 1]. A total other than 1 is
 * allowed (comparisons weight by probability / total), and so is a total of 0: what-if copies are
 * projected, with no expectation to weight.
 */
export function validateProbabilities(probabilities: readonly number[]): string[] {
  const problems: string[] = [];
  probabilities.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
      problems.push(`scenario ${i + 1}: probability must be between 0% and 100%, got ${p}`);
    }
  });
  return problems;
}
