import { withDefaults, type AssumptionValues } from './assumptions';
import type { QuarterResult } from './scenario-model';

/**
 * Capex check, both ways: is the accelerator spend the TAM implies for the four hyperscalers
 * (TAM × `hyperscaler.demandShare`) within what their capex pays for (capex ×
 * `capex.acceleratorFraction`)? Capex is the reported quarters, then the capex path of the market
 * model (capex-driver.ts: the guidance year, then growth that fades). With the capex driver the
 * TAM is taken from that budget, so the gap is what the blend at the jump-off leaves; with the
 * growth driver it says how far the growth assumption is from what capex can pay for.
 */

export interface CapexCheckYear {
  readonly year: number;
  /** Model TAM, USD millions. */
  readonly tam: number;
  /** TAM × hyperscaler.demandShare: the accelerator spend the TAM implies for the hyperscalers, USD millions. */
  readonly impliedSpend: number;
  /** Hyperscaler capex for the calendar year (reported and on the path), USD millions. */
  readonly capex: number;
  /** Quarters of the year with reported capex (the rest are on the path). */
  readonly reportedQuarters: number;
  /** capex × capex.acceleratorFraction, USD millions. */
  readonly acceleratorBudget: number;
  /** impliedSpend − acceleratorBudget, USD millions: above 0, the TAM needs more than capex supplies. */
  readonly gap: number;
  /** impliedSpend / acceleratorBudget (ratio); null when the budget is 0. */
  readonly spendToBudget: number | null;
}

/**
 * The capex check (USD millions) for every whole calendar year of a scenario's quarters that has
 * capex in all four; `reportedThrough` is the last quarter with reported capex (`YYYYQn`), or null.
 */
export function capexCheck(
  quarters: readonly QuarterResult[],
  assumptions: AssumptionValues,
  reportedThrough: string | null,
): CapexCheckYear[] {
  const a = withDefaults(assumptions);
  const byYear = new Map<number, { tam: number; capex: number; count: number; reported: number }>();
  for (const q of quarters) {
    if (q.capex === null) continue;
    const year = Number(q.period.slice(0, 4));
    const entry = byYear.get(year) ?? { tam: 0, capex: 0, count: 0, reported: 0 };
    entry.tam += q.tam;
    entry.capex += q.capex;
    entry.count++;
    if (reportedThrough !== null && q.period <= reportedThrough) entry.reported++;
    byYear.set(year, entry);
  }
  return [...byYear]
    .filter(([, e]) => e.count === 4)
    .map(([year, e]) => {
      const impliedSpend = e.tam * a['hyperscaler.demandShare'];
      const acceleratorBudget = e.capex * a['capex.acceleratorFraction'];
      return {
        year,
        tam: e.tam,
        impliedSpend,
        capex: e.capex,
        reportedQuarters: e.reported,
        acceleratorBudget,
        gap: impliedSpend - acceleratorBudget,
        spendToBudget: acceleratorBudget > 0 ? impliedSpend / acceleratorBudget : null,
      };
    });
}
