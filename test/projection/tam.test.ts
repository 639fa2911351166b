import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { withDefaults } from '../../projection/assumptions';
import { growthPath, quarterlySplit, tamPath, validateGrowthOverrides } from '../../projection/tam';

const defaults = withDefaults({});

describe('annual TAM with fading growth', () => {
  // Worked by hand from tam.base 45000 (2023), tam.growth 0.60, tam.growthFade 0.15:
  //   g2024 = 0.60                 TAM2024 = 45000 x 1.60     = 72000
  //   g2025 = 0.60 x 0.85 = 0.51   TAM2025 = 72000 x 1.51     = 108720
  //   g2026 = 0.51 x 0.85 = 0.4335 TAM2026 = 108720 x 1.4335  = 155850.12
  //   g2027 = 0.4335 x 0.85 = 0.368475
  //                                TAM2027 = 155850.12 x 1.368475 = 213276.992967
  it('compounds and fades', () => {
    const path = tamPath(defaults, {}, 2027);
    expect(path.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(path.map((y) => y.growth)).toEqual([
      null,
      0.6,
      expect.closeTo(0.51, 12),
      expect.closeTo(0.4335, 12),
      expect.closeTo(0.368475, 12),
    ]);
    expect(path[0]?.tam).toBe(45000);
    expect(path[1]?.tam).toBeCloseTo(72000, 6);
    expect(path[2]?.tam).toBeCloseTo(108720, 6);
    expect(path[3]?.tam).toBeCloseTo(155850.12, 6);
    expect(path[4]?.tam).toBeCloseTo(213276.992967, 5);
  });

  // An override replaces that year's growth and later years fade from it:
  //   g2025 = 0.80 (override) TAM2025 = 72000 x 1.80 = 129600
  //   g2026 = 0.80 x 0.85 = 0.68  TAM2026 = 129600 x 1.68 = 217728
  //   g2027 = 0.68 x 0.85 = 0.578 TAM2027 = 217728 x 1.578 = 343574.784
  it('applies a per-year override and fades from it', () => {
    expect(growthPath(defaults, { 2025: 0.8 }, 2027)).toEqual([
      0.6,
      0.8,
      expect.closeTo(0.68, 12),
      expect.closeTo(0.578, 12),
    ]);
    const path = tamPath(defaults, { 2025: 0.8 }, 2027);
    expect(path.map((y) => y.tam)).toEqual([
      45000,
      expect.closeTo(72000, 6),
      expect.closeTo(129600, 6),
      expect.closeTo(217728, 6),
      expect.closeTo(343574.784, 5),
    ]);
  });

  it('lets an override replace the first projected year', () => {
    expect(growthPath(defaults, { 2024: 0.3 }, 2025)).toEqual([0.3, expect.closeTo(0.255, 12)]);
  });

  it('holds growth flat with no fade', () => {
    const a = withDefaults({ 'tam.growthFade': 0, 'tam.growth': 0.5 });
    expect(growthPath(a, {}, 2026)).toEqual([0.5, 0.5, 0.5]);
  });

  it('refuses overrides for the base year or earlier, and growth outside the range', () => {
    expect(validateGrowthOverrides({ 2023: 0.5 }, 2023)).toEqual([
      'TAM growth override for 2023: the year must come after the base year 2023',
    ]);
    expect(validateGrowthOverrides({ 2025: -0.95 }, 2023)).toEqual([
      'TAM growth override for 2025 must be between -90% and 500%, got -0.95',
    ]);
    expect(validateGrowthOverrides({ 2025: 0.2, 2030: 1 }, 2023)).toEqual([]);
  });
});

describe('quarterly split', () => {
  // Growth (1.5)^4 - 1 = 4.0625 gives a quarterly rate r = 1.5 exactly; the weights are
  // 1 : 1.5 : 2.25 : 3.375, which add up to 8.125, so 8125 splits into 1000, 1500, 2250, 3375.
  it('grows geometrically at the quarterly rate and adds up to the year', () => {
    expect(quarterlySplit(8125, 4.0625)).toEqual([1000, 1500, 2250, 3375]);
  });

  it('splits evenly with no growth', () => {
    expect(quarterlySplit(400, 0)).toEqual([100, 100, 100, 100]);
  });

  // 72000 at 60%: r = 1.6^(1/4) = 1.12468265; 1 + r + r^2 + r^3 = 4.81221724;
  // Q1 = 72000 / 4.81221724 = 14961.918, then x r each quarter.
  it('splits 2024 of the default path', () => {
    const [q1, q2, q3, q4] = quarterlySplit(72000, 0.6);
    expect(q1).toBeCloseTo(14961.918046, 5);
    expect(q2).toBeCloseTo(16827.409642, 5);
    expect(q3).toBeCloseTo(18925.495676, 5);
    expect(q4).toBeCloseTo(21285.176636, 5);
  });

  it('is seamless across year ends when growth is steady', () => {
    const a = withDefaults({ 'tam.growthFade': 0, 'tam.growth': 0.6 });
    const [y2024, y2025] = tamPath(a, {}, 2025).slice(1);
    const r = Math.pow(1.6, 0.25);
    expect((y2025?.quarters[0] ?? 0) / (y2024?.quarters[3] ?? 1)).toBeCloseTo(r, 12);
  });

  it('splits the base year at the next year growth', () => {
    const a = withDefaults({ 'tam.base': 8125, 'tam.growth': 4.0625 });
    expect(tamPath(a, {}, 2023)[0]?.quarters).toEqual([1000, 1500, 2250, 3375]);
  });
});

const growth = fc.double({ min: -0.9, max: 5, noNaN: true });
const fade = fc.double({ min: 0, max: 1, noNaN: true });

describe('TAM properties', () => {
  it('rises with growth in every year after the base year', () => {
    fc.assert(
      fc.property(growth, growth, fade, (g1, g2, f) => {
        fc.pre(Math.abs(g1 - g2) > 1e-9);
        const [low, high] = g1 < g2 ? [g1, g2] : [g2, g1];
        const a = (g: number) => withDefaults({ 'tam.growth': g, 'tam.growthFade': f });
        const lowPath = tamPath(a(low), {}, 2032);
        const highPath = tamPath(a(high), {}, 2032);
        lowPath.slice(1).forEach((y, i) => expect(y.tam).toBeLessThan(highPath[i + 1]?.tam ?? 0));
      }),
    );
  });

  it('adds each year up from its quarters', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), growth, fade, (base, g, f) => {
        const path = tamPath(
          withDefaults({ 'tam.base': base, 'tam.growth': g, 'tam.growthFade': f }),
          {},
          2030,
        );
        for (const y of path) {
          const sum = y.quarters.reduce((s, q) => s + q, 0);
          expect(Math.abs(sum - y.tam)).toBeLessThanOrEqual(1e-9 * Math.max(1, y.tam));
        }
      }),
    );
  });
});
