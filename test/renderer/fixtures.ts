import { join } from 'node:path';
import type { ProjectionDataDto, ScenarioDto } from '../../electron/contract';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { createWorkbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

interface DefaultWorkbook {
  readonly data: ProjectionDataDto;
  readonly scenarios: readonly ScenarioDto[];
}

let cached: DefaultWorkbook | null = null;

/**
 * A new workbook's content (db/seed) as the renderer receives it: the model's data as
 * `projection:data` answers and the scenarios as `scenarios:list` does. Made once per test file.
 */
function defaultWorkbook(): DefaultWorkbook {
  if (cached) return cached;
  const { dir, cleanup } = makeTempDir('iwb-renderer-fixture-');
  try {
    const workbook = createWorkbook(join(dir, 'default.iwb'));
    try {
      const scenarios = repositories(workbook.db)
        .scenarios.listScenarios()
        .map(({ name, description, probability, assumptions, growthOverrides, deals }) => ({
          name,
          description,
          probability,
          assumptions,
          growthOverrides,
          deals,
        }));
      cached = { data: loadProjectionData(workbook.db), scenarios };
      return cached;
    } finally {
      workbook.close();
    }
  } finally {
    cleanup();
  }
}

/** The default bull, base and bear scenarios with every assumption and their deals, as a new workbook holds them. */
export function defaultScenarios(): ScenarioDto[] {
  return defaultWorkbook().scenarios.map((s) => ({ ...s }));
}

/** The default workbook's model data: the market's series, capex, the x86 share history and the history settings. */
export function sampleData(): ProjectionDataDto {
  return defaultWorkbook().data;
}
