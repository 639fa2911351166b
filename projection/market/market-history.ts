import {
  formatQuarter,
  isQuarterPeriod,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  type QuarterPeriod,
} from '../period';
import { invalidInput } from '../refusal';
import { calendarQuarter, completeFiscalQuarters } from './calendarise';
import { AMD_INSTINCT_ANCHORS, instinctHistory, type InstinctAnchor } from './instinct-history';
import { withMarketDefaults, type MarketAssumptionValues } from './market-assumptions';
import type { FiscalSeries, PeriodValue, QualifiedValue } from './market-types';

/**
 * The AI-accelerator market rebuilt from reported data, per calendar quarter (USD millions):
 *   nvidia = NVIDIA Data Center revenue (calendarised) × history.nvidiaAcceleratorFraction
 *   amd    = implied Instinct revenue (instinct-history.ts)
 *   xpu    = Broadcom AI revenue (calendarised) × history.xpuFractionOfBroadcomAi ÷ history.broadcomShareOfXpu
 *   other  = history.otherShare of the total, so other = (nvidia + amd + xpu) × o / (1 − o)
 *   total  = nvidia + amd + xpu + other
 * Calendarisation: calendarise.ts. The history runs over the last unbroken run of quarters in
 * which AMD and NVIDIA both reported; Broadcom may be extrapolated up to two fiscal quarters past
 * its last report to reach the run's end (marked as such).
 */

export interface MarketData {
  readonly amdDataCenter: readonly PeriodValue[];
  readonly nvidiaDataCenter: FiscalSeries;
  readonly broadcomAi: FiscalSeries;
  /** AMD's x86 server revenue share, percent. */
  readonly x86RevenueShare: readonly PeriodValue[];
  /** The user's amd.instinct_revenue_est values. */
  readonly instinctEstimates: readonly QualifiedValue[];
  /** Statements pinning Instinct revenue; AMD_INSTINCT_ANCHORS when left out. */
  readonly anchors?: readonly InstinctAnchor[];
}

export interface MarketHistoryQuarter {
  readonly period: QuarterPeriod;
  readonly total: number;
  readonly nvidia: number;
  readonly amd: number;
  readonly xpu: number;
  readonly other: number;
  /** AMD Data Center revenue and its EPYC part (DC − amd). */
  readonly dataCenter: number;
  readonly epyc: number;
  /** NVIDIA Data Center and Broadcom AI revenue, calendarised. */
  readonly nvidiaDataCenter: number;
  readonly broadcomAi: number;
  /** Where each part came from, for people. */
  readonly sources: {
    readonly nvidia: string;
    readonly amd: string;
    readonly xpu: string;
    readonly other: string;
  };
}

/** How many fiscal quarters Broadcom may be carried past its last report. */
export const MAX_BROADCOM_EXTENSION = 2;

const pct = (v: number) => `${+(v * 100).toPrecision(6)}%`;

/**
 * The market per calendar quarter (USD millions) from the workbook's series, oldest first, with
 * the source of each part; refuses when no quarter has all of them.
 */
export function buildMarketHistory(
  data: MarketData,
  assumptions: MarketAssumptionValues = {},
): MarketHistoryQuarter[] {
  const a = withMarketDefaults(assumptions);
  const nvidiaMonth = data.nvidiaDataCenter.fiscalYearEndMonth;
  const broadcomMonth = data.broadcomAi.fiscalYearEndMonth;
  const nvidia = completeFiscalQuarters(data.nvidiaDataCenter, 0);
  const broadcom = completeFiscalQuarters(data.broadcomAi, MAX_BROADCOM_EXTENSION);
  const instinct = instinctHistory({
    dataCenter: data.amdDataCenter.filter((o) => isQuarterPeriod(o.period)),
    revenueShare: data.x86RevenueShare,
    anchors: data.anchors ?? AMD_INSTINCT_ANCHORS,
    estimates: data.instinctEstimates,
    margin: a['history.instinctBoundMargin'],
    marketGrowth: a['history.serverCpuMarketGrowth'],
  });
  const amdByIndex = new Map(instinct.map((q) => [quarterIndex(parseQuarter(q.period)), q]));
  const fNvidia = a['history.nvidiaAcceleratorFraction'];
  const xpuFactor = a['history.xpuFractionOfBroadcomAi'] / a['history.broadcomShareOfXpu'];
  const o = a['history.otherShare'];

  const rows = new Map<number, MarketHistoryQuarter>();
  for (const [index, amd] of amdByIndex) {
    const nv = calendarQuarter(nvidia, nvidiaMonth, index);
    const bc = calendarQuarter(broadcom, broadcomMonth, index);
    if (nv === null || bc === null) continue;
    const nvidiaPart = nv.value * fNvidia;
    const xpu = bc.value * xpuFactor;
    const known = nvidiaPart + amd.instinct + xpu;
    const other = (known * o) / (1 - o);
    rows.set(index, {
      period: formatQuarter(quarterFromIndex(index)),
      total: known + other,
      nvidia: nvidiaPart,
      amd: amd.instinct,
      xpu,
      other,
      dataCenter: amd.dataCenter,
      epyc: amd.epyc,
      nvidiaDataCenter: nv.value,
      broadcomAi: bc.value,
      sources: {
        nvidia: `NVIDIA Data Center revenue calendarised ${nv.rule} × accelerator fraction ${pct(fNvidia)}`,
        amd: `AMD Data Center revenue ${Math.round(amd.dataCenter)} − EPYC ${Math.round(amd.epyc)}: ${amd.rule}`,
        xpu: `Broadcom AI revenue calendarised ${bc.rule} × XPU fraction ${pct(a['history.xpuFractionOfBroadcomAi'])} ÷ Broadcom share of custom accelerators ${pct(a['history.broadcomShareOfXpu'])}`,
        other: `${pct(o)} of the market (assumption history.otherShare)`,
      },
    });
  }
  // The last unbroken run of quarters.
  const last = Math.max(...rows.keys());
  const quarters: MarketHistoryQuarter[] = [];
  for (let index = last; rows.has(index); index--) quarters.unshift(rows.get(index)!);
  if (quarters.length === 0) {
    throw invalidInput(
      'the market history needs a quarter with AMD Data Center, NVIDIA Data Center and Broadcom AI revenue',
    );
  }
  return quarters;
}
