import { buildMarketHistory } from '../projection/market/market-history';
import { asRefusal } from '../projection/refusal';
import type { Observation } from '../projection/series-types';
import { loadProjectionData } from './projection-data';
import { repositories } from './repositories';
import type { Db } from './db';

/**
 * Series the workbook computes rather than holds: AMD's Instinct and EPYC revenue as the market
 * model rebuilds them (projection/market/instinct-history.ts, docs/MODEL.md section 1.2). Their
 * rows are in the series table (kind `derived`, so nothing can type or import into them); their
 * values are computed when read, from the workbook's series and history settings as they are now,
 * so they can never be stale. A workbook that lacks a series the model needs has none.
 */
export const DERIVED_SERIES = [
  {
    key: 'amd.instinct_revenue_implied',
    label: 'AMD Instinct revenue (implied)',
    notes:
      "Computed, not typed: AMD Data Center revenue minus an EPYC estimate (AMD's x86 server revenue share × an x86 server CPU market pinned by AMD's Instinct statements: 2023Q4, 2024Q2, 2024), held within 0 and Data Center revenue. Your own quarterly values in amd.instinct_revenue_est win where present. Method: docs/MODEL.md, section 1.2.",
  },
  {
    key: 'amd.epyc_revenue_implied',
    label: 'AMD EPYC revenue (implied)',
    notes:
      'Computed, not typed: AMD Data Center revenue minus the implied Instinct revenue (amd.instinct_revenue_implied). Method: docs/MODEL.md, section 1.2.',
  },
] as const;

const DERIVED_KEYS: ReadonlySet<string> = new Set(DERIVED_SERIES.map((s) => s.key));

/** True when `key` names a series whose values are computed when read. */
export function isDerivedSeriesKey(key: string): boolean {
  return DERIVED_KEYS.has(key);
}

/** The computed values of the derived series the workbook has (USD millions, approximate). */
export function derivedObservations(db: Db): Observation[] {
  const present = new Set(
    repositories(db)
      .series.listSeries()
      .filter((s) => DERIVED_KEYS.has(s.key))
      .map((s) => s.key),
  );
  if (present.size === 0) return [];
  let history;
  try {
    const data = loadProjectionData(db);
    history = buildMarketHistory(data.market, data.historyAssumptions);
  } catch (error) {
    // A workbook without the series the model reads has nothing to derive; a bug still throws.
    if (asRefusal(error) !== null) return [];
    throw error;
  }
  const value = (seriesKey: string, period: string, v: number, source: string): Observation => ({
    seriesKey,
    period,
    value: v,
    qualifier: 'approx',
    source,
    note: '',
    importId: null,
    updatedAt: '',
  });
  const out: Observation[] = [];
  for (const key of ['amd.instinct_revenue_implied', 'amd.epyc_revenue_implied'] as const) {
    if (!present.has(key)) continue;
    for (const h of history) {
      out.push(
        key === 'amd.instinct_revenue_implied'
          ? value(key, h.period, h.amd, h.sources.amd)
          : value(
              key,
              h.period,
              h.epyc,
              `AMD Data Center revenue ${Math.round(h.dataCenter)} − implied Instinct ${Math.round(h.amd)}`,
            ),
      );
    }
  }
  return out;
}

/** Every observation: the held ones, then the derived series' computed values. */
export function listAllObservations(db: Db): Observation[] {
  return [...repositories(db).observations.listObservations(), ...derivedObservations(db)];
}

/** One series' values, held or computed. */
export function listSeriesValues(db: Db, key: string): Observation[] {
  if (isDerivedSeriesKey(key)) return derivedObservations(db).filter((o) => o.seriesKey === key);
  return repositories(db).observations.listSeriesObservations(key);
}
