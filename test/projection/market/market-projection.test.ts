import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../projection/market/deals';
import { projectMarket, type MarketProjectionInputs } from '../../../projection/market/market-projection';
import { historyQuarter } from './market-fixtures';

// Totals 700, 800, 900, 1000; the jump-off 2025Q4 has XPU 20%, other 5%, AMD 50 / 750 = 1/15.
const HISTORY = [
  historyQuarter('2025Q1', 490, 35, 140, 35),
  historyQuarter('2025Q2', 560, 40, 160, 40),
  historyQuarter('2025Q3', 630, 45, 180, 45),
  historyQuarter('2025Q4', 700, 50, 200, 50),
];

const ASSUMPTIONS = {
  // Year 1 = trailing 3400 × (1 + g) = 5105.1 = 1000 × (1.1 + 1.21 + 1.331 + 1.4641): r = 1.1.
  'tam.growth': 5105.1 / 3400 - 1,
  'tam.growthFade': 0.5,
  'segments.inferenceShareStart': 0.4,
  'segments.inferenceStartYear': 2024,
  'segments.inferenceShareEnd': 0.8,
  'segments.inferenceEndYear': 2028,
  'xpu.trainingShareEnd': 0.1,
  'xpu.inferenceShareEnd': 0.4,
  'other.trainingShareEnd': 0.05,
  'other.inferenceShareEnd': 0.09,
  'shares.endYear': 2027,
  'amd.training.shareFloor': 0.1,
  'amd.training.shareCeiling': 0.1,
  'amd.training.rampSpeed': 0.25,
  'amd.inference.shareFloor': 0.3,
  'amd.inference.shareCeiling': 0.3,
  'amd.inference.rampSpeed': 0.5,
} as const;

const DEAL: Deal = {
  name: 'Test',
  gigawatts: 2,
  startQuarter: '2026Q2',
  rampYears: 0.5,
  usdBillionsPerGw: 10,
  amdContentShare: 0.5,
};

const base: MarketProjectionInputs = {
  history: HISTORY,
  assumptions: ASSUMPTIONS,
  deals: [DEAL],
  endQuarter: '2026Q4',
};

describe('the market projection', () => {
  const projection = projectMarket(base);
  const projected = projection.quarters.filter((q) => q.isProjected);

  it('starts from the jump-off: the last history quarter and its shares', () => {
    expect(projection.jumpOff).toMatchObject({
      quarter: '2025Q4',
      tam: 1000,
      trailingTam: 3400,
      trailingGrowth: null,
    });
    expect(projection.jumpOff.xpuShare).toBeCloseTo(0.2, 12);
    expect(projection.jumpOff.otherShare).toBeCloseTo(0.05, 12);
    expect(projection.jumpOff.amdShare).toBeCloseTo(1 / 15, 12);
    expect(projection.quarters.map((q) => q.isProjected)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  it('grows the TAM so the first year is the trailing four quarters × (1 + growth), without a jump', () => {
    // 1000 × 1.1 = 1100, 1210, 1331, 1464.1: the first quarter continues from the jump-off's 1000.
    expect(projected.map((q) => q.tam)).toEqual([1100, 1210, 1331, 1464.1].map((v) => expect.closeTo(v, 9)));
    expect(projected.reduce((s, q) => s + q.tam, 0)).toBeCloseTo(3400 * (1 + ASSUMPTIONS['tam.growth']), 9);
  });

  it('splits 2026Q1 into segments with their own shares (worked by hand)', () => {
    // Inference share at 2026.0: 0.4 + (0.8 − 0.4) × 2 / 4 = 0.6 → inference 660, training 440.
    // A fifth of the way from the jump-off (2025.75) to 2027.0 (0.25 of 1.25 years):
    //   XPU training 0.2 + (0.1 − 0.2) × 0.2 = 0.18, inference 0.2 + 0.2 × 0.2 = 0.24
    //   other training 0.05, inference 0.05 + 0.04 × 0.2 = 0.058
    //   xpuShare = (440 × 0.18 + 660 × 0.24) / 1100 = 237.6 / 1100 = 0.216
    //   otherShare = (440 × 0.05 + 660 × 0.058) / 1100 = 60.28 / 1100 = 0.0548
    //   merchant = 1100 × (1 − 0.216 − 0.0548) = 802.12 (training 440 × 0.77 = 338.8, inference 660 × 0.702 = 463.32)
    // AMD (floor = ceiling, so the ramp is flat and only the blend with 1/15 moves):
    //   training w = e^(−0.25 × 4 × 0.25) = 0.778801; 0.778801 / 15 + 0.221199 × 0.1 = 0.0740400
    //   inference w = e^(−0.5) = 0.606531; 0.606531 / 15 + 0.393469 × 0.3 = 0.1584762
    //   Instinct = 338.8 × 0.0740400 + 463.32 × 0.1584762 = 25.0847 + 73.4252 = 98.5099
    //   NVIDIA = 802.12 − 98.5099 = 703.6101
    const q = projected[0]!;
    expect(q.inference).toBeCloseTo(660, 9);
    expect(q.training).toBeCloseTo(440, 9);
    expect(q.segments.training.xpuShare).toBeCloseTo(0.18, 12);
    expect(q.segments.inference.xpuShare).toBeCloseTo(0.24, 12);
    expect(q.segments.inference.otherShare).toBeCloseTo(0.058, 12);
    expect(q.xpuShare).toBeCloseTo(0.216, 12);
    expect(q.otherShare).toBeCloseTo(0.0548, 12);
    expect(q.merchant).toBeCloseTo(802.12, 9);
    expect(q.segments.training.amdShare).toBeCloseTo(0.07404, 5);
    expect(q.segments.inference.amdShare).toBeCloseTo(0.158476, 5);
    expect(q.instinctRevenue).toBeCloseTo(98.5099, 3);
    expect(q.nvidiaRevenue).toBeCloseTo(703.6101, 3);
  });

  it('books a deal evenly over its ramp as a floor and flags share-driven revenue below it', () => {
    // 2 GW × 10 B$/GW × 50% × 1000 = 10,000 USD millions over two quarters on a linear ramp:
    // weights 1 and 2 of 3, so 3,333.3 in 2026Q2 and 6,666.7 in 2026Q3.
    const deals = projected.map((q) => q.dealRevenue);
    expect(deals[0]).toBe(0);
    expect(deals[1]).toBeCloseTo(10000 / 3, 9);
    expect(deals[2]).toBeCloseTo(20000 / 3, 9);
    expect(deals[3]).toBe(0);
    const [q1, q2, , q4] = projected;
    expect(q1!.isBelowDeals).toBe(false);
    expect(q2!.isBelowDeals).toBe(true);
    expect(q2!.revenueFromDeals).toBe(q2!.instinctRevenue);
    expect(q2!.revenueFromRest).toBe(0);
    expect(q4!.revenueFromRest).toBe(q4!.instinctRevenue);
    const year = projection.years.find((y) => y.year === 2026)!;
    expect(year.dealRevenue).toBe(10000);
    expect(year.quartersBelowDeals).toBe(2);
  });

  it('takes the TAM from hyperscaler capex when asked, closing the gap to history over four quarters', () => {
    // Capex 2,500 in 2025Q4; 2026 guided to 2,500 × 5.1051 = 12,762.75, so capex grows 10% a
    // quarter: 2,750, 3,025, 3,327.5, 3,660.25; then 21.550625% a year = 5% a quarter: 3,843.2625.
    // Capex-implied TAM = capex × 0.25 / 0.5: 1,250 at the jump-off against the history's 1,000,
    // so c = 0.8 and the factor is 0.85, 0.9, 0.95, 1, 1:
    //   TAM = 1,375 × 0.85 = 1,168.75; 1,512.5 × 0.9 = 1,361.25; 1,663.75 × 0.95 = 1,580.5625;
    //   1,830.125; 1,921.63125.
    const capexDriven = projectMarket({
      ...base,
      endQuarter: '2027Q1',
      capex: [
        { period: '2025Q3', value: 2000 },
        { period: '2025Q4', value: 2500 },
      ],
      assumptions: {
        ...ASSUMPTIONS,
        'tam.driver': 1,
        'capex.guidanceYear': 2026,
        'capex.guidance': 12762.75,
        'capex.growth': 0.21550625,
        'capex.acceleratorFraction': 0.25,
        'hyperscaler.demandShare': 0.5,
      },
    });
    const quarters = capexDriven.quarters.filter((q) => q.isProjected);
    expect(quarters.map((q) => q.capex)).toEqual(
      [2750, 3025, 3327.5, 3660.25, 3843.2625].map((v) => expect.closeTo(v, 6)),
    );
    expect(quarters.map((q) => q.tam)).toEqual(
      [1168.75, 1361.25, 1580.5625, 1830.125, 1921.63125].map((v) => expect.closeTo(v, 6)),
    );
    expect(capexDriven.quarters[3]!.capex).toBe(2500);
  });

  it('refuses invalid scenarios with the reason', () => {
    const refuse = (assumptions: Record<string, number>, pattern: RegExp) =>
      expect(() => projectMarket({ ...base, assumptions: { ...ASSUMPTIONS, ...assumptions } })).toThrow(
        pattern,
      );
    refuse(
      { 'amd.training.shareFloor': 0.3, 'amd.training.shareCeiling': 0.2 },
      /training share floor 30% is above its ceiling 20%/,
    );
    refuse(
      { 'segments.inferenceStartYear': 2029, 'segments.inferenceEndYear': 2027 },
      /starts in 2029, after its end year 2027/,
    );
    refuse({ 'xpu.inferenceShareEnd': 0.7, 'other.inferenceShareEnd': 0.4 }, /add up to more than 100%/);
    refuse({ 'amd.rampSpeedVsEpyc': 1 }, /no fit was given/);
    refuse({ 'tam.driver': 1 }, /capex/);
    refuse({ 'tam.driver': 1, 'capex.acceleratorFraction': 0 }, /accelerator fraction of capex above 0%/);
    expect(() => projectMarket({ ...base, deals: [{ ...DEAL, rampYears: 0.3 }] })).toThrow(/ramp years/);
    expect(() => projectMarket({ ...base, history: HISTORY.slice(0, 3) })).toThrow(/four quarters/);
    expect(() => projectMarket({ ...base, endQuarter: '2025Q4' })).toThrow(/jump-off/);
  });
});
