import { describe, expect, it } from 'vitest';
import { backtest } from '../../projection/backtest';
import type { Vintage, VintageQuarter } from '../../projection/vintage';
import { historyQuarter } from './market/market-fixtures';

const quarter = (
  period: string,
  isProjected: boolean,
  tam: number,
  instinct: number,
  nvidia: number,
): VintageQuarter => ({
  period: period as VintageQuarter['period'],
  isProjected,
  tam,
  xpuShare: 0.1,
  amdShare: 0.05,
  instinctRevenue: instinct,
  nvidiaRevenue: nvidia,
  dealRevenue: 0,
});

function vintage(id: number, fraction: number | undefined, quarters: VintageQuarter[]): Vintage {
  return {
    id,
    scenario: 'Base',
    label: `v${id}`,
    frozenAt: '2026-05-01T00:00:00.000Z',
    description: '',
    probability: 0.5,
    assumptions: {},
    growthOverrides: {},
    deals: [],
    historyAssumptions: fraction === undefined ? {} : { 'history.nvidiaAcceleratorFraction': fraction },
    jumpOff: '2026Q1',
    quarters,
    years: [],
  };
}

// The history as reported now: historyQuarter(period, nvidia, amd, xpu, other) sets NVIDIA's
// calendarised Data Center revenue to its `nvidia` argument.
const history = [
  historyQuarter('2026Q1', 60000, 3000, 9000, 2000),
  historyQuarter('2026Q2', 70000, 4000, 10000, 2000),
  historyQuarter('2026Q3', 80000, 5000, 11000, 2000),
];

describe('backtest', () => {
  it('scores each projected quarter that is now reported, by hand', () => {
    const v = vintage(7, 0.8, [
      quarter('2026Q1', false, 74000, 3000, 51000), // history at the freeze: not scored
      quarter('2026Q2', true, 90000, 3600, 58000),
      quarter('2026Q3', true, 100000, 5500, 62000),
      quarter('2026Q4', true, 110000, 6000, 66000), // not reported yet
    ]);
    const [score] = backtest([v], history);
    // 2026Q2: Instinct 3,600 vs 4,000: error -400, -10%; NVIDIA 58,000 vs 70,000 × 0.8 = 56,000:
    // +2,000, +3.571%; TAM 90,000 vs 86,000 (70,000 + 4,000 + 10,000 + 2,000): +4,000, +4.651%.
    // 2026Q3: Instinct 5,500 vs 5,000: +500, +10%; NVIDIA 62,000 vs 64,000: -2,000, -3.125%;
    // TAM 100,000 vs 98,000: +2,000, +2.041%.
    expect(score!.quarters.map((q) => [q.period, q.output, q.reported, q.error])).toEqual([
      ['2026Q2', 'instinctRevenue', 4000, -400],
      ['2026Q2', 'nvidiaRevenue', 56000, 2000],
      ['2026Q2', 'tam', 86000, 4000],
      ['2026Q3', 'instinctRevenue', 5000, 500],
      ['2026Q3', 'nvidiaRevenue', 64000, -2000],
      ['2026Q3', 'tam', 98000, 2000],
    ]);
    expect(score!.quarters[0]!.percentError).toBeCloseTo(-0.1, 12);
    // MAPE of Instinct: (10% + 10%) / 2; NVIDIA: (3.5714% + 3.125%) / 2; TAM: (4.6512% + 2.0408%) / 2.
    expect(score!.mape).toBeCloseTo(0.1, 12);
    expect(score!.mapeByOutput.nvidiaRevenue).toBeCloseTo((2000 / 56000 + 2000 / 64000) / 2, 12);
    expect(score!.mapeByOutput.tam).toBeCloseTo((4000 / 86000 + 2000 / 98000) / 2, 12);
    expect(score!.rank).toBe(1);
  });

  it('ranks vintages by Instinct MAPE, best first, and leaves one with nothing reported unranked', () => {
    const close = vintage(1, undefined, [quarter('2026Q2', true, 86000, 4100, 59500)]); // 2.5%
    const far = vintage(2, undefined, [quarter('2026Q2', true, 86000, 5000, 59500)]); // 25%
    const later = vintage(3, undefined, [quarter('2027Q1', true, 120000, 7000, 80000)]);
    const scores = backtest([far, later, close], history);
    expect(scores.map((s) => [s.vintage, s.rank])).toEqual([
      [2, 2],
      [3, null],
      [1, 1],
    ]);
    // Without a fraction of its own, the default 85% applies: 70,000 × 0.85 = 59,500, no error.
    expect(scores[2]!.quarters.find((q) => q.output === 'nvidiaRevenue')!.error).toBe(0);
  });
});
