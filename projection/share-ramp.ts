import type { Assumptions } from './assumptions';
import { invalidInput } from './refusal';

/** What project() needs from an x86 share fit: the fitted logistic speed, per quarter. */
export interface RampSpeedSource {
  readonly speed: number;
}

/**
 * A logistic share (same unit as floor and ceiling) at `time`: floor + (ceiling - floor) /
 * (1 + exp(-k (t - midpoint))), with t and midpoint as fractional years (quarter-time.ts) and the
 * speed k per quarter, hence the factor 4 that turns years into quarters.
 */
export function logisticShare(
  time: number,
  floor: number,
  ceiling: number,
  midpoint: number,
  speedPerQuarter: number,
): number {
  return floor + (ceiling - floor) / (1 + Math.exp(-speedPerQuarter * 4 * (time - midpoint)));
}

/**
 * The ramp speed k (per quarter) a scenario uses: `amd.rampSpeed` when `amd.rampSpeedVsX86` is 0,
 * otherwise that ratio times the speed fitted to AMD's x86 server share (throws if no fit is given).
 */
export function resolveRampSpeed(a: Assumptions, x86Fit: RampSpeedSource | undefined): number {
  const ratio = a['amd.rampSpeedVsX86'];
  if (ratio === 0) return a['amd.rampSpeed'];
  if (x86Fit === undefined) {
    throw invalidInput(
      'amd.rampSpeedVsX86 is above 0, so the ramp speed comes from the x86 fit, but no fit was given',
    );
  }
  if (!Number.isFinite(x86Fit.speed) || x86Fit.speed <= 0) {
    throw invalidInput(`the x86 fit's speed must be a positive number, got ${x86Fit.speed}`);
  }
  return ratio * x86Fit.speed;
}

/** AMD's share (fraction) of the merchant market at `time` (fractional year) for ramp speed k per quarter. */
export function amdShareAt(a: Assumptions, speedPerQuarter: number, time: number): number {
  return logisticShare(
    time,
    a['amd.shareFloor'],
    a['amd.shareCeiling'],
    a['amd.rampMidpoint'],
    speedPerQuarter,
  );
}
