import type { Deal } from '../../projection/market/deals';
import type { QuarterPeriod } from '../../projection/period';
import type { Db } from '../db';

interface DealRow {
  scenario_id: number;
  name: string;
  gigawatts: number;
  start_quarter: string;
  ramp_years: number;
  usd_billions_per_gw: number;
  amd_content_share: number;
  source: string;
}

/** A statement prepared when first asked for. */
export function prepared<T>(make: () => T): () => T {
  let statement: T | undefined;
  return () => (statement ??= make());
}

const toDeal = (r: DealRow): Deal => ({
  name: r.name,
  gigawatts: r.gigawatts,
  startQuarter: r.start_quarter as QuarterPeriod,
  rampYears: r.ramp_years,
  usdBillionsPerGw: r.usd_billions_per_gw,
  amdContentShare: r.amd_content_share,
  ...(r.source !== '' ? { source: r.source } : {}),
});

/**
 * Statements on the scenario_deals table: each scenario's deployment agreements, in order. They
 * are prepared on first use: a workbook of schema 5 or older opened read-only (not migrated) has
 * no such table, and reads that do not need deals must still work on it.
 */
export function dealRepository(db: Db) {
  const all = prepared(() =>
    db.prepare<[], DealRow>(
      `SELECT scenario_id, name, gigawatts, start_quarter, ramp_years, usd_billions_per_gw,
            amd_content_share, source
     FROM scenario_deals ORDER BY scenario_id, sort_order, id`,
    ),
  );
  const removeAll = prepared(() => db.prepare('DELETE FROM scenario_deals WHERE scenario_id = ?'));
  const insert = prepared(() =>
    db.prepare(
      `INSERT INTO scenario_deals (scenario_id, sort_order, name, gigawatts, start_quarter, ramp_years,
       usd_billions_per_gw, amd_content_share, source)
     VALUES (@scenarioId, @order, @name, @gigawatts, @startQuarter, @rampYears, @usdBillionsPerGw,
       @amdContentShare, @source)`,
    ),
  );
  return {
    /** Every scenario's deals, by scenario id. */
    listDealsByScenario(): Map<number, Deal[]> {
      const byId = new Map<number, Deal[]>();
      for (const row of all().all())
        byId.set(row.scenario_id, [...(byId.get(row.scenario_id) ?? []), toDeal(row)]);
      return byId;
    },
    /** Replaces a scenario's deals with `deals`, in their order. */
    replaceDeals(scenarioId: number, deals: readonly Deal[]): void {
      removeAll().run(scenarioId);
      deals.forEach((d, i) =>
        insert().run({
          scenarioId,
          order: (i + 1) * 10,
          name: d.name,
          gigawatts: d.gigawatts,
          startQuarter: d.startQuarter,
          rampYears: d.rampYears,
          usdBillionsPerGw: d.usdBillionsPerGw,
          amdContentShare: d.amdContentShare,
          source: d.source ?? '',
        }),
      );
    },
  };
}
