import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../db/migrations';
import { makeHostileFiles } from '../helpers/hostile-files';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');

beforeAll(() => {
  const created = runCli('new', W);
  expect(created.code, created.stderr).toBe(0);
});
afterAll(() => temp.cleanup());

describe('iwb new / info / series / get', () => {
  it('info reports the default workbook', () => {
    const json = runCli('info', W, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      series: 24,
      observations: 250,
      firstPeriod: '2017Q4',
      lastPeriod: '2026Q1',
    });
    const table = runCli('info', W);
    expect(table.stdout).toMatch(/series\s+24/);
    expect(table.stdout).toMatch(/first period\s+2017Q4/);
  });

  it('series lists key, label, unit, count and period range', () => {
    const rows = JSON.parse(runCli('series', W, '--json').stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(24);
    expect(rows.find((r) => r.key === 'amd.x86_server_unit_share')).toEqual({
      key: 'amd.x86_server_unit_share',
      label: 'AMD x86 server unit share',
      unit: 'percent',
      count: 32,
      firstPeriod: '2017Q4',
      lastPeriod: '2026Q1',
    });
    expect(runCli('series', W).stdout).toMatch(/nvidia\.revenue_data_center\s+NVIDIA Data Center revenue/);
  });

  it('get lists every quarter 2022Q1-2025Q4 of AMD Data Center revenue with its source', () => {
    const result = runCli('get', W, 'amd.revenue_data_center', '--json');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { period: string; value: number; source: string }[];
    const quarters = rows.filter((r) => /^202[2-5]Q[1-4]$/.test(r.period));
    expect(quarters).toHaveLength(16);
    expect(quarters.every((r) => r.source.startsWith('https://'))).toBe(true);
    expect(rows.find((r) => r.period === '2025Q1')?.value).toBe(3674);
    expect(runCli('get', W, 'amd.revenue_data_center').stdout).toMatch(/2025Q1\s+3,674\s+exact\s+https:/);
  });

  it('refuses an unknown series with exit 1 and one line', () => {
    const result = runCli('get', W, 'amd.nothing');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`iwb: amd.nothing: no such series (see \`iwb series ${W}\`)\n`);
  });

  it('refuses to create over an existing file', () => {
    const result = runCli('new', W);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
  });

  it('usage errors exit 2', () => {
    expect(runCli().code).toBe(2);
    expect(runCli('frobnicate', W).code).toBe(2);
    expect(runCli('info').code).toBe(2);
    expect(runCli('info', W, '--bogus').code).toBe(2);
    expect(runCli('--help').code).toBe(0);
  });
});

describe('iwb info refuses hostile files with exit 1, one line, and unchanged bytes', () => {
  const files = makeHostileFiles(temp.dir);
  it.each(Object.keys(files) as (keyof typeof files)[])('%s', (name) => {
    const before = readFileSync(files[name]);
    const result = runCli('info', files[name]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^iwb: ${name}\\.iwb: .+\\n$`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(files[name]).equals(before)).toBe(true);
  });
});
