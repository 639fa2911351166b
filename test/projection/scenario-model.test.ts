import { describe, expect, it } from 'vitest';
import {
  firstProjectedQuarter,
  laterQuarter,
  runScenario,
  validateGrowthOverrides,
  type ModelInputs,
  type QuarterResult,
} from '../../projection/scenario-model';
import { historyQuarter } from './market/market-fixtures';
import { DATA_CONTEXT, GROWTH_TO_RATE_1_1, smallContext } from './model-fixtures';

const sumTam = (quarters: readonly QuarterResult[], from: string, to: string) =>
  quarters.filter((q) => q.period >= from && q.period <= to).reduce((s, q) => s + q.tam, 0);

describe('a scenario on the shared history', () => {
  // Scenarios that differ in everything a scenario holds, deals included.
  const scenarios: ModelInputs[] = [
    { assumptions: {} },
    {
      assumptions: {
        'tam.growth': 0.1,
        'segments.inferenceShareStart': 0.1,
        'xpu.inferenceShareEnd': 0.6,
        'amd.inference.shareCeiling': 0.5,
        'amd.grossMargin': 0.3,
      },
      growthOverrides: { 2027: 0.9 },
      deals: [],
    },
  ];
  const runs = scenarios.map((s) => runScenario(DATA_CONTEXT, s));

  it('shows the same history quarters in every scenario, from the rebuilt market', () => {
    const past = runs.map((r) => r.quarters.filter((q) => !q.isProjected));
    expect(past[0]!.map((q) => q.period)).toEqual(DATA_CONTEXT.history.map((h) => h.period));
    // Everything but the segment split and gross profit (the scenario's own estimates) is the
    // same to the last bit, so is the jump-off the projections start from.
    const reported = ({
      training: _t,
      inference: _i,
      segments: _s,
      grossProfit: _g,
      ...rest
    }: QuarterResult) => rest;
    expect(past[1]!.map(reported)).toEqual(past[0]!.map(reported));
    const { inferenceShare: _, ...jumpOff } = runs[0]!.jumpOff;
    expect(runs[1]!.jumpOff).toEqual({ ...jumpOff, inferenceShare: expect.any(Number) as number });
    past[0]!.forEach((q, i) => {
      const h = DATA_CONTEXT.history[i]!;
      expect(q.tam).toBe(h.total);
      expect(q.instinctRevenue).toBeCloseTo(h.amd, 6);
      expect(q.nvidiaRevenue).toBeCloseTo(h.nvidia, 6);
    });
    expect(firstProjectedQuarter(runs[0]!)).toBe('2026Q2');
  });

  it('parts ways from the jump-off', () => {
    const at = (i: number) => runs[i]!.years.find((y) => y.year === 2028)!.instinctRevenue;
    expect(at(0)).not.toBeCloseTo(at(1), 0);
  });

  it('gives gross profit = revenue × margin exactly, per quarter and per year', () => {
    runs.forEach((run, i) => {
      const margin = scenarios[i]!.assumptions['amd.grossMargin'] ?? 0.5;
      for (const q of run.quarters) expect(q.grossProfit).toBe(q.instinctRevenue * margin);
      for (const y of run.years) expect(y.grossProfit).toBe(y.instinctRevenue * margin);
    });
  });
});

describe('growth overrides, by hand on the small history', () => {
  // Jump-off 2025Q4, fade 50%. No override: 2026 grows 50.15% (quarters 1,100, 1,210, 1,331,
  // 1,464.1, sum 5,105.1). Override 2027 = 20%: 2027 = 5,105.1 × 1.2 = 6,126.12. 2028 fades from
  // the override, not from 2026: 20% × (1 − 0.5) = 10%, so 6,126.12 × 1.1 = 6,738.732.
  it('replaces the growth of the projected year starting in its calendar year; later years fade from it', () => {
    const run = runScenario(smallContext('2028Q4'), {
      assumptions: { 'tam.growth': GROWTH_TO_RATE_1_1, 'tam.growthFade': 0.5 },
      growthOverrides: { 2027: 0.2 },
    });
    const projected = run.quarters.filter((q) => q.isProjected).slice(0, 4);
    expect(projected.map((q) => q.tam)).toEqual([1100, 1210, 1331, 1464.1].map((v) => expect.closeTo(v, 9)));
    const tam = (year: number) => run.years.find((y) => y.year === year)!.tam;
    expect(tam(2026)).toBeCloseTo(5105.1, 9);
    expect(tam(2027)).toBeCloseTo(6126.12, 9);
    expect(tam(2028)).toBeCloseTo(6738.732, 9);
    expect(run.years.find((y) => y.year === 2027)!.tamGrowth).toBeCloseTo(0.2, 12);
  });

  // Jump-off 2025Q3 (history 2024Q4–2025Q3, totals 700…1,000), so projected years run Q4 to Q3.
  // tam.growth 50.15%, fade 50%. Year 1 (2025Q4–2026Q3) starts in 2025: 1,100 … 1,464.1, sum
  // 5,105.1. Override 2026 = 10% is year 2 (2026Q4–2027Q3, it starts in 2026, though most of it is
  // 2027): 5,105.1 × 1.1 = 5,615.61. Year 3 fades from it: 5% → 5,615.61 × 1.05 = 5,896.3905.
  // Without the override year 2 would be 50.15% / 2 = 25.075%: 5,105.1 × 1.25075 = 6,385.203825.
  const midYear = smallContext('2028Q3');
  const shifted = {
    ...midYear,
    history: [
      historyQuarter('2024Q4', 490, 35, 140, 35),
      historyQuarter('2025Q1', 560, 40, 160, 40),
      historyQuarter('2025Q2', 630, 45, 180, 45),
      historyQuarter('2025Q3', 700, 50, 200, 50),
    ],
  };
  const assumptions = { 'tam.growth': GROWTH_TO_RATE_1_1, 'tam.growthFade': 0.5 };

  it('keys a projected year by the calendar year its first quarter falls in', () => {
    const run = runScenario(shifted, { assumptions, growthOverrides: { 2026: 0.1 } });
    expect(sumTam(run.quarters, '2025Q4', '2026Q3')).toBeCloseTo(5105.1, 9);
    expect(sumTam(run.quarters, '2026Q4', '2027Q3')).toBeCloseTo(5615.61, 9);
    expect(sumTam(run.quarters, '2027Q4', '2028Q3')).toBeCloseTo(5896.3905, 9);
    const plain = runScenario(shifted, { assumptions });
    expect(sumTam(plain.quarters, '2026Q4', '2027Q3')).toBeCloseTo(6385.203825, 9);
  });

  it('lets an override of the first projected year replace tam.growth', () => {
    // tam.growth 0 would keep year 1 at 3,400; the 2025 override gives 5,105.1 instead.
    const run = runScenario(shifted, {
      assumptions: { ...assumptions, 'tam.growth': 0 },
      growthOverrides: { 2025: GROWTH_TO_RATE_1_1 },
    });
    expect(sumTam(run.quarters, '2025Q4', '2026Q3')).toBeCloseTo(5105.1, 9);
  });

  it.each([
    [{ 2027: 6 }, 'TAM growth override for 2027 must be between -90% and 500%, got 6'],
    [{ 2027: Number.NaN }, 'TAM growth override for 2027 must be between -90% and 500%, got NaN'],
    [{ 1999: 0.1 }, 'TAM growth override for 1999: the year must be a whole year from 2000 to 2100'],
  ])('refuses %j', (overrides, message) => {
    expect(validateGrowthOverrides(overrides)).toEqual([message]);
    expect(() => runScenario(smallContext(), { assumptions: {}, growthOverrides: overrides })).toThrow(
      `invalid growth overrides: ${message}`,
    );
  });

  it('accepts the range ends', () => {
    expect(validateGrowthOverrides({ 2026: -0.9, 2027: 5 })).toEqual([]);
  });
});

describe('growth rates of partial years', () => {
  // History 2024Q2–2025Q4 (2024 has three quarters), horizon 2027Q2 (2027 has two).
  const context = {
    ...smallContext('2027Q2'),
    history: ['2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((p, i) =>
      historyQuarter(p, 490 + 70 * i, 35 + 5 * i, 140 + 20 * i, 35 + 5 * i),
    ),
  };
  const run = runScenario(context, { assumptions: {} });
  const year = (y: number) => run.years.find((r) => r.year === y)!;

  it('are null when either year is not whole', () => {
    expect(run.years.map((y) => [y.year, y.quarterCount])).toEqual([
      [2024, 3],
      [2025, 4],
      [2026, 4],
      [2027, 2],
    ]);
    for (const y of [2024, 2025, 2027]) {
      expect(year(y).tamGrowth).toBeNull();
      expect(year(y).yoy).toBeNull();
    }
    expect(year(2026).tamGrowth).toBeCloseTo(year(2026).tam / year(2025).tam - 1, 12);
    expect(year(2026).yoy).toBeCloseTo(year(2026).instinctRevenue / year(2025).instinctRevenue - 1, 12);
  });

  it('are null for a quarter without the same quarter a year earlier', () => {
    expect(run.quarters.slice(0, 4).map((q) => q.yoy)).toEqual([null, null, null, null]);
    // 2025Q2: AMD 55 in history against 35 in 2024Q2.
    expect(run.quarters[4]!.yoy).toBeCloseTo(
      run.quarters[4]!.instinctRevenue / run.quarters[0]!.instinctRevenue - 1,
      12,
    );
    expect(run.quarters[4]!.instinctRevenue).toBeCloseTo(55, 9);
  });
});

describe('refusals', () => {
  it('refuses history settings in a scenario, with the reason', () => {
    expect(() =>
      runScenario(smallContext(), { assumptions: { 'history.otherShare': 0.1, 'tam.growth': 0.2 } }),
    ).toThrow(
      "history.otherShare: history settings are the workbook's, the same for every scenario, not a scenario's assumptions",
    );
  });

  it('refuses invalid assumptions and deals with every reason', () => {
    expect(() =>
      runScenario(smallContext(), {
        assumptions: { 'amd.training.shareFloor': 0.2, 'amd.training.shareCeiling': 0.1 },
      }),
    ).toThrow(/invalid assumptions: AMD's training share floor 20% is above its ceiling 10%/);
    expect(() =>
      runScenario(smallContext(), {
        assumptions: {},
        deals: [
          {
            name: 'X',
            gigawatts: -1,
            startQuarter: '2026Q1',
            rampYears: 1,
            usdBillionsPerGw: 1,
            amdContentShare: 0.5,
          },
        ],
      }),
    ).toThrow(/gigawatts must be 0 or more/);
  });

  it('runs to a later horizon when asked', () => {
    const run = runScenario(smallContext('2026Q4'), { assumptions: {} }, '2027Q2');
    expect(run.quarters.at(-1)!.period).toBe('2027Q2');
    expect(laterQuarter('2026Q4', '2027Q2')).toBe('2027Q2');
    expect(laterQuarter('2027Q3', '2027Q2')).toBe('2027Q3');
  });
});
