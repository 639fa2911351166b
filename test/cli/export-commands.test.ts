import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');

beforeAll(() => {
  expect(runCli('new', W).code).toBe(0);
});
afterAll(() => temp.cleanup());

const lineOf = (file: string, key: string) =>
  readFileSync(file, 'utf8')
    .split('\r\n')
    .find((l) => l.startsWith(`${key},`))!;

describe('iwb export to CSV', () => {
  it('writes the Data grid with plain numbers, or with --as-shown as the grid shows them', () => {
    const raw = join(temp.dir, 'raw.csv');
    const shown = join(temp.dir, 'shown.csv');
    expect(runCli('export', W, raw).stdout).toBe(`wrote ${raw}: Data\n`);
    expect(runCli('export', W, shown, '--as-shown').code).toBe(0);
    expect(lineOf(raw, 'nvidia.revenue_data_center')).toContain(',51215,');
    expect(lineOf(shown, 'nvidia.revenue_data_center')).toContain(',"51,215",');
    expect(lineOf(shown, 'amd.x86_server_unit_share')).toMatch(/,27\.2%,/);
  });

  it('refuses a flag it does not know with the usage line', () => {
    const result = runCli('export', W, join(temp.dir, 'x.csv'), '--pretty');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'usage: iwb export FILE OUT.xlsx|OUT.csv [--scenario NAME] [--as-shown] [--json]',
    );
  });
});
