import { fitLogistic, type SharePoint } from '../projection/logistic-fit';
import { goalSeek } from '../projection/goal-seek';
import { buildMarketHistory } from '../projection/market/market-history';
import { compareScenarios, type ScenarioInputs } from '../projection/scenario-compare';
import type { ModelContext } from '../projection/scenario-model';
import { DEFAULT_SCENARIOS } from '../projection/scenarios';
import { DATA } from './market-data';
import type { BenchRow } from './run';
import { medianMs, rampReference } from './timing';

/**
 * Projection engine timings. Each figure is the median over many samples; a sample times a batch
 * of calls and divides, because one recompute takes microseconds, close to the timer's resolution.
 *
 * Each is set against a reference timed in the same run, so the ratio says what the engine's
 * structure costs over the bare arithmetic and travels between machines better than milliseconds:
 * - recompute (what an edit in the app runs: every default scenario on the market model from the
 *   jump-off, 40 quarters each, with gross profit, years and the expectation) vs. a plain loop over
 *   the same 3 x 40 quarters doing the least the formulas need (two logistic ramps and their
 *   blends per quarter, into a Float64Array); the rest is validation, objects and the years.
 * - x86 fit vs. one evaluation of its cost function (the squared error of a logistic over the same
 *   32 points: 32 Math.exp); the ratio is roughly how many cost evaluations a whole fit is worth.
 */

// AMD x86 server unit share, percent (db/seed/x86_server_share.csv, AMD x86_server_unit_share).
const X86_TABLE =
  '2017Q4 0.8, 2018Q2 1.4, 2018Q3 1.6, 2018Q4 3.2, 2019Q1 2.9, 2019Q2 3.4, 2019Q3 4.3, 2019Q4 4.5, ' +
  '2020Q1 5.1, 2020Q2 5.8, 2020Q3 6.6, 2020Q4 7.1, 2021Q1 8.9, 2021Q2 9.5, 2021Q4 10.7, 2022Q1 11.6, ' +
  '2022Q2 13.9, 2022Q3 17.5, 2022Q4 17.6, 2023Q1 18.0, 2023Q2 18.6, 2023Q3 23.3, 2023Q4 23.1, 2024Q1 23.6, ' +
  '2024Q2 24.1, 2024Q3 24.2, 2024Q4 25.1, 2025Q1 27.2, 2025Q2 27.3, 2025Q3 27.8, 2025Q4 28.8, 2026Q1 33.2';
const X86: readonly SharePoint[] = X86_TABLE.split(', ').map((cell) => {
  const [period = '', value = ''] = cell.split(' ');
  return { period, value: Number(value) };
});

const SCENARIOS: readonly ScenarioInputs[] = DEFAULT_SCENARIOS.map((s) => ({
  name: s.name,
  probability: s.probability,
  assumptions: s.assumptions,
}));
// 2026Q2 to 2036Q1: 40 quarters after the 2026Q1 jump-off.
const QUARTERS = 40;
const CONTEXT: ModelContext = {
  history: buildMarketHistory(DATA),
  historyAssumptions: {},
  capex: [],
  x86Fit: null,
  endQuarter: '2036Q1',
};

const referenceRecompute = rampReference(SCENARIOS.length, QUARTERS);

/** One evaluation of the fit's cost: squared error of a logistic over the x86 points. */
function referenceCost(): number {
  let sse = 0;
  for (let i = 0; i < X86.length; i++) {
    const r = (X86[i]?.value ?? 0) - 34 / (1 + Math.exp(-0.16 * (i - 20)));
    sse += r * r;
  }
  return sse;
}

export async function run(): Promise<readonly BenchRow[]> {
  const recompute = medianMs(() => compareScenarios(CONTEXT, SCENARIOS), 301, 50);
  const recomputeReference = medianMs(referenceRecompute, 301, 2000);
  const fit = medianMs(() => fitLogistic(X86), 301, 10);
  const fitReference = medianMs(referenceCost, 301, 5000);
  const seek = medianMs(
    () =>
      goalSeek({
        context: CONTEXT,
        inputs: { assumptions: {} },
        key: 'amd.inference.shareCeiling',
        output: 'instinctRevenue:2027',
        target: 40000,
      }),
    101,
    5,
  );
  return [
    {
      name: `recompute: ${SCENARIOS.length} default scenarios x ${QUARTERS} quarters on the market model + expectation`,
      medianMs: recompute,
      reference: 'plain loop, two ramps per quarter',
      referenceMs: recomputeReference,
      ratio: recompute / recomputeReference,
      targetMs: 1,
    },
    {
      name: `x86 logistic fit (${X86.length} quarters)`,
      medianMs: fit,
      reference: 'one cost evaluation (32 exp)',
      referenceMs: fitReference,
      ratio: fit / fitReference,
      targetMs: 5,
    },
    { name: 'goal seek: amd.inference.shareCeiling for instinctRevenue:2027', medianMs: seek },
  ];
}
