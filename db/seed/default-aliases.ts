import { repositories } from '../repositories';
import type { Db } from '../db';

/**
 * The names the companies' own releases give the default series, shipped as aliases so an IR
 * sheet or a long file of company + metric words lands on them (projection/series-match.ts).
 * AMD's releases label segments "Data Center", "Client and Gaming"…; NVIDIA's "Data Center"; the
 * hyperscalers' cash-flow statements "Purchases of property and equipment".
 */
const CAPEX_ALIASES = ['Purchases of property and equipment', 'Capital expenditures'];

export const DEFAULT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'amd.revenue_data_center': ['Data Center'],
  'amd.revenue_client': ['Client'],
  'amd.revenue_gaming': ['Gaming'],
  'amd.revenue_client_and_gaming': ['Client and Gaming'],
  'amd.revenue_embedded': ['Embedded'],
  'amd.revenue_total': ['Total net revenue', 'Net revenue'],
  'nvidia.revenue_data_center': ['Data Center'],
  'microsoft.purchases_of_property_and_equipment': CAPEX_ALIASES,
  'amazon.purchases_of_property_and_equipment': CAPEX_ALIASES,
  'alphabet.purchases_of_property_and_equipment': CAPEX_ALIASES,
  'meta.purchases_of_property_and_equipment': CAPEX_ALIASES,
};

/** Adds the default aliases of the default series the workbook has. */
export function seedDefaultAliases(db: Db): void {
  const repos = repositories(db);
  for (const [key, aliases] of Object.entries(DEFAULT_ALIASES)) {
    const series = repos.series.findSeries(key);
    if (series) for (const alias of aliases) repos.series.addAlias(series.id, alias, 'default');
  }
}
