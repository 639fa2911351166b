import { describe, it, expect } from 'vitest';
import { capexCheck } from '../../projection/capex-check';
import { runScenario } from '../../projection/scenario-model';
import { GROWTH_TO_RATE_1_1, smallContext } from './model-fixtures';

/**
 * The small history (TAM 700, 800, 900, 1,000 in 2025) with hyperscaler capex reported for 2025:
 * 1,400, 1,600, 1,800, 2,000 (6,800). Guidance for 2026 is 12,883.2 = 2,000 × (1.2 + 1.44 + 1.728
 * + 2.0736), so the capex path grows 20% a quarter: 2,400, 2,880, 3,456, 4,147.2. The growth
 * driver takes the TAM to 1,100, 1,210, 1,331, 1,464.1 (5,105.1). Defaults: demand share 50%,
 * accelerator fraction 30%.
 */
const CAPEX = [
  { period: '2025Q1', value: 1400 },
  { period: '2025Q2', value: 1600 },
  { period: '2025Q3', value: 1800 },
  { period: '2025Q4', value: 2000 },
];
const ASSUMPTIONS = {
  'tam.growth': GROWTH_TO_RATE_1_1,
  'capex.guidanceYear': 2026,
  'capex.guidance': 12_883.2,
};
const context = smallContext('2026Q4', CAPEX);

describe('capex check, by hand', () => {
  const rows = capexCheck(runScenario(context, { assumptions: ASSUMPTIONS }).quarters, ASSUMPTIONS, '2025Q4');

  // 2026: implied spend 5,105.1 × 0.5 = 2,552.55; budget 12,883.2 × 0.3 = 3,864.96; gap
  // 2,552.55 − 3,864.96 = −1,312.41 (capex pays for more than the TAM needs); spend / budget =
  // 2,552.55 / 3,864.96 = 0.66043… (3,864.96 × 0.66 = 2,550.8736, and 1.6764 / 3,864.96 = 0.000434).
  it('compares one projected year’s implied spend with its capex budget', () => {
    const year = rows.find((r) => r.year === 2026)!;
    expect(year.tam).toBeCloseTo(5105.1, 9);
    expect(year.impliedSpend).toBeCloseTo(2552.55, 9);
    expect(year.capex).toBeCloseTo(12_883.2, 9);
    expect(year.reportedQuarters).toBe(0);
    expect(year.acceleratorBudget).toBeCloseTo(3864.96, 9);
    expect(year.gap).toBeCloseTo(-1312.41, 9);
    expect(year.spendToBudget).toBeCloseTo(0.660434, 6);
  });

  // 2025, all reported: spend 3,400 × 0.5 = 1,700; budget 6,800 × 0.3 = 2,040; gap −340; 5/6.
  it('counts the reported quarters of a history year', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026]);
    expect(rows[0]).toMatchObject({ tam: 3400, capex: 6800, reportedQuarters: 4, impliedSpend: 1700 });
    expect(rows[0]!.gap).toBeCloseTo(-340, 9);
    expect(rows[0]!.spendToBudget).toBeCloseTo(5 / 6, 12);
  });

  it('counts no reported quarter without a last reported quarter', () => {
    const unreported = capexCheck(
      runScenario(context, { assumptions: ASSUMPTIONS }).quarters,
      ASSUMPTIONS,
      null,
    );
    expect(unreported.map((r) => r.reportedQuarters)).toEqual([0, 0]);
  });

  // Capex driver: c = 1,000 ÷ (2,000 × 0.3 ÷ 0.5) = 5/6, closing over four quarters: blends 21/24,
  // 22/24, 23/24, 1 on A = capex × 0.6 = 1,440, 1,728, 2,073.6, 2,488.32 give the TAM 1,260, 1,584,
  // 1,987.2, 2,488.32 (7,319.52). Spend 3,659.76 against the same budget 3,864.96: gap −205.2, what
  // the blend leaves (0.5 × (1,440 × 3/24 + 1,728 × 2/24 + 2,073.6 × 1/24) = 0.5 × 410.4).
  it('leaves only the jump-off blend as the gap with the capex driver', () => {
    const driven = { ...ASSUMPTIONS, 'tam.driver': 1 };
    const [, year] = capexCheck(runScenario(context, { assumptions: driven }).quarters, driven, '2025Q4');
    expect(year!.tam).toBeCloseTo(7319.52, 9);
    expect(year!.gap).toBeCloseTo(-205.2, 9);
  });
});

describe('capex check edges', () => {
  it('leaves out years without capex in every quarter', () => {
    const gappy = smallContext('2026Q4', [CAPEX[0]!, CAPEX[1]!, CAPEX[3]!]);
    const rows = capexCheck(runScenario(gappy, { assumptions: ASSUMPTIONS }).quarters, ASSUMPTIONS, '2025Q4');
    expect(rows.map((r) => r.year)).toEqual([2026]);
    const none = runScenario(smallContext('2026Q4'), { assumptions: ASSUMPTIONS });
    expect(capexCheck(none.quarters, ASSUMPTIONS, null)).toEqual([]);
  });

  it('reports no ratio when the budget is zero', () => {
    const zero = { ...ASSUMPTIONS, 'capex.acceleratorFraction': 0 };
    const [row] = capexCheck(runScenario(context, { assumptions: zero }).quarters, zero, '2025Q4');
    expect(row!.spendToBudget).toBeNull();
    expect(row!.gap).toBe(1700);
  });

  it('refuses invalid assumptions', () => {
    const { quarters } = runScenario(context, { assumptions: ASSUMPTIONS });
    expect(() => capexCheck(quarters, { 'hyperscaler.demandShare': 2 }, null)).toThrow(
      /hyperscaler.demandShare/,
    );
  });
});
