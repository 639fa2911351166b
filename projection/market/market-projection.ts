import { formatQuarter, parseQuarter, quarterFromIndex, quarterIndex, type QuarterPeriod } from '../period';
import { invalidInput } from '../refusal';
import { capexImpliedTam, capexPath } from './capex-driver';
import { DEFAULT_DEALS, dealFloor, type Deal } from './deals';
import { solveGeometricRate } from './geometric-rate';
import { withMarketDefaults, type MarketAssumptionValues, type Segment } from './market-assumptions';
import type { MarketHistoryQuarter } from './market-history';
import type { MarketQuarter, PeriodValue, SegmentQuarter } from './market-types';
import { sumYears, type MarketYear } from './market-years';
import {
  amdShareAt,
  inferenceShareAt,
  linearFromJumpOff,
  segmentParams,
  type SegmentParams,
} from './segments';

/** The last projected quarter when none is given. */
export const DEFAULT_END_QUARTER: QuarterPeriod = '2030Q4';

/**
 * The market projection from the jump-off, the last quarter of the rebuilt history. Per quarter
 * (money USD millions, shares fractions; t = the quarter's first day as a fractional year):
 *   inference = tam × i(t), training = tam − inference           (segments.ts)
 *   per segment: XPU and other shares linear from their jump-off values to their end values,
 *                AMD's share of the segment's merchant market s_seg(t) (segments.ts)
 *   xpuShare = Σ segment tam × XPU share / tam, otherShare alike
 *   merchant = tam × (1 − xpuShare − otherShare)
 *   amdShare = Σ merchant_seg × s_seg / Σ merchant_seg
 *   instinctRevenue = merchant × amdShare, nvidiaRevenue = merchant − instinctRevenue
 *   dealRevenue = the deals' committed floor (deals.ts); revenueFromDeals = min(deal, instinct)
 * TAM, growth driver: projected year k (the four quarters after the previous four) totals the
 * previous four quarters × (1 + g_k), g_1 = tam.growth, g_k = g_(k−1) × (1 − tam.growthFade),
 * its quarters growing at one rate from the quarter before (so the first year is measured against
 * the jump-off's trailing four quarters and the TAM does not jump). Capex driver: capex-driver.ts.
 * History quarters are shown in the same form: tam = total, the shares from its parts.
 */

export type { MarketFigures, MarketQuarter, SegmentQuarter } from './market-types';

export interface JumpOff {
  readonly quarter: QuarterPeriod;
  readonly tam: number;
  /** The four quarters to the jump-off and the growth over the four before (null with under 8 quarters). */
  readonly trailingTam: number;
  readonly trailingGrowth: number | null;
  readonly inferenceShare: number;
  readonly xpuShare: number;
  readonly otherShare: number;
  readonly amdShare: number;
}

export interface MarketProjection {
  readonly jumpOff: JumpOff;
  /** History quarters (isProjected false), then the projection to the end quarter. */
  readonly quarters: readonly MarketQuarter[];
  readonly years: readonly MarketYear[];
}

export interface MarketProjectionInputs {
  readonly history: readonly MarketHistoryQuarter[];
  readonly assumptions?: MarketAssumptionValues;
  /** DEFAULT_DEALS when left out. */
  readonly deals?: readonly Deal[];
  /** Hyperscaler capex per quarter, the four companies summed (USD millions); needed by the capex driver. */
  readonly capex?: readonly PeriodValue[];
  /** The x86 logistic fit, needed when amd.rampSpeedVsEpyc is above 0. */
  readonly x86Fit?: { readonly speed: number };
  /** The last projected quarter; 2030Q4 when left out. */
  readonly endQuarter?: QuarterPeriod;
  /**
   * Replacements of the TAM growth (fraction) of the projected year that starts in a calendar
   * year, keyed by that year (growth driver only); later years fade from the replaced value.
   */
  readonly growthOverrides?: Readonly<Record<number, number>>;
}

function same(share: number, other: number, amd: number, tam: number): SegmentQuarter {
  const merchant = tam * (1 - share - other);
  return {
    tam,
    xpuShare: share,
    otherShare: other,
    merchant,
    amdShare: amd,
    instinctRevenue: merchant * amd,
  };
}

/** A projected segment quarter (USD millions, fractions) at time t from the jump-off shares. */
function projectSegment(
  p: SegmentParams,
  j: JumpOff,
  jTime: number,
  endYear: number,
  t: number,
  tam: number,
): SegmentQuarter {
  const xpuShare = linearFromJumpOff(j.xpuShare, p.xpuShareEnd, jTime, endYear, t);
  // Held to 1 − xpuShare so rounding never leaves a negative merchant market.
  const otherShare = Math.min(
    linearFromJumpOff(j.otherShare, p.otherShareEnd, jTime, endYear, t),
    1 - xpuShare,
  );
  const amdShare = amdShareAt(p, j.amdShare, jTime, t);
  const merchant = tam * (1 - xpuShare - otherShare);
  return { tam, xpuShare, otherShare, merchant, amdShare, instinctRevenue: merchant * amdShare };
}

/** A quarter from its segments, with the identities written as the formulas above. */
function toQuarter(
  index: number,
  isProjected: boolean,
  tam: number,
  training: SegmentQuarter,
  inference: SegmentQuarter,
  dealRevenue: number,
  capex: number | null,
): MarketQuarter {
  // A share both segments hold is the quarter's as it is: weighting it by the segments' split
  // would change its last bits with the split, and every history quarter (both segments at the
  // rebuilt shares) must be the same in every scenario, whatever its inference path.
  const byTam = (trainingShare: number, inferenceShare: number): number =>
    trainingShare === inferenceShare || !(tam > 0)
      ? inferenceShare
      : (training.tam * trainingShare + inference.tam * inferenceShare) / tam;
  const xpuShare = byTam(training.xpuShare, inference.xpuShare);
  const otherShare = Math.min(byTam(training.otherShare, inference.otherShare), 1 - xpuShare);
  const merchant = tam * (1 - xpuShare - otherShare);
  const merchantSum = training.merchant + inference.merchant;
  const weighted =
    training.amdShare === inference.amdShare || !(merchantSum > 0)
      ? inference.amdShare
      : (training.instinctRevenue + inference.instinctRevenue) / merchantSum;
  const amdShare = Math.min(1, Math.max(0, weighted));
  const instinctRevenue = merchant * amdShare;
  const revenueFromDeals = Math.min(dealRevenue, instinctRevenue);
  return {
    period: formatQuarter(quarterFromIndex(index)),
    isProjected,
    tam,
    training: tam - inference.tam,
    inference: inference.tam,
    xpuShare,
    otherShare,
    merchant,
    amdShare,
    instinctRevenue,
    nvidiaRevenue: merchant - instinctRevenue,
    dealRevenue,
    revenueFromDeals,
    revenueFromRest: instinctRevenue - revenueFromDeals,
    isBelowDeals: instinctRevenue < dealRevenue,
    capex,
    segments: { training, inference },
  };
}

/** The projection (USD millions, fractions) from the history's last quarter to the end quarter, with the history before it. */
export function projectMarket(inputs: MarketProjectionInputs): MarketProjection {
  const a = withMarketDefaults(inputs.assumptions ?? {});
  const history = inputs.history;
  if (history.length < 4) throw invalidInput('the market projection needs at least four quarters of history');
  const firstIndex = quarterIndex(parseQuarter(history[0]!.period));
  const jIndex = firstIndex + history.length - 1;
  const endIndex = quarterIndex(parseQuarter(inputs.endQuarter ?? DEFAULT_END_QUARTER));
  if (endIndex <= jIndex) {
    throw invalidInput(
      `the horizon ends (${inputs.endQuarter}) at or before the jump-off ${history[history.length - 1]!.period}`,
    );
  }
  const multiple = a['amd.rampSpeedVsEpyc'];
  const fitSpeed = inputs.x86Fit?.speed ?? 0;
  if (multiple > 0 && !(fitSpeed > 0)) {
    throw invalidInput(
      'amd.rampSpeedVsEpyc is above 0, so the ramp speed comes from the x86 fit, but no fit was given',
    );
  }
  const speed = (segment: Segment): number =>
    multiple > 0 ? multiple * fitSpeed : a[`amd.${segment}.rampSpeed`];
  const deals = dealFloor(inputs.deals ?? DEFAULT_DEALS, firstIndex, endIndex);
  const capex =
    inputs.capex !== undefined && inputs.capex.length > 0
      ? capexPath(inputs.capex, a, firstIndex, endIndex)
      : null;
  const capexAt = (index: number): number | null => {
    const v = capex?.[index - firstIndex];
    return v === undefined || Number.isNaN(v) ? null : v;
  };

  const quarters: MarketQuarter[] = [];
  for (let n = 0; n < history.length; n++) {
    const h = history[n]!;
    const index = firstIndex + n;
    const tam = h.total;
    const i = inferenceShareAt(a, index / 4);
    const x = tam > 0 ? h.xpu / tam : 0;
    const o = tam > 0 ? Math.min(h.other / tam, 1 - x) : 0;
    const s = h.nvidia + h.amd > 0 ? h.amd / (h.nvidia + h.amd) : 0;
    const dealRevenue = deals[n] ?? 0;
    quarters.push(
      toQuarter(
        index,
        false,
        tam,
        same(x, o, s, tam * (1 - i)),
        same(x, o, s, tam * i),
        dealRevenue,
        capexAt(index),
      ),
    );
  }
  const j = quarters[quarters.length - 1]!;
  const jTime = jIndex / 4;
  const trailing = (end: number) =>
    quarters.slice(Math.max(0, end - 3), end + 1).reduce((sum, q) => sum + q.tam, 0);
  const last = history.length - 1;
  const jumpOff: JumpOff = {
    quarter: j.period,
    tam: j.tam,
    trailingTam: trailing(last),
    trailingGrowth: last >= 7 && trailing(last - 4) > 0 ? trailing(last) / trailing(last - 4) - 1 : null,
    inferenceShare: j.tam > 0 ? j.inference / j.tam : inferenceShareAt(a, jTime),
    xpuShare: j.xpuShare,
    otherShare: j.otherShare,
    amdShare: j.amdShare,
  };

  const isCapexDriven = a['tam.driver'] === 1;
  let capexRatio = 1;
  if (isCapexDriven) {
    const atJump = capexAt(jIndex);
    if (atJump === null)
      throw invalidInput('the capex driver needs hyperscaler capex at or before the jump-off');
    const implied = capexImpliedTam(atJump, a);
    if (!(implied > 0)) throw invalidInput('the capex driver needs capex above 0 at the jump-off');
    capexRatio = j.tam / implied;
  }
  let growth = a['tam.growth'];
  const fade = a['tam.growthFade'];
  const endYear = a['shares.endYear'];
  const trainingParams = segmentParams(a, 'training', speed('training'));
  const inferenceParams = segmentParams(a, 'inference', speed('inference'));
  let rate = 1;
  for (let index = jIndex + 1; index <= endIndex; index++) {
    const step = index - jIndex;
    const n = quarters.length;
    const previousTam = quarters[n - 1]!.tam;
    let tam: number;
    if (isCapexDriven) {
      const blend = capexRatio + (1 - capexRatio) * Math.min(1, step / 4);
      tam = capexImpliedTam(capexAt(index) ?? 0, a) * blend;
    } else {
      if ((step - 1) % 4 === 0) {
        if (step > 1) growth *= 1 - fade;
        const override = inputs.growthOverrides?.[Math.floor(index / 4)];
        if (override !== undefined) growth = override;
        const lastFour =
          quarters[n - 1]!.tam + quarters[n - 2]!.tam + quarters[n - 3]!.tam + quarters[n - 4]!.tam;
        rate = previousTam > 0 ? solveGeometricRate(1, 4, (lastFour * (1 + growth)) / previousTam) : 1;
      }
      tam = previousTam * rate;
    }
    const t = index / 4;
    const inference = tam * inferenceShareAt(a, t);
    const trainingQuarter = projectSegment(trainingParams, jumpOff, jTime, endYear, t, tam - inference);
    const inferenceQuarter = projectSegment(inferenceParams, jumpOff, jTime, endYear, t, inference);
    quarters.push(
      toQuarter(
        index,
        true,
        tam,
        trainingQuarter,
        inferenceQuarter,
        deals[index - firstIndex] ?? 0,
        capexAt(index),
      ),
    );
  }
  return { jumpOff, quarters, years: sumYears(quarters) };
}
