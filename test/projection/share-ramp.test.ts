import { describe, it, expect } from 'vitest';
import { withDefaults } from '../../projection/assumptions';
import { amdShareAt, logisticShare, resolveRampSpeed } from '../../projection/share-ramp';

describe('logistic share ramp', () => {
  // floor 5%, ceiling 25%, midpoint 2027Q2 (2027.25), k = 0.5 per quarter:
  //   at 2027Q2: halfway, 0.05 + 0.20 / 2 = 0.15
  //   at 2028Q2 (4 quarters on): 1 / (1 + e^-2) = 0.880797, 0.05 + 0.2 x 0.880797 = 0.2261594
  //   at 2026Q2 (4 quarters before): 1 / (1 + e^2) = 0.119203, 0.05 + 0.2 x 0.119203 = 0.0738406
  it.each([
    [2027.25, 0.15],
    [2028.25, 0.2261594156],
    [2026.25, 0.0738405844],
  ])('at %s gives %s', (time, share) => {
    expect(logisticShare(time, 0.05, 0.25, 2027.25, 0.5)).toBeCloseTo(share, 9);
  });

  it('reads floor, ceiling and midpoint from the assumptions', () => {
    const a = withDefaults({ 'amd.shareFloor': 0.05, 'amd.shareCeiling': 0.25, 'amd.rampMidpoint': 2027.25 });
    expect(amdShareAt(a, 0.5, 2027.25)).toBeCloseTo(0.15, 12);
    expect(amdShareAt(a, 0.5, 2060)).toBeCloseTo(0.25, 12);
    expect(amdShareAt(a, 0.5, 2000)).toBeCloseTo(0.05, 12);
  });
});

describe('ramp speed source', () => {
  it('uses the typed speed when rampSpeedVsX86 is 0', () => {
    expect(resolveRampSpeed(withDefaults({ 'amd.rampSpeed': 0.4 }), { speed: 0.16 })).toBe(0.4);
  });

  it('scales the x86 speed when rampSpeedVsX86 is above 0', () => {
    expect(resolveRampSpeed(withDefaults({ 'amd.rampSpeedVsX86': 1.5 }), { speed: 0.16 })).toBeCloseTo(
      0.24,
      12,
    );
  });

  it('needs a fit for a derived speed', () => {
    expect(() => resolveRampSpeed(withDefaults({ 'amd.rampSpeedVsX86': 1 }), undefined)).toThrow(
      /no fit was given/,
    );
    expect(() => resolveRampSpeed(withDefaults({ 'amd.rampSpeedVsX86': 1 }), { speed: Number.NaN })).toThrow(
      /must be a positive number/,
    );
  });
});
