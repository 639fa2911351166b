import type { WorkbookModelData } from '../projection/workbook-model';
import { loadMarketData, MARKET_SERIES } from './market-data';
import { repositories } from './repositories';
import type { Db } from './db';

/**
 * Reads what the model needs from a workbook: the series the market history is rebuilt from,
 * hyperscaler capex, the x86 unit share history and the workbook's history settings. Refuses
 * naming a series the model needs and the workbook lacks.
 */
export function loadProjectionData(db: Db): WorkbookModelData {
  const repos = repositories(db);
  const { market, capex } = loadMarketData(db);
  return {
    market,
    capex,
    x86History: repos.observations
      .listSeriesObservations(MARKET_SERIES.x86UnitShare)
      .filter((o) => /Q[1-4]$/.test(o.period))
      .map((o) => ({ period: o.period, value: o.value })),
    historyAssumptions: repos.modelSettings.listModelSettings(),
  };
}
