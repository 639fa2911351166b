import type { MarketQuarter } from './market-projection';

/**
 * Calendar years of the market model: money is the sum of the year's quarters (flows, USD
 * millions); shares are the ratios of the sums (xpuShare = Σ tam × xpuShare / Σ tam, amdShare =
 * Σ instinctRevenue / Σ merchant), so the year's identities hold as they do for a quarter.
 */
export interface MarketYear {
  readonly year: number;
  /** Quarters of the year the output holds, and how many of them are projected. */
  readonly quarterCount: number;
  readonly projectedQuarters: number;
  readonly tam: number;
  readonly training: number;
  readonly inference: number;
  readonly xpuShare: number;
  readonly otherShare: number;
  readonly merchant: number;
  readonly amdShare: number;
  readonly instinctRevenue: number;
  readonly nvidiaRevenue: number;
  readonly dealRevenue: number;
  readonly revenueFromDeals: number;
  readonly revenueFromRest: number;
  /** Quarters whose share-driven revenue is below the deals. */
  readonly quartersBelowDeals: number;
}

type Flow =
  | 'tam'
  | 'training'
  | 'inference'
  | 'merchant'
  | 'instinctRevenue'
  | 'nvidiaRevenue'
  | 'dealRevenue'
  | 'revenueFromDeals'
  | 'revenueFromRest';
const FLOWS: readonly Flow[] = [
  'tam',
  'training',
  'inference',
  'merchant',
  'instinctRevenue',
  'nvidiaRevenue',
  'dealRevenue',
  'revenueFromDeals',
  'revenueFromRest',
];

/** Sums quarters (in time order) into calendar years: flows in USD millions, shares as fractions of the sums. */
export function sumYears(quarters: readonly MarketQuarter[]): MarketYear[] {
  const years: MarketYear[] = [];
  let i = 0;
  while (i < quarters.length) {
    const year = Number(quarters[i]!.period.slice(0, 4));
    const sums: Record<Flow, number> = {
      tam: 0,
      training: 0,
      inference: 0,
      merchant: 0,
      instinctRevenue: 0,
      nvidiaRevenue: 0,
      dealRevenue: 0,
      revenueFromDeals: 0,
      revenueFromRest: 0,
    };
    let xpu = 0;
    let other = 0;
    let count = 0;
    let projected = 0;
    let below = 0;
    for (; i < quarters.length && quarters[i]!.period.startsWith(String(year)); i++) {
      const q = quarters[i]!;
      for (const f of FLOWS) sums[f] += q[f];
      xpu += q.tam * q.xpuShare;
      other += q.tam * q.otherShare;
      count++;
      if (q.isProjected) projected++;
      if (q.isBelowDeals) below++;
    }
    years.push({
      year,
      quarterCount: count,
      projectedQuarters: projected,
      ...sums,
      xpuShare: sums.tam > 0 ? xpu / sums.tam : 0,
      otherShare: sums.tam > 0 ? other / sums.tam : 0,
      amdShare: sums.merchant > 0 ? sums.instinctRevenue / sums.merchant : 0,
      quartersBelowDeals: below,
    });
  }
  return years;
}
