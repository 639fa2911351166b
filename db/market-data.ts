import type { MarketData } from '../projection/market/market-history';
import type { FiscalSeries, PeriodValue } from '../projection/market/market-types';
import { isQuarterPeriod, isYearPeriod } from '../projection/period';
import { invalidInput } from '../projection/refusal';
import { fitX86 } from '../projection/workbook-model';
import { repositories } from './repositories';
import type { Db } from './db';

/** The series the market model reads; keys as in the default workbook. */
export const MARKET_SERIES = {
  amdDataCenter: 'amd.revenue_data_center',
  nvidiaDataCenter: 'nvidia.revenue_data_center',
  broadcomAi: 'broadcom.revenue_ai_semiconductor',
  x86RevenueShare: 'amd.x86_server_revenue_share',
  x86UnitShare: 'amd.x86_server_unit_share',
  instinct: 'amd.instinct_revenue_est',
  /** The four hyperscalers' cash capex, summed per quarter all four reported. */
  capex: [
    'microsoft.purchases_of_property_and_equipment',
    'amazon.purchases_of_property_and_equipment',
    'alphabet.purchases_of_property_and_equipment',
    'meta.purchases_of_property_and_equipment',
  ],
} as const;

/** Everything the market model takes from a workbook: the history's series, capex and the x86 fit. */
export interface MarketWorkbookData {
  readonly market: MarketData;
  /** Hyperscaler capex per quarter, the four companies summed, only quarters all four reported (USD millions). */
  readonly capex: readonly PeriodValue[];
  /** The logistic fit to AMD's x86 server unit share, or null when it cannot be fitted. */
  readonly x86Fit: { readonly speed: number } | null;
}

/**
 * Reads the market model's inputs from a workbook: AMD Data Center revenue, NVIDIA Data Center and
 * Broadcom AI revenue with their fiscal calendars, AMD's x86 server revenue share, the user's
 * Instinct estimates, hyperscaler capex and the x86 unit-share fit. Refuses naming a missing series.
 */
export function loadMarketData(db: Db): MarketWorkbookData {
  const repos = repositories(db);
  const months = new Map(
    repos.fiscalCalendars.listFiscalCalendars().map((c) => [c.id, c.fiscalYearEndMonth]),
  );
  const values = (key: string) => {
    const list = repos.observations.listSeriesObservations(key);
    if (list.length === 0) throw invalidInput(`the market model needs values of ${key}`);
    return list;
  };
  const quarters = (key: string): PeriodValue[] =>
    values(key)
      .filter((o) => isQuarterPeriod(o.period))
      .map((o) => ({ period: o.period, value: o.value }));
  const fiscal = (key: string): FiscalSeries => {
    const series = repos.series.findSeries(key);
    const month = series ? months.get(series.fiscalCalendar) : undefined;
    if (month === undefined) throw invalidInput(`the market model needs ${key} with its fiscal calendar`);
    const list = values(key);
    return {
      fiscalYearEndMonth: month,
      quarters: list
        .filter((o) => isQuarterPeriod(o.period))
        .map((o) => ({ period: o.period, value: o.value })),
      years: list.filter((o) => isYearPeriod(o.period)).map((o) => ({ period: o.period, value: o.value })),
    };
  };
  const capexByPeriod = new Map<string, number[]>();
  for (const key of MARKET_SERIES.capex) {
    for (const o of repos.observations.listSeriesObservations(key)) {
      if (isQuarterPeriod(o.period))
        capexByPeriod.set(o.period, [...(capexByPeriod.get(o.period) ?? []), o.value]);
    }
  }
  const fit = fitX86(quarters(MARKET_SERIES.x86UnitShare));
  return {
    market: {
      amdDataCenter: quarters(MARKET_SERIES.amdDataCenter),
      nvidiaDataCenter: fiscal(MARKET_SERIES.nvidiaDataCenter),
      broadcomAi: fiscal(MARKET_SERIES.broadcomAi),
      x86RevenueShare: quarters(MARKET_SERIES.x86RevenueShare),
      instinctEstimates: repos.observations
        .listSeriesObservations(MARKET_SERIES.instinct)
        .map((o) => ({ period: o.period, value: o.value, qualifier: o.qualifier })),
    },
    capex: [...capexByPeriod]
      .filter(([, v]) => v.length === MARKET_SERIES.capex.length)
      .map(([period, v]) => ({ period, value: v.reduce((s, x) => s + x, 0) }))
      .sort((a, b) => (a.period < b.period ? -1 : 1)),
    x86Fit: fit ? { speed: fit.speed } : null,
  };
}
