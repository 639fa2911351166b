import { describe, it, expect } from 'vitest';
import {
  DEFAULT_DEALS,
  dealFloor,
  dealValue,
  validateDeals,
  type Deal,
} from '../../../projection/market/deals';
import { parseQuarter, quarterIndex } from '../../../projection/period';
import { runScenario } from '../../../projection/scenario-model';
import { DATA_CONTEXT } from '../model-fixtures';

const at = (period: string) => quarterIndex(parseQuarter(period));

/** OpenAI as the statements give it: 6 GW from 2026Q3 over 4 years, 50 B$ per GW, AMD content 25%. */
const OPENAI: Deal = DEFAULT_DEALS[0]!;

describe("a deal's floor: a linear ramp", () => {
  // Value: 6 GW × 50 B$/GW × 25% × 1,000 = 75,000 USD millions. Over n = 4 × 4 = 16 quarters,
  // quarter k takes k ÷ (16 × 17 / 2) = k / 136 of it: 75,000 / 136 = 551.470588… a step.
  it('is worth gigawatts × price × AMD content', () => {
    expect(dealValue(OPENAI)).toBe(75_000);
  });

  it.each([
    ['2026Q2', 0], // before the start
    ['2026Q3', 551.4705882352941], // k = 1: 75,000 / 136
    ['2026Q4', 1102.9411764705883], // k = 2: 150,000 / 136
    ['2027Q1', 1654.4117647058824], // k = 3: 225,000 / 136
    ['2028Q4', 5514.705882352941], // k = 10: 750,000 / 136
    ['2030Q2', 8823.529411764706], // k = 16: 1,200,000 / 136
    ['2030Q3', 0], // after the ramp
  ])('books %s at %s', (period, value) => {
    const [floor] = dealFloor([OPENAI], at(period), at(period));
    expect(floor).toBeCloseTo(value, 9);
  });

  // Calendar years: 2026 k = 1–2 (3/136), 2027 k = 3–6 (18/136), 2028 k = 7–10 (34/136 = 1/4),
  // 2029 k = 11–14 (50/136), 2030 k = 15–16 (31/136); 3 + 18 + 34 + 50 + 31 = 136.
  it('adds up to the deal by years and in total', () => {
    const floor = dealFloor([OPENAI], at('2026Q1'), at('2030Q4'));
    const year = (y: number) => floor.slice(at(`${y}Q1`) - at('2026Q1'), at(`${y}Q4`) - at('2026Q1') + 1);
    const sum = (values: Float64Array) => values.reduce((s, v) => s + v, 0);
    expect([2026, 2027, 2028, 2029, 2030].map((y) => sum(year(y)))).toEqual(
      [3, 18, 34, 50, 31].map((k) => expect.closeTo((75_000 * k) / 136, 9)),
    );
    expect(sum(floor)).toBeCloseTo(75_000, 9);
  });

  it('sums deals and reads any window of quarters', () => {
    // Both default deals alike: twice the steps; the window 2027Q1–2027Q2 holds k = 3 and 4.
    expect([...dealFloor(DEFAULT_DEALS, at('2027Q1'), at('2027Q2'))]).toEqual([
      expect.closeTo((2 * 3 * 75_000) / 136, 9),
      expect.closeTo((2 * 4 * 75_000) / 136, 9),
    ]);
  });

  // One quarter's ramp books the whole value at once; a half-year one 1/3 and 2/3.
  it.each([
    [0.25, [1000]],
    [0.5, [1000 / 3, 2000 / 3]],
  ])('ramps over %s years as %j', (rampYears, values) => {
    const deal: Deal = { ...OPENAI, gigawatts: 1, usdBillionsPerGw: 2, amdContentShare: 0.5, rampYears };
    const floor = dealFloor([deal], at('2026Q3'), at('2027Q1'));
    expect([...floor]).toEqual(
      [...values, ...Array<number>(3 - values.length).fill(0)].map((v) => expect.closeTo(v, 9)),
    );
  });

  // Base on the default workbook: 2028 holds k = 7–10 of both deals, 2 × 75,000 / 4 = 37,500.
  it('is the dealRevenue of a scenario', () => {
    const run = runScenario(DATA_CONTEXT, { assumptions: {} });
    expect(run.years.find((y) => y.year === 2028)!.dealRevenue).toBeCloseTo(37_500, 6);
    expect(run.quarters.find((q) => q.period === '2026Q2')!.dealRevenue).toBe(0);
  });
});

describe('deal refusals', () => {
  it.each([
    [{ name: ' ' }, 'a deal needs a name'],
    [{ startQuarter: '2026Q5' }, 'deal "OpenAI": start "2026Q5" is not a quarter (YYYYQn)'],
    [{ gigawatts: -1 }, 'deal "OpenAI": gigawatts must be 0 or more'],
    [{ usdBillionsPerGw: Number.NaN }, 'deal "OpenAI": USD billions per GW must be 0 or more'],
    [{ amdContentShare: 1.1 }, 'deal "OpenAI": AMD\'s content share must be between 0% and 100%'],
    [
      { rampYears: 0.3 },
      'deal "OpenAI": ramp years must be above 0, at most 20, in quarters (0.25 steps), got 0.3',
    ],
    [
      { rampYears: 0 },
      'deal "OpenAI": ramp years must be above 0, at most 20, in quarters (0.25 steps), got 0',
    ],
    [
      { rampYears: 20.25 },
      'deal "OpenAI": ramp years must be above 0, at most 20, in quarters (0.25 steps), got 20.25',
    ],
  ] as const)('refuses %j', (change, message) => {
    const deal = { ...OPENAI, ...change } as Deal;
    expect(validateDeals([deal])).toEqual([message]);
    expect(() => dealFloor([deal], at('2026Q1'), at('2026Q4'))).toThrow(`invalid deals: ${message}`);
  });

  it('accepts a deal of nothing', () => {
    const floor = dealFloor([{ ...OPENAI, gigawatts: 0 }], at('2026Q1'), at('2030Q4'));
    expect(floor.every((v) => v === 0)).toBe(true);
  });
});
