import { isQuarterPeriod, parseQuarter, quarterIndex, type QuarterPeriod } from '../period';
import { invalidInput } from '../refusal';

/**
 * Deployment agreements as a floor under Instinct revenue. A deal of G gigawatts at P USD billions
 * per GW, of which AMD's content is c, is worth G × P × c × 1000 USD millions, booked over the
 * n = `rampYears` × 4 quarters from `startQuarter` on a linear ramp: quarter k (1..n) takes
 * k ÷ (n (n + 1) / 2) of the value. Data-center deployments phase in with power and buildings
 * ("the first 1 GW in 2H 2026", then more), and booking evenly from the first quarter would put
 * 9.4 B$ a quarter of the two default deals into 2026Q3, above AMD's whole Data Center revenue
 * (5.8 B$ in 2026Q1).
 */
export interface Deal {
  readonly name: string;
  readonly gigawatts: number;
  readonly startQuarter: QuarterPeriod;
  /** Years over which the GW are deployed, in quarters of a year (0.25 steps). */
  readonly rampYears: number;
  /** Value of a GW of deployment, USD billions. */
  readonly usdBillionsPerGw: number;
  /** AMD's fraction of that value. */
  readonly amdContentShare: number;
  readonly source?: string;
}

/**
 * The OpenAI and Meta agreements (statements: 6 GW each, first 1 GW of MI450 in 2H 2026). 50 B$
 * per GW is the all-in AI data-center cost NVIDIA has quoted (not in the workbook); AMD's 25% of
 * it gives 75 B$ per deal, "tens of billions" as AMD's CFO said of OpenAI, and with both deals
 * close to AMD's "more than 100 B$ over four years from OpenAI and others" for the first.
 */
export const DEFAULT_DEALS: readonly Deal[] = [
  {
    name: 'OpenAI',
    gigawatts: 6,
    startQuarter: '2026Q3',
    rampYears: 4,
    usdBillionsPerGw: 50,
    amdContentShare: 0.25,
    source: 'https://www.nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus',
  },
  {
    name: 'Meta',
    gigawatts: 6,
    startQuarter: '2026Q3',
    rampYears: 4,
    usdBillionsPerGw: 50,
    amdContentShare: 0.25,
    source:
      'https://evertiq.com/design/2026-02-25-amd-and-meta-sign-multi-year-deal-for-up-to-6gw-of-ai-gpu-capacity',
  },
];

/** Every problem with a list of deals (empty when valid). */
export function validateDeals(deals: readonly Deal[]): string[] {
  const problems: string[] = [];
  for (const d of deals) {
    const at = `deal "${d.name}"`;
    if (d.name.trim() === '') problems.push('a deal needs a name');
    if (!isQuarterPeriod(d.startQuarter))
      problems.push(`${at}: start "${d.startQuarter}" is not a quarter (YYYYQn)`);
    if (!(d.gigawatts >= 0 && Number.isFinite(d.gigawatts)))
      problems.push(`${at}: gigawatts must be 0 or more`);
    if (!(d.usdBillionsPerGw >= 0 && Number.isFinite(d.usdBillionsPerGw)))
      problems.push(`${at}: USD billions per GW must be 0 or more`);
    if (!(d.amdContentShare >= 0 && d.amdContentShare <= 1))
      problems.push(`${at}: AMD's content share must be between 0% and 100%`);
    if (!(d.rampYears > 0 && d.rampYears <= 20 && Number.isInteger(d.rampYears * 4))) {
      problems.push(
        `${at}: ramp years must be above 0, at most 20, in quarters (0.25 steps), got ${d.rampYears}`,
      );
    }
  }
  return problems;
}

/** A deal's whole value to AMD, USD millions. */
export function dealValue(deal: Deal): number {
  return deal.gigawatts * deal.usdBillionsPerGw * deal.amdContentShare * 1000;
}

/** Committed revenue per quarter index (USD millions), summed over the deals, for `first` to `last` index; refuses invalid deals. */
export function dealFloor(deals: readonly Deal[], first: number, last: number): Float64Array {
  const problems = validateDeals(deals);
  if (problems.length > 0) throw invalidInput(`invalid deals: ${problems.join('; ')}`);
  const out = new Float64Array(Math.max(0, last - first + 1));
  for (const d of deals) {
    const start = quarterIndex(parseQuarter(d.startQuarter));
    const quarters = Math.round(d.rampYears * 4);
    const step = dealValue(d) / ((quarters * (quarters + 1)) / 2);
    for (let i = Math.max(start, first); i < start + quarters && i <= last; i++)
      out[i - first] = (out[i - first] ?? 0) + step * (i - start + 1);
  }
  return out;
}
