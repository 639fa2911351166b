import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instinctHistory, type InstinctAnchor } from '../../../projection/market/instinct-history';

const anchor = (period: string, value: number, qualifier: InstinctAnchor['qualifier']): InstinctAnchor => ({
  period,
  value,
  qualifier,
  label: `anchor ${period}`,
  source: 'test',
});

describe('implied Instinct and EPYC', () => {
  // AMD Data Center revenue 900 (2023Q4), 1000, 1100, 1200, 1300 (2024), 1500 (2025Q1); x86
  // revenue share 50% up to 2024Q4, 60% in 2025Q1. Anchors: 2024Q1 Instinct exactly 200, and
  // 2024 Instinct 887.2 (approximate).
  // - 2024Q1: EPYC = 1000 - 200 = 800, so the x86 server CPU market X = 800 / 0.5 = 1600.
  // - 2024: EPYC must add up to 4600 - 887.2 = 3712.8, so X adds up to 7425.6 over the year.
  //   With X geometric from 1600 (Q1) to X4 (Q4), step ρ = (X4 / 1600)^(1/3):
  //   1600 (1 + ρ + ρ² + ρ³) = 7425.6 → 1 + ρ + ρ² + ρ³ = 4.641 → ρ = 1.1 (1 + 1.1 + 1.21 + 1.331).
  //   X = 1600, 1760, 1936, 2129.6; EPYC = 800, 880, 968, 1064.8; Instinct = 200, 220, 232, 235.2.
  // - 2023Q4, before the first anchor: Instinct keeps 200 / 1000 = 20% of DC: 180, EPYC 720.
  // - 2025Q1, after the last anchor: X grows 21.550625% a year = 5% a quarter: 2129.6 × 1.05 =
  //   2236.08; EPYC = 0.6 × 2236.08 = 1341.648; Instinct = 1500 - 1341.648 = 158.352.
  const inputs = {
    dataCenter: [
      { period: '2023Q4', value: 900 },
      { period: '2024Q1', value: 1000 },
      { period: '2024Q2', value: 1100 },
      { period: '2024Q3', value: 1200 },
      { period: '2024Q4', value: 1300 },
      { period: '2025Q1', value: 1500 },
    ],
    revenueShare: [
      { period: '2023Q4', value: 50 },
      { period: '2024Q4', value: 50 },
      { period: '2025Q1', value: 60 },
    ],
    anchors: [anchor('2024', 887.2, 'approx'), anchor('2024Q1', 200, 'exact')],
    estimates: [],
    margin: 0.1,
    marketGrowth: 0.21550625,
  };

  it('anchors EPYC on the statements and carries it by the revenue share between them', () => {
    const rows = instinctHistory(inputs);
    const expected = [
      ['2023Q4', 180, 720],
      ['2024Q1', 200, 800],
      ['2024Q2', 220, 880],
      ['2024Q3', 232, 968],
      ['2024Q4', 235.2, 1064.8],
      ['2025Q1', 158.352, 1341.648],
    ] as const;
    expect(rows.map((r) => r.period)).toEqual(expected.map((e) => e[0]));
    rows.forEach((r, i) => {
      expect(r.instinct, r.period).toBeCloseTo(expected[i]![1], 6);
      expect(r.epyc, r.period).toBeCloseTo(expected[i]![2], 6);
      expect(r.epyc + r.instinct).toBeCloseTo(r.dataCenter, 9);
    });
    expect(rows[0]!.rule).toMatch(/before the first anchor/);
    expect(rows[5]!.rule).toMatch(/x86 revenue share 60\.0%/);
  });

  it('takes a "more than" statement the margin above it', () => {
    // 2024Q1 more than 200 with a 10% margin: Instinct 220, EPYC 780.
    const rows = instinctHistory({ ...inputs, anchors: [anchor('2024Q1', 200, 'lower_bound')] });
    expect(rows[1]!.instinct).toBeCloseTo(220, 9);
  });

  it('lets a quarter anchor override a year anchor ending in the same quarter', () => {
    const rows = instinctHistory({
      ...inputs,
      anchors: [
        anchor('2024', 887.2, 'approx'),
        anchor('2024Q4', 300, 'exact'),
        anchor('2024Q1', 200, 'exact'),
      ],
    });
    expect(rows[4]!.instinct).toBeCloseTo(300, 9);
    expect(rows[4]!.rule).toContain('anchor 2024Q4');
  });

  it("lets the user's quarterly estimates win: a value replaces, a bound raises or lowers", () => {
    const rows = instinctHistory({
      ...inputs,
      estimates: [
        { period: '2024Q3', value: 300, qualifier: 'lower_bound' },
        { period: '2025Q1', value: 100, qualifier: 'upper_bound' },
        { period: '2024Q2', value: 5000, qualifier: 'exact' },
        { period: '2024', value: 99999, qualifier: 'exact' },
      ],
    });
    expect(rows[3]!.instinct).toBe(300);
    expect(rows[3]!.epyc).toBe(900);
    expect(rows[5]!.instinct).toBe(100);
    // An estimate above Data Center revenue is held to it.
    expect(rows[2]!.instinct).toBe(1100);
    expect(rows[2]!.implied).toBeCloseTo(220, 6);
    // The year value is left to the anchors: the anchor quarters are unchanged.
    expect(rows[4]!.instinct).toBeCloseTo(235.2, 6);
  });

  it('refuses without a revenue share or without an anchor inside the data', () => {
    expect(() => instinctHistory({ ...inputs, revenueShare: [] })).toThrow(/revenue share/);
    expect(() => instinctHistory({ ...inputs, anchors: [anchor('2019Q1', 1, 'exact')] })).toThrow(
      /statement/,
    );
  });

  it('keeps Instinct within 0 and Data Center revenue for any data (property)', () => {
    const quarter = (i: number) => `${2023 + Math.floor(i / 4)}Q${(i % 4) + 1}`;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 4, maxLength: 12 }),
        fc.array(fc.double({ min: 1, max: 99, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        fc.double({ min: 0, max: 4e5, noNaN: true }),
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        (dc, shares, quarterAnchor, yearAnchor, marketGrowth) => {
          const rows = instinctHistory({
            dataCenter: dc.map((value, i) => ({ period: quarter(i), value })),
            revenueShare: shares.map((value, i) => ({ period: quarter(i), value })),
            anchors: [anchor('2023Q2', quarterAnchor, 'lower_bound'), anchor('2023', yearAnchor, 'approx')],
            estimates: [],
            margin: 0.03,
            marketGrowth,
          });
          for (const r of rows) {
            expect(r.instinct).toBeGreaterThanOrEqual(0);
            expect(r.instinct).toBeLessThanOrEqual(r.dataCenter);
            expect(r.epyc).toBeCloseTo(r.dataCenter - r.instinct, 6);
          }
        },
      ),
    );
  });
});
