import { DATA } from '../../bench/market-data';
import { buildMarketHistory } from '../../projection/market/market-history';
import type { PeriodValue } from '../../projection/market/market-types';
import type { QuarterPeriod } from '../../projection/period';
import type { JumpOff, SegmentQuarter } from '../../projection/market/market-projection';
import type { ModelContext, Projection, QuarterResult, YearResult } from '../../projection/scenario-model';
import { historyQuarter } from './market/market-fixtures';

/**
 * Model contexts for the scenario-level tests. The small one is the hand-made history of
 * docs/MODEL.md 3.3: totals 700, 800, 900, 1,000 (2025Q1–Q4); at the jump-off 2025Q4 XPU is 20%,
 * other 5%, AMD 50 of a 750 merchant market (1/15).
 */
const SMALL_HISTORY = [
  historyQuarter('2025Q1', 490, 35, 140, 35),
  historyQuarter('2025Q2', 560, 40, 160, 40),
  historyQuarter('2025Q3', 630, 45, 180, 45),
  historyQuarter('2025Q4', 700, 50, 200, 50),
];

/**
 * TAM growth that makes the first projected year 3,400 × (1 + g) = 5,105.1
 * = 1,000 × (1.1 + 1.21 + 1.331 + 1.4641): one quarterly rate of exactly 1.1 from the jump-off.
 */
export const GROWTH_TO_RATE_1_1 = 5105.1 / 3400 - 1;

/** A context on the small history (no capex, no x86 fit) ending at `endQuarter`. */
export function smallContext(
  endQuarter: QuarterPeriod = '2027Q4',
  capex: readonly PeriodValue[] = [],
): ModelContext {
  return { history: SMALL_HISTORY, historyAssumptions: {}, capex, x86Fit: null, endQuarter };
}

/** The default workbook's market (bench/market-data.ts) rebuilt with the default history settings: 2023Q1–2026Q1. */
const DATA_HISTORY = buildMarketHistory(DATA);

/** A context on the default workbook's history, to 2030Q4, without capex or x86 fit. */
export const DATA_CONTEXT: ModelContext = {
  history: DATA_HISTORY,
  historyAssumptions: {},
  capex: [],
  x86Fit: null,
  endQuarter: '2030Q4',
};

const NO_SEGMENT: SegmentQuarter = {
  tam: 0,
  xpuShare: 0,
  otherShare: 0,
  merchant: 0,
  amdShare: 0,
  instinctRevenue: 0,
};

const ZERO_FIGURES = {
  tam: 0,
  training: 0,
  inference: 0,
  xpuShare: 0,
  otherShare: 0,
  merchant: 0,
  amdShare: 0,
  instinctRevenue: 0,
  nvidiaRevenue: 0,
  dealRevenue: 0,
  revenueFromDeals: 0,
  revenueFromRest: 0,
  grossProfit: 0,
  yoy: null,
};

/** A hand-made model quarter: zeros except what `fields` gives (for checks that read a few fields). */
export function quarterResult(period: string, fields: Partial<QuarterResult> = {}): QuarterResult {
  return {
    ...ZERO_FIGURES,
    period: period as QuarterPeriod,
    isProjected: true,
    isBelowDeals: false,
    capex: null,
    segments: { training: NO_SEGMENT, inference: NO_SEGMENT },
    ...fields,
  };
}

/** A hand-made whole model year: zeros except what `fields` gives. */
export function yearResult(year: number, fields: Partial<YearResult> = {}): YearResult {
  return {
    ...ZERO_FIGURES,
    year,
    quarterCount: 4,
    projectedQuarters: 4,
    quartersBelowDeals: 0,
    tamGrowth: null,
    ...fields,
  };
}

/** A hand-made projection from its quarters and years, with a jump-off at `jumpOff` (AMD share as given). */
export function projectionOf(
  quarters: readonly QuarterResult[],
  years: readonly YearResult[],
  jumpOff: Partial<JumpOff> = {},
): Projection {
  return {
    jumpOff: {
      quarter: '2026Q1',
      tam: 0,
      trailingTam: 0,
      trailingGrowth: null,
      inferenceShare: 0,
      xpuShare: 0,
      otherShare: 0,
      amdShare: 0,
      ...jumpOff,
    },
    quarters,
    years,
  };
}
