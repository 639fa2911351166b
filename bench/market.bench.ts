import { buildMarketHistory } from '../projection/market/market-history';
import { DATA } from './market-data';
import { projectMarket } from '../projection/market/market-projection';
import type { MarketAssumptionValues } from '../projection/market/market-assumptions';
import type { BenchRow } from './run';
import { medianMs, rampReference } from './timing';

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

const reference = rampReference(SCENARIOS.length, QUARTERS);

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
