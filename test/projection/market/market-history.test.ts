import { describe, expect, it } from 'vitest';
import { buildMarketHistory, type MarketData } from '../../../projection/market/market-history';

/** Two quarters, 2025Q1 and 2025Q2, small enough to rebuild by hand. */
const TWO_QUARTERS: MarketData = {
  amdDataCenter: [
    { period: '2025Q1', value: 1000 },
    { period: '2025Q2', value: 1200 },
  ],
  // NVIDIA's year ends in January: FY quarters stored under 2024Q4, 2025Q1, 2025Q2.
  nvidiaDataCenter: {
    fiscalYearEndMonth: 1,
    quarters: [
      { period: '2024Q4', value: 300 },
      { period: '2025Q1', value: 600 },
      { period: '2025Q2', value: 900 },
    ],
    years: [],
  },
  broadcomAi: {
    fiscalYearEndMonth: 10,
    quarters: [
      { period: '2024Q4', value: 90 },
      { period: '2025Q1', value: 120 },
      { period: '2025Q2', value: 150 },
    ],
    years: [],
  },
  x86RevenueShare: [
    { period: '2025Q1', value: 35 },
    { period: '2025Q2', value: 40 },
  ],
  instinctEstimates: [],
  anchors: [{ period: '2025Q1', value: 300, qualifier: 'exact', label: 'test anchor', source: 'test' }],
};

const TWO_QUARTER_ASSUMPTIONS = {
  'history.nvidiaAcceleratorFraction': 0.8,
  'history.xpuFractionOfBroadcomAi': 0.6,
  'history.broadcomShareOfXpu': 0.5,
  'history.otherShare': 0.04,
  'history.serverCpuMarketGrowth': 0.21550625,
} as const;

describe('the market rebuilt from reported data', () => {
  it('adds NVIDIA, AMD, XPU and other per calendar quarter (worked by hand)', () => {
    // 2025Q1
    //   NVIDIA: (300 + 2 × 600) / 3 = 500 calendarised × 0.8 = 400
    //   AMD: the anchor, 300 (EPYC 700; x86 server CPU market 700 / 0.35 = 2000)
    //   XPU: Broadcom (90 + 2 × 120) / 3 = 110 × 0.6 / 0.5 = 132
    //   other: (400 + 300 + 132) × 0.04 / 0.96 = 832 / 24 = 34.6667; total 866.6667
    // 2025Q2
    //   NVIDIA: (600 + 2 × 900) / 3 = 800 × 0.8 = 640
    //   AMD: market 2000 × 1.21550625^(1/4) = 2000 × 1.05 = 2100; EPYC 0.40 × 2100 = 840;
    //        Instinct 1200 − 840 = 360
    //   XPU: (120 + 2 × 150) / 3 = 140 × 1.2 = 168
    //   other: (640 + 360 + 168) / 24 = 48.6667; total 1216.6667
    const [q1, q2] = buildMarketHistory(TWO_QUARTERS, TWO_QUARTER_ASSUMPTIONS);
    expect(q1).toMatchObject({ period: '2025Q1', nvidia: 400, amd: 300, epyc: 700, dataCenter: 1000 });
    expect(q1!.xpu).toBeCloseTo(132, 9);
    expect(q1!.other).toBeCloseTo(34.6667, 4);
    expect(q1!.total).toBeCloseTo(866.6667, 4);
    expect(q2!.period).toBe('2025Q2');
    expect(q2!.nvidia).toBeCloseTo(640, 9);
    expect(q2!.amd).toBeCloseTo(360, 9);
    expect(q2!.epyc).toBeCloseTo(840, 9);
    expect(q2!.xpu).toBeCloseTo(168, 9);
    expect(q2!.total).toBeCloseTo(1216.6667, 4);
    // The other share is exactly the assumption.
    expect(q2!.other / q2!.total).toBeCloseTo(0.04, 12);
  });

  it('says where every part came from', () => {
    const [q1] = buildMarketHistory(TWO_QUARTERS, TWO_QUARTER_ASSUMPTIONS);
    expect(q1!.sources.nvidia).toBe(
      'NVIDIA Data Center revenue calendarised (FY2025Q4 300 + 2 × FY2026Q1 600) / 3 = 500 × accelerator fraction 80%',
    );
    expect(q1!.sources.xpu).toContain('(FY2025Q1 90 + 2 × FY2025Q2 120) / 3 = 110 × XPU fraction 60%');
    expect(q1!.sources.amd).toContain('at the anchor 2025Q1 (test anchor)');
    expect(q1!.sources.other).toContain('4%');
  });

  it('ends where AMD and NVIDIA end, carrying Broadcom at most two quarters', () => {
    const data: MarketData = {
      ...TWO_QUARTERS,
      broadcomAi: { ...TWO_QUARTERS.broadcomAi, quarters: TWO_QUARTERS.broadcomAi.quarters.slice(0, 2) },
    };
    const history = buildMarketHistory(data, TWO_QUARTER_ASSUMPTIONS);
    expect(history.map((q) => q.period)).toEqual(['2025Q1', '2025Q2']);
    expect(history[1]!.sources.xpu).toContain('FY2025Q3 160 (extrapolated)');
  });

  it('refuses when no quarter has every part, and refuses invalid assumptions', () => {
    expect(() =>
      buildMarketHistory({ ...TWO_QUARTERS, amdDataCenter: [{ period: '2019Q1', value: 1 }], anchors: [] }),
    ).toThrow();
    expect(() => buildMarketHistory(TWO_QUARTERS, { 'history.otherShare': 1 })).toThrow(/between 0 and 0.99/);
  });
});
