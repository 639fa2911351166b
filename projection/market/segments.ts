import type { MarketAssumptions, Segment } from './market-assumptions';

/**
 * The market's two segments, training and inference, and each segment's shares over time. Times
 * are fractional years (quarter-time.ts: a quarter's first day); `jumpOff` is the time of the last
 * history quarter, where every projected share starts from its history value.
 */

/** Inference share of the TAM (fraction) at `time`: the start value up to the start year, the end value from the end year, linear between. */
export function inferenceShareAt(a: MarketAssumptions, time: number): number {
  const start = a['segments.inferenceStartYear'];
  const end = a['segments.inferenceEndYear'];
  const from = a['segments.inferenceShareStart'];
  const to = a['segments.inferenceShareEnd'];
  if (time <= start) return from;
  if (time >= end) return to;
  return from + ((to - from) * (time - start)) / (end - start);
}

/**
 * A share (fraction) moving linearly from `startValue` at the jump-off to `endValue` at `endYear`,
 * held after it; an end year at or before the jump-off reaches the end value one quarter later.
 */
export function linearFromJumpOff(
  startValue: number,
  endValue: number,
  jumpOff: number,
  endYear: number,
  time: number,
): number {
  const span = Math.max(endYear - jumpOff, 0.25);
  const progress = Math.min(1, Math.max(0, (time - jumpOff) / span));
  return startValue + (endValue - startValue) * progress;
}

/**
 * AMD's share of a segment's merchant market (fraction) at `time`: the logistic ramp
 * F(t) = floor + (ceiling − floor) / (1 + exp(−4k (t − midpoint))) (k per quarter), blended with
 * the jump-off share s0 by a weight that starts at 1 and decays at the ramp's own speed:
 * s(t) = w s0 + (1 − w) F(t), w = exp(−4k (t − jumpOff)). So s(jumpOff) = s0, s(t) → F(t) within
 * about 1/k quarters, and s stays between s0 and the ramp (hence within 0..1).
 */
export function amdShareAt(
  a: MarketAssumptions,
  segment: Segment,
  speedPerQuarter: number,
  jumpOffShare: number,
  jumpOff: number,
  time: number,
): number {
  const floor = a[`amd.${segment}.shareFloor`];
  const ceiling = a[`amd.${segment}.shareCeiling`];
  const ramp =
    floor +
    (ceiling - floor) / (1 + Math.exp(-speedPerQuarter * 4 * (time - a[`amd.${segment}.rampMidpoint`])));
  const w = Math.exp(-speedPerQuarter * 4 * Math.max(0, time - jumpOff));
  return w * jumpOffShare + (1 - w) * ramp;
}
