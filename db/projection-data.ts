import type { WorkbookModelData } from '../projection/workbook-model';
import { loadMarketData } from './market-data';
import { repositories } from './repositories';
import type { Db } from './workbook';

/** The series the model reads besides the market history's; keys as in the default workbook. */
export const MODEL_SERIES = {
  x86Share: 'amd.x86_server_unit_share',
  capex: [
    'microsoft.purchases_of_property_and_equipment',
    'amazon.purchases_of_property_and_equipment',
    'alphabet.purchases_of_property_and_equipment',
    'meta.purchases_of_property_and_equipment',
  ],
} as const;

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
      .listSeriesObservations(MODEL_SERIES.x86Share)
      .filter((o) => /Q[1-4]$/.test(o.period))
      .map((o) => ({ period: o.period, value: o.value })),
    historyAssumptions: repos.modelSettings.listModelSettings(),
  };
}
