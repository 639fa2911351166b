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

/** One segment's assumptions as plain numbers, read once per projection (fractions; years; k per quarter). */
export interface SegmentParams {
  readonly xpuShareEnd: number;
  readonly otherShareEnd: number;
  readonly shareFloor: number;
  readonly shareCeiling: number;
  readonly rampMidpoint: number;
  readonly rampSpeed: number;
}

/** A segment's parameters from the assumptions, with the ramp speed (per quarter) already resolved. */
export function segmentParams(a: MarketAssumptions, segment: Segment, rampSpeed: number): SegmentParams {
  return {
    xpuShareEnd: a[`xpu.${segment}ShareEnd`],
    otherShareEnd: a[`other.${segment}ShareEnd`],
    shareFloor: a[`amd.${segment}.shareFloor`],
    shareCeiling: a[`amd.${segment}.shareCeiling`],
    rampMidpoint: a[`amd.${segment}.rampMidpoint`],
    rampSpeed,
  };
}

/**
 * AMD's share of a segment's merchant market (fraction) at `time`: the logistic ramp
 * F(t) = floor + (ceiling − floor) / (1 + exp(−4k (t − midpoint))) (k per quarter), blended with
 * the jump-off share s0 by a weight that starts at 1 and decays at the ramp's own speed:
 * s(t) = w s0 + (1 − w) F(t), w = exp(−4k (t − jumpOff)). So s(jumpOff) = s0, s(t) → F(t) within
 * about 1/k quarters, and s stays between s0 and the ramp (hence within 0..1).
 */
export function amdShareAt(p: SegmentParams, jumpOffShare: number, jumpOff: number, time: number): number {
  const k4 = p.rampSpeed * 4;
  const ramp = p.shareFloor + (p.shareCeiling - p.shareFloor) / (1 + Math.exp(-k4 * (time - p.rampMidpoint)));
  const w = Math.exp(-k4 * Math.max(0, time - jumpOff));
  return w * jumpOffShare + (1 - w) * ramp;
}
