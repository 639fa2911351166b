import { buildMarketHistory, type MarketData } from '../projection/market/market-history';
import { projectMarket } from '../projection/market/market-projection';
import type { MarketAssumptionValues } from '../projection/market/market-assumptions';
import type { BenchRow } from './run';

/**
 * Market model timings: the projection of 3 scenarios x 40 quarters from the jump-off (what a
 * recompute after an edit runs), and the history rebuild (once per workbook change). Same method
 * as projection.bench.ts: medians over batches, against a plain loop doing the least arithmetic
 * the formulas need (two logistic ramps and their blends, per quarter).
 */

const quarters = (from: number, values: readonly number[]) =>
  values.map((value, i) => ({ period: `${from + Math.floor(i / 4)}Q${(i % 4) + 1}`, value }));

// The default workbook's series (db/seed/*.csv): AMD DC 2023Q1-2026Q1, NVIDIA DC by stored
// quarter 2022Q4-2026Q1, Broadcom AI, AMD x86 revenue share.
const DATA: MarketData = {
  amdDataCenter: quarters(
    2023,
    [1295, 1320, 1600, 2280, 2340, 2830, 3500, 3860, 3674, 3240, 4340, 5400, 5800],
  ),
  nvidiaDataCenter: {
    fiscalYearEndMonth: 1,
    quarters: [
      { period: '2022Q4', value: 3620 },
      ...quarters(
        2023,
        [4280, 10320, 14510, 18400, 22600, 26300, 30800, 35600, 39100, 41100, 51215, 62300, 75200],
      ),
    ],
    years: [],
  },
  broadcomAi: {
    fiscalYearEndMonth: 10,
    quarters: [{ period: '2024Q4', value: 4100 }, ...quarters(2025, [4400, 5200, 6500])],
    years: [
      { period: '2023', value: 3800 },
      { period: '2024', value: 12200 },
      { period: '2025', value: 20000 },
    ],
  },
  x86RevenueShare: [
    { period: '2023Q1', value: 27.8 },
    { period: '2023Q3', value: 31.2 },
    { period: '2023Q4', value: 31.8 },
    { period: '2024Q1', value: 33 },
    { period: '2024Q3', value: 33.9 },
    { period: '2024Q4', value: 35.5 },
    { period: '2025Q1', value: 39.4 },
    { period: '2025Q4', value: 41.3 },
    { period: '2026Q1', value: 46.2 },
  ],
  instinctEstimates: [],
};

const SCENARIOS: readonly MarketAssumptionValues[] = [
  { 'tam.growth': 0.6, 'amd.inference.shareCeiling': 0.3 },
  {},
  { 'tam.growth': 0.3, 'amd.inference.shareCeiling': 0.12, 'amd.training.shareCeiling': 0.05 },
];
const QUARTERS = 40;
const END = '2036Q1'; // 40 quarters after the 2026Q1 jump-off

function medianMs(fn: () => unknown, samples: number, batch: number): number {
  let sink = 0;
  for (let i = 0; i < batch * 5; i++) sink += fn() === undefined ? 0 : 1;
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink += fn() === undefined ? 0 : 1;
    times.push((performance.now() - start) / batch);
  }
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const out = new Float64Array(SCENARIOS.length * QUARTERS);

/** The bare arithmetic: per quarter two logistic ramps, two blends and the multiplies. */
function reference(): Float64Array {
  for (let s = 0; s < SCENARIOS.length; s++) {
    let tam = 74000;
    for (let q = 0; q < QUARTERS; q++) {
      tam *= 1.08;
      const w = Math.exp(-0.1 * q);
      const training = 0.03 + 0.07 / (1 + Math.exp(-0.6 * (q - 12)));
      const inference = 0.04 + 0.18 / (1 + Math.exp(-0.9 * (q - 6)));
      const amd = 0.5 * (w * 0.047 + (1 - w) * training) + 0.5 * (w * 0.047 + (1 - w) * inference);
      out[s * QUARTERS + q] = tam * (1 - 0.15 - 0.03) * amd;
    }
  }
  return out;
}

export async function run(): Promise<readonly BenchRow[]> {
  const history = buildMarketHistory(DATA);
  const recompute = medianMs(
    () => SCENARIOS.map((assumptions) => projectMarket({ history, assumptions, endQuarter: END })),
    301,
    50,
  );
  const recomputeReference = medianMs(reference, 301, 2000);
  const rebuild = medianMs(() => buildMarketHistory(DATA), 101, 10);
  return [
    {
      name: `market recompute: ${SCENARIOS.length} scenarios x ${QUARTERS} quarters from the jump-off`,
      medianMs: recompute,
      reference: 'plain loop, two ramps per quarter',
      referenceMs: recomputeReference,
      ratio: recompute / recomputeReference,
      targetMs: 1,
    },
    { name: `market history rebuild (${history.length} quarters)`, medianMs: rebuild, targetMs: 5 },
  ];
}
