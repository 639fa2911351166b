import { isQuarterPeriod, parseQuarter, quarterIndex } from '../period';
import { invalidInput } from '../refusal';
import { solveGeometricRate } from './geometric-rate';
import type { MarketAssumptions } from './market-assumptions';
import type { PeriodValue } from './market-types';

/**
 * Hyperscaler capex as the TAM's driver.
 *
 * The capex path (USD millions per quarter, the four companies summed): reported quarters as they
 * are; after the last one, quarters grow at one constant rate chosen so the guidance year
 * (`capex.guidanceYear`) adds up to `capex.guidance` with the quarters already reported in it
 * (geometric-rate.ts); after that year, at `capex.growth` a year, fading by `capex.growthFade`
 * each year. Without guidance ahead of the data (0, or a year already reported) the growth
 * applies from the last reported quarter.
 *
 * TAM from capex: A(q) = capex(q) × capex.acceleratorFraction ÷ hyperscaler.demandShare, the
 * whole market the hyperscalers' accelerator budget implies. At the jump-off the history's TAM
 * and A rarely agree; their ratio c closes linearly over four quarters so the TAM does not jump:
 * TAM(J + n) = A(J + n) × (c + (1 − c) × min(1, n / 4)).
 */

/** Capex per quarter (USD millions) for quarter indices `first` to `last`, by the path above; NaN for a gap in the reported quarters. */
export function capexPath(
  history: readonly PeriodValue[],
  a: MarketAssumptions,
  first: number,
  last: number,
): Float64Array {
  const reported = new Map<number, number>();
  for (const o of history) {
    if (!isQuarterPeriod(o.period))
      throw invalidInput(`capex "${o.period}" is not a quarter (expected YYYYQn)`);
    if (!(o.value >= 0)) throw invalidInput(`capex for ${o.period} must not be negative`);
    reported.set(quarterIndex(parseQuarter(o.period)), o.value);
  }
  if (reported.size === 0) throw invalidInput('the capex driver needs hyperscaler capex quarters');
  const lastReported = Math.max(...reported.keys());
  const lastValue = reported.get(lastReported)!;
  if (!(lastValue > 0)) throw invalidInput('the last reported capex quarter must be above 0');
  const guidanceYear = a['capex.guidanceYear'];
  const yearEnd = guidanceYear * 4 + 3;
  let guidedRate: number | null = null;
  let baseYear = Math.floor(lastReported / 4);
  if (a['capex.guidance'] > 0 && yearEnd > lastReported) {
    let inYear = 0;
    for (let i = guidanceYear * 4; i <= lastReported; i++) inYear += reported.get(i) ?? 0;
    const ratio = (a['capex.guidance'] - inYear) / lastValue;
    if (ratio > 0) {
      const firstStep = Math.max(guidanceYear * 4, lastReported + 1) - lastReported;
      guidedRate = solveGeometricRate(firstStep, yearEnd - lastReported, ratio);
      baseYear = guidanceYear;
    }
  }
  const out = new Float64Array(Math.max(0, last - first + 1));
  let value = lastValue;
  let index = lastReported;
  const rateInYear = (year: number) => {
    const k = Math.max(1, year - baseYear);
    return Math.pow(1 + a['capex.growth'] * Math.pow(1 - a['capex.growthFade'], k - 1), 0.25);
  };
  for (let i = first; i <= last; i++) {
    const known = reported.get(i);
    if (i <= lastReported) {
      out[i - first] = known ?? Number.NaN;
      continue;
    }
    while (index < i) {
      index++;
      value *= guidedRate !== null && index <= yearEnd ? guidedRate : rateInYear(Math.floor(index / 4));
    }
    out[i - first] = value;
  }
  return out;
}

/** The accelerator TAM (USD millions) the hyperscalers' capex implies: capex × acceleratorFraction ÷ demandShare. */
export function capexImpliedTam(capex: number, a: MarketAssumptions): number {
  const share = a['hyperscaler.demandShare'];
  if (!(share > 0)) throw invalidInput("the capex driver needs the hyperscalers' share of demand above 0");
  return (capex * a['capex.acceleratorFraction']) / share;
}
