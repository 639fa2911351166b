import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { createWorkbook } from '../../db/workbook';
import { defaultScenarios, sampleData } from '../renderer/fixtures';
import { makeTempDir } from '../helpers/temp-dir';

/** The renderer's tests run on a written-out copy of a new workbook's data: it must not drift from db/seed. */
describe('the renderer test fixtures', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('equal what a new workbook gives the renderer', () => {
    const workbook = createWorkbook(join(temp.dir, 'default.iwb'));
    try {
      expect(sampleData()).toEqual(loadProjectionData(workbook.db));
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
      expect(defaultScenarios()).toEqual(scenarios);
    } finally {
      workbook.close();
    }
  });
});
