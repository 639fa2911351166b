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
});
