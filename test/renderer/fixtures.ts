import { join } from 'node:path';
import type { ProjectionDataDto, ScenarioDto } from '../../electron/contract';
import { loadMarketData, MARKET_SERIES } from '../../db/market-data';
import { repositories } from '../../db/repositories';
import { createWorkbook } from '../../db/workbook';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../projection/assumptions';
import { DEFAULT_DEALS } from '../../projection/market/deals';
import { isQuarterPeriod } from '../../projection/period';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * The default bull, base and bear scenarios with every scenario assumption written out (no history
 * settings: those are the workbook's) and the default OpenAI and Meta deals, as a new workbook
 * holds them.
 */
export function defaultScenarios(): ScenarioDto[] {
  return DEFAULT_SCENARIOS.map((s) => ({
    name: s.name,
    description: s.description,
    probability: s.probability,
    assumptions: Object.fromEntries(
      ASSUMPTION_KEYS.map((key) => [key, s.assumptions[key] ?? DEFAULT_ASSUMPTIONS[key]]),
    ),
    growthOverrides: {},
    deals: DEFAULT_DEALS,
  }));
}

let cached: ProjectionDataDto | null = null;

/**
 * The default workbook's model data: a new workbook is created (db/seed's content) and its series
 * read as the market model reads them, with the default history settings. Made once per test file.
 */
export function sampleData(): ProjectionDataDto {
  if (cached) return cached;
  const { dir, cleanup } = makeTempDir('iwb-renderer-fixture-');
  try {
    const workbook = createWorkbook(join(dir, 'default.iwb'));
    try {
      const { market, capex } = loadMarketData(workbook.db);
      const x86History = repositories(workbook.db)
        .observations.listSeriesObservations(MARKET_SERIES.x86UnitShare)
        .filter((o) => isQuarterPeriod(o.period))
        .map((o) => ({ period: o.period, value: o.value }));
      cached = { market, capex, x86History, historyAssumptions: {} };
      return cached;
    } finally {
      workbook.close();
    }
  } finally {
    cleanup();
  }
}
