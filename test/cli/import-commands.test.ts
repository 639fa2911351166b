import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');
const DC = 'amd.revenue_data_center';

function csv(name: string, content: string): string {
  const path = join(temp.dir, name);
  writeFileSync(path, content);
  return path;
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

beforeAll(() => {
  expect(runCli('new', W).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('iwb import', () => {
  it('imports and reports inserted, updated, unchanged, skipped, errors and the import id as JSON', () => {
    const file = csv(
      'good.csv',
      `period,series,value,source\n2030Q1,${DC},"1,500",https://a\n2025Q1,${DC},$3.7bn,https://b\n`,
    );
    const result = runCli('import', W, file, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 0,
      skipped: 0,
      errors: [],
      importId: 1,
      matched: [{ name: DC, series: DC, by: 'key' }],
      newSeries: [],
    });
    const values = JSON.parse(runCli('get', W, DC, '--json').stdout) as {
      period: string;
      value: number;
      source: string;
    }[];
    expect(values.find((v) => v.period === '2025Q1')).toMatchObject({ value: 3700, source: 'https://b' });
    expect(json(runCli('import', W, file, '--json').stdout)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      importId: 2,
    });
  });

  it('rejects a bad file with exit 1, one line naming line and column, and writes nothing', () => {
    const file = csv('bad.csv', `period,series,value\n2030Q2,${DC},7\n2030Q3,${DC},12abc\n`);
    const bytes = readFileSync(W);
    const result = runCli('import', W, file, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'iwb: line 3, column "value": "12abc" is not a number; nothing was imported\n',
    );
    expect(json(result.stdout)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: [{ line: 3, column: 'value', value: '12abc', message: '"12abc" is not a number' }],
      importId: null,
      // A refused file reports no matches: the refusal names its first problems only.
      matched: [],
      newSeries: [],
    });
    expect(readFileSync(W).equals(bytes)).toBe(true);
  });

  it('skips bad rows with --on-error skip, listing them', () => {
    const file = csv('skip.csv', `period,series,value\n2030Q2,${DC},7\n2030Q3,${DC},12abc\n`);
    const result = runCli('import', W, file, '--on-error', 'skip', '--json');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toMatchObject({
      inserted: 1,
      skipped: 1,
      errors: [{ line: 3, column: 'value' }],
    });
  });

  it('--dry-run reports what would happen and writes nothing', () => {
    const file = csv('dry.csv', `period,series,value\n2030Q4,${DC},9\n2030Q2,${DC},8\n`);
    const bytes = readFileSync(W);
    const result = runCli('import', W, file, '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 0,
      skipped: 0,
      errors: [],
      importId: null,
      matched: [{ name: DC, series: DC, by: 'key' }],
      newSeries: [],
      dryRun: true,
    });
    expect(readFileSync(W).equals(bytes)).toBe(true);
    expect(runCli('import', W, file, '--dry-run').stdout).toMatch(
      /^dry run: would insert 1, update 1, leave 0 unchanged/,
    );
  });

  it('takes the delimiter, decimal mark, scale, fiscal year end, company and source options', () => {
    const file = csv('eu.csv', 'Quartal;Firma;Kennzahl;Wert\nQ1 FY2031;Acme;widgets;1.234,5\n');
    const result = runCli(
      'import',
      W,
      file,
      '--delimiter',
      ';',
      '--decimal',
      ',',
      '--scale',
      'K',
      '--fiscal-year-end',
      'Acme=mar',
      '--format',
      'long',
      '--source',
      'https://acme',
      '--json',
    );
    // Unnamed columns must be mapped: the importer does not guess meaning from German headers.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^iwb: line 1: no column holds the value \(a long file needs one\)/);
    const named = csv('eu2.csv', 'period;company;metric;value\nQ1 FY2031;Acme;widgets;1.234,5\n');
    const ok = runCli(
      'import',
      W,
      named,
      '--delimiter',
      ';',
      '--decimal',
      ',',
      '--scale',
      'K',
      '--fiscal-year-end',
      'Acme=mar',
      '--source',
      'https://acme',
      '--json',
    );
    expect(ok.code).toBe(0);
    const [value] = JSON.parse(runCli('get', W, 'acme.widgets', '--json').stdout) as {
      period: string;
      value: number;
      source: string;
    }[];
    expect(value).toMatchObject({ period: '2030Q2', value: 1.2345, source: 'https://acme' });
  });

  it('names the option that gives an unknown fiscal calendar', () => {
    const file = csv('fiscal.csv', 'period,company,metric,value\nQ3 FY2031,Globex,widgets,5\n');
    const result = runCli('import', W, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'iwb: line 2, column "period": Q3 FY2031 is a fiscal period, and the month in which the fiscal year of Globex ends is not known; give it with the import; nothing was imported; pass --fiscal-year-end "Globex=MONTH"\n',
    );
  });

  it('asks to confirm a guessed decimal comma', () => {
    const file = csv('comma.csv', `period;series;value\n2031Q1;${DC};0,5\n`);
    const result = runCli('import', W, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'iwb: the numbers may use a decimal comma (line 2: "0,5"); confirm the decimal mark ("," or "."); pass --decimal , or --decimal .\n',
    );
  });

  it('usage errors exit 2', () => {
    const file = csv('u.csv', `period,series,value\n2030Q1,${DC},1\n`);
    expect(runCli('import', W).code).toBe(2);
    expect(runCli('import', W, file, '--scale', 'X').code).toBe(2);
    expect(runCli('import', W, file, '--on-error', 'maybe').code).toBe(2);
    expect(runCli('import', W, file, '--fiscal-year-end', 'Acme').code).toBe(2);
    expect(runCli('import', W, file, '--bogus').code).toBe(2);
    expect(runCli('undo-import', W, 'x').code).toBe(2);
  });

  it('settles names with --map, --map-new and --skip, and reports where each went (also with --dry-run)', () => {
    const file = csv(
      'names.csv',
      'series,period,value\nDC segment,2031Q1,10\nData Center,2031Q2,12\nWidgets,2031Q1,5\nNoise,2031Q1,1\n',
    );
    const W2 = join(temp.dir, 'W2.iwb');
    expect(runCli('new', W2).code).toBe(0);
    const refused = runCli('import', W2, file, '--dry-run', '--json');
    expect(refused.code).toBe(1);
    expect(json(refused.stdout)).toMatchObject({
      errors: [
        {
          line: 2,
          value: 'DC segment',
          message: expect.stringMatching(/^no series is called "DC segment"/) as unknown,
        },
        {
          line: 3,
          message: expect.stringMatching(/"Data Center" is ambiguous: AMD Data Center revenue/) as unknown,
        },
        { line: 4 },
        { line: 5 },
      ],
    });
    const args = ['--map', `DC segment=${DC}`, '--map-new', 'Widgets', '--skip', 'Noise', '--company', 'AMD'];
    const dry = runCli('import', W2, file, ...args, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(json(dry.stdout)).toMatchObject({
      inserted: 3,
      dryRun: true,
      matched: [
        { name: 'DC segment', series: DC, by: 'chosen' },
        { name: 'Data Center', series: DC, by: 'alias' },
      ],
      newSeries: ['amd.widgets'],
    });
    const done = runCli('import', W2, file, ...args, '--json');
    expect(done.code, done.stderr).toBe(0);
    expect(json(done.stdout)).toMatchObject({ inserted: 3, newSeries: ['amd.widgets'] });
    // The choice is remembered as an alias: next quarter's file matches by itself.
    const next = csv('names-2.csv', 'series,period,value\nDC segment,2031Q3,11\n');
    expect(json(runCli('import', W2, next, '--json').stdout)).toMatchObject({
      inserted: 1,
      matched: [{ name: 'DC segment', series: DC, by: 'alias' }],
    });
  });
});

describe('iwb imports / undo-import / recipes', () => {
  it('lists imports, undoes one exactly, and refuses to undo it twice', () => {
    const file = csv(
      'undo.csv',
      `period,series,value,source\n2025Q1,${DC},1,https://u\n2032Q1,${DC},2,https://u\n`,
    );
    const before = runCli('get', W, DC, '--json').stdout;
    const { importId } = json(runCli('import', W, file, '--json').stdout) as { importId: number };
    const list = JSON.parse(runCli('imports', W, '--json').stdout) as {
      id: number;
      fileName: string;
      undoneAt: string | null;
    }[];
    expect(list.at(-1)).toMatchObject({ id: importId, fileName: 'undo.csv', undoneAt: null });
    expect(runCli('imports', W).stdout).toMatch(/undo\.csv/);
    const undo = runCli('undo-import', W, String(importId), '--json');
    expect(undo.code).toBe(0);
    expect(json(undo.stdout)).toEqual({ importId, restored: 1, removed: 1, kept: 0, seriesRemoved: 0 });
    expect(runCli('get', W, DC, '--json').stdout).toBe(before);
    const again = runCli('undo-import', W, String(importId));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^iwb: import ${importId} was undone on `));
    expect(runCli('undo-import', W, '999').stderr).toBe('iwb: no import has the id 999 (see iwb imports)\n');
  });

  it('saves a recipe with --save-recipe and applies it to the next file of the same shape', () => {
    const sheet = (periods: string[]) =>
      `Line,${periods.join(',')}\nData Center,${periods.map((_, i) => 10 + i).join(',')}\n`;
    const first = csv('ir1.csv', sheet(['Q1 2033']));
    const saved = runCli(
      'import',
      W,
      first,
      '--company',
      'AMD',
      '--source',
      'https://ir.amd.com',
      '--save-recipe',
      'AMD IR',
      '--json',
    );
    expect(saved.code).toBe(0);
    expect(JSON.parse(runCli('recipes', W, '--json').stdout)).toMatchObject([{ name: 'AMD IR' }]);
    const next = csv('ir2.csv', sheet(['Q1 2033', 'Q2 2033']));
    // The recipe brings back the company and the source: Q1 is unchanged, Q2 is new.
    expect(json(runCli('import', W, next, '--json').stdout)).toMatchObject({
      inserted: 1,
      updated: 0,
      unchanged: 1,
    });
    const imports = JSON.parse(runCli('imports', W, '--json').stdout) as { recipe: string | null }[];
    expect(imports.at(-1)?.recipe).toBe('AMD IR');
  });
});
