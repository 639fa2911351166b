import type { MarketHistoryQuarter } from './market/market-history';
import { vintageAcceleratorFraction, type Vintage } from './vintage';

/**
 * Backtest: each vintage scored on every quarter it projected that now has a reported value.
 *   instinctRevenue: against the workbook's Instinct figure for the quarter (the user's estimate
 *                    where there is one, else the implied revenue: the rebuilt history's AMD part)
 *   nvidiaRevenue:   against NVIDIA's reported Data Center revenue (calendarised) × the
 *                    accelerator fraction the vintage was run with
 *   tam:             against the market rebuilt from what is reported now
 * error = projected − reported (USD millions); percentage error = error ÷ reported. A vintage's
 * MAPE is the mean of |percentage error| over its Instinct quarters (the figure the product is
 * about), and vintages are ranked by it, best first; the other outputs get their own MAPE.
 */

export const BACKTEST_OUTPUTS = ['instinctRevenue', 'nvidiaRevenue', 'tam'] as const;
export type BacktestOutput = (typeof BACKTEST_OUTPUTS)[number];

export interface BacktestQuarter {
  readonly period: string;
  readonly output: BacktestOutput;
  readonly projected: number;
  readonly reported: number;
  readonly error: number;
  /** error ÷ reported (fraction); null when reported is 0. */
  readonly percentError: number | null;
}

export interface VintageScore {
  readonly vintage: number;
  readonly scenario: string;
  readonly label: string;
  readonly frozenAt: string;
  readonly jumpOff: string;
  readonly quarters: readonly BacktestQuarter[];
  /** Mean absolute percentage error of Instinct revenue (fraction); null with nothing to score yet. */
  readonly mape: number | null;
  readonly mapeByOutput: Readonly<Record<BacktestOutput, number | null>>;
  /** 1 = the smallest Instinct MAPE; null when it cannot be scored yet. */
  readonly rank: number | null;
}

function meanAbs(rows: readonly BacktestQuarter[]): number | null {
  const errors = rows.map((r) => r.percentError).filter((e): e is number => e !== null);
  return errors.length === 0 ? null : errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length;
}

function row(period: string, output: BacktestOutput, projected: number, reported: number): BacktestQuarter {
  const error = projected - reported;
  return {
    period,
    output,
    projected,
    reported,
    error,
    percentError: reported !== 0 ? error / reported : null,
  };
}

/** Scores every vintage against the history rebuilt from the workbook as it is now. */
export function backtest(
  vintages: readonly Vintage[],
  history: readonly MarketHistoryQuarter[],
): VintageScore[] {
  const reported = new Map(history.map((h) => [h.period as string, h]));
  const scores = vintages.map((v): Omit<VintageScore, 'rank'> => {
    const fraction = vintageAcceleratorFraction(v);
    const quarters: BacktestQuarter[] = [];
    for (const q of v.quarters) {
      const h = reported.get(q.period);
      if (!q.isProjected || h === undefined) continue;
      quarters.push(row(q.period, 'instinctRevenue', q.instinctRevenue, h.amd));
      quarters.push(row(q.period, 'nvidiaRevenue', q.nvidiaRevenue, h.nvidiaDataCenter * fraction));
      quarters.push(row(q.period, 'tam', q.tam, h.total));
    }
    const of = (output: BacktestOutput) => meanAbs(quarters.filter((r) => r.output === output));
    return {
      vintage: v.id,
      scenario: v.scenario,
      label: v.label,
      frozenAt: v.frozenAt,
      jumpOff: v.jumpOff,
      quarters,
      mape: of('instinctRevenue'),
      mapeByOutput: {
        instinctRevenue: of('instinctRevenue'),
        nvidiaRevenue: of('nvidiaRevenue'),
        tam: of('tam'),
      },
    };
  });
  const ranked = scores
    .filter((s) => s.mape !== null)
    .sort((a, b) => a.mape! - b.mape! || a.vintage - b.vintage)
    .map((s) => s.vintage);
  return scores.map((s) => ({ ...s, rank: s.mape === null ? null : ranked.indexOf(s.vintage) + 1 }));
}
