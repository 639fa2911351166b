import { buildMarketHistory } from '../projection/market/market-history';
import { DATA } from './market-data';
import { projectMarket } from '../projection/market/market-projection';
import type { MarketAssumptionValues } from '../projection/market/market-assumptions';
import type { BenchRow } from './run';

/**
 * Market model timings: the projection of 3 scenarios x 40 quarters from the jump-off (what a
 * recompute after an edit runs), and the history rebuild (once per workbook change). Same method
 * as projection.bench.ts: medians over batches, against a plain loop doing the least arithmetic
 * the formulas need (two logistic ramps and their blends, per quarter).
 */

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
