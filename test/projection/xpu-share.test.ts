import { describe, it, expect } from 'vitest';
import { withDefaults } from '../../projection/assumptions';
import { quarterToYearFraction } from '../../projection/quarter-time';
import { xpuShareAt } from '../../projection/xpu-share';

describe('XPU share path', () => {
  // 10% at the start of 2024 to 30% at the start of 2028: 16 quarters, so +0.2 / 16 = +1.25 points a quarter.
  const a = withDefaults({
    'xpu.shareStart': 0.1,
    'xpu.shareEnd': 0.3,
    'xpu.startYear': 2024,
    'xpu.endYear': 2028,
  });
  it.each([
    ['2022Q3', 0.1], // flat before
    ['2023Q4', 0.1],
    ['2024Q1', 0.1], // the start of the start year
    ['2024Q2', 0.1125], // 1 quarter in
    ['2026Q1', 0.2], // 8 of 16 quarters: halfway
    ['2027Q4', 0.2875], // 15 of 16 quarters
    ['2028Q1', 0.3], // the start of the end year
    ['2031Q3', 0.3], // flat after
  ])('%s -> %s', (quarter, share) => {
    expect(xpuShareAt(a, quarterToYearFraction(quarter))).toBeCloseTo(share, 12);
  });

  it('can fall as well as rise', () => {
    const falling = withDefaults({
      'xpu.shareStart': 0.3,
      'xpu.shareEnd': 0.1,
      'xpu.startYear': 2024,
      'xpu.endYear': 2028,
    });
    expect(xpuShareAt(falling, 2026)).toBeCloseTo(0.2, 12);
  });

  it('steps when start and end years are equal', () => {
    const step = withDefaults({
      'xpu.shareStart': 0.1,
      'xpu.shareEnd': 0.3,
      'xpu.startYear': 2026,
      'xpu.endYear': 2026,
    });
    expect(xpuShareAt(step, 2025.75)).toBe(0.1);
    expect(xpuShareAt(step, 2026)).toBe(0.3);
  });
});
