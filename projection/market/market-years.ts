import type { MarketFigures, MarketQuarter } from './market-types';

/**
 * Calendar years of the market model: money is the sum of the year's quarters (flows, USD
 * millions); shares are the ratios of the sums (xpuShare = Σ tam × xpuShare / Σ tam, amdShare =
 * Σ instinctRevenue / Σ merchant), so the year's identities hold as they do for a quarter.
 */
export interface MarketYear extends MarketFigures {
  readonly year: number;
  /** Quarters of the year the output holds, and how many of them are projected. */
  readonly quarterCount: number;
  readonly projectedQuarters: number;
  /** Quarters whose share-driven revenue is below the deals. */
  readonly quartersBelowDeals: number;
}

/** Sums quarters (in time order) into calendar years: flows in USD millions, shares as fractions of the sums. */
export function sumYears(quarters: readonly MarketQuarter[]): MarketYear[] {
  const years: MarketYear[] = [];
  let i = 0;
  while (i < quarters.length) {
    const yearText = quarters[i]!.period.slice(0, 4);
    let tam = 0;
    let training = 0;
    let inference = 0;
    let merchant = 0;
    let instinctRevenue = 0;
    let nvidiaRevenue = 0;
    let dealRevenue = 0;
    let revenueFromDeals = 0;
    let revenueFromRest = 0;
    let xpu = 0;
    let other = 0;
    let count = 0;
    let projected = 0;
    let below = 0;
    for (; i < quarters.length && quarters[i]!.period.slice(0, 4) === yearText; i++) {
      const q = quarters[i]!;
      tam += q.tam;
      training += q.training;
      inference += q.inference;
      merchant += q.merchant;
      instinctRevenue += q.instinctRevenue;
      nvidiaRevenue += q.nvidiaRevenue;
      dealRevenue += q.dealRevenue;
      revenueFromDeals += q.revenueFromDeals;
      revenueFromRest += q.revenueFromRest;
      xpu += q.tam * q.xpuShare;
      other += q.tam * q.otherShare;
      count++;
      if (q.isProjected) projected++;
      if (q.isBelowDeals) below++;
    }
    years.push({
      year: Number(yearText),
      quarterCount: count,
      projectedQuarters: projected,
      tam,
      training,
      inference,
      xpuShare: tam > 0 ? xpu / tam : 0,
      otherShare: tam > 0 ? other / tam : 0,
      merchant,
      amdShare: merchant > 0 ? instinctRevenue / merchant : 0,
      instinctRevenue,
      nvidiaRevenue,
      dealRevenue,
      revenueFromDeals,
      revenueFromRest,
      quartersBelowDeals: below,
    });
  }
  return years;
}
