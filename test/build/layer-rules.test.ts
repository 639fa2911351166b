import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import-boundary rule of eslint.config.mjs, checked on snippets placed in each layer.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer boundaries (STYLE.md)', () => {
  it.each([
    ['renderer/features/x.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    [
      'renderer/features/x.ts',
      "import { openWorkbook } from '../../db/workbook';\nexport const o = openWorkbook;\n",
    ],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    [
      'renderer/features/x.ts',
      "import { contract } from '../../electron/contract';\nexport const c = contract;\n",
    ],
    [
      'renderer/features/x.ts',
      "import { importInputs } from '../../electron/import-contract';\nexport const i = importInputs;\n",
    ],
    [
      'electron/import-contract.ts',
      "import { repositories } from '../db/repositories';\nexport const r = repositories;\n",
    ],
    ['projection/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    [
      'projection/x.ts',
      "import { repositories } from '../db/repositories';\nexport const r = repositories;\n",
    ],
    ['db/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['cli/x.ts', "import { handlers } from '../electron/main/handlers';\nexport const h = handlers;\n"],
    [
      'electron/preload/x.ts',
      "import { repositories } from '../../db/repositories';\nexport const r = repositories;\n",
    ],
  ])('%s may not import: %s', async (file, code) => {
    expect(await ruleHits(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'renderer/features/x.ts',
      "import type { SeriesDto } from '../../electron/contract';\nexport type S = SeriesDto;\n",
    ],
    [
      'renderer/features/x.ts',
      "import { comparePeriods } from '../../projection/period';\nexport const c = comparePeriods;\n",
    ],
    ['db/x.ts', "import { isPeriod } from '../projection/period';\nexport const p = isPeriod;\n"],
    [
      'electron/main/x.ts',
      "import { repositories } from '../../db/repositories';\nexport const r = repositories;\n",
    ],
  ])('%s may import: %s', async (file, code) => {
    expect(await ruleHits(file, code)).toEqual([]);
  });

  it.each([
    ['renderer/features/projection/x.ts', "import { useScenarios } from '../scenarios/use-scenarios';"],
    ['renderer/features/import/x.ts', "import { BOUND_PREFIX } from '../data/data-grid-model';"],
    ['renderer/features/compare/x.tsx', "import { DataView } from '../data/DataView';"],
    ['renderer/features/data/grid/x.ts', "import { useImportSession } from '../../import/use-import';"],
    [
      'renderer/features/data/a/b/x.ts',
      "import { useProjection } from '../../../projection/use-projection';",
    ],
    ['renderer/components/x.ts', "import { useData } from '../features/data/use-data';"],
    ['renderer/state/x.ts', "import { useData } from '../features/data/use-data';"],
  ])('a feature’s files are its own: %s may not import: %s', async (file, line) => {
    const hits = await ruleHits(file, `${line}\nexport const x = 1;\n`);
    expect(hits).toEqual([expect.stringMatching(/A feature never imports another feature's files/)]);
  });

  it.each([
    ['renderer/features/projection/x.ts', "import { useProjection } from './use-projection';"],
    ['renderer/features/projection/x.ts', "import { goalSeek } from '../../../projection/goal-seek';"],
    ['renderer/features/projection/x.ts', "import { useScenarioList } from '../../state/use-scenario-list';"],
    ['renderer/features/projection/x.ts', "import { PanelGrid } from '../../components/PanelGrid';"],
    ['renderer/features/data/grid/x.ts', "import { useData } from '../use-data';"],
    ['renderer/features/data/grid/x.ts', "import { call } from '../../../api';"],
    ['renderer/app/x.tsx', "import { DataView } from '../features/data/DataView';"],
  ])('a feature may import its own files and shared ones: %s may import: %s', async (file, line) => {
    expect(await ruleHits(file, `${line}\nexport const x = 1;\n`)).toEqual([]);
  });

  it('still applies the renderer layer to a feature’s files', async () => {
    const hits = await ruleHits(
      'renderer/features/data/x.ts',
      "import { openWorkbook } from '../../../db/workbook';\nexport const o = openWorkbook;\n",
    );
    expect(hits).toEqual([expect.stringMatching(/renderer\/ may import projection/)]);
  });
});
