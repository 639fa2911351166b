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

const value = (key: string, period: string) =>
  (
    JSON.parse(runCli('get', W, key, '--json').stdout) as { period: string; value: number; source: string }[]
  ).find((o) => o.period === period);

interface Step {
  id: number;
  at: string;
  kind: string;
  summary: string;
  changes: Record<string, unknown>;
}
const history = () => (JSON.parse(runCli('history', W, '--json').stdout) as { steps: Step[] }).steps;

describe('iwb set / history / undo / redo', () => {
  it('sets a value as the grid reads it, with its source, and clears it with an empty value', () => {
    const set = runCli(
      'set',
      W,
      'amd.revenue_data_center',
      '2026Q2',
      '3.5B',
      '--source',
      'my estimate',
      '--note',
      'guess',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(value('amd.revenue_data_center', '2026Q2')).toMatchObject({ value: 3500, source: 'my estimate' });
    expect(runCli('set', W, 'amd.revenue_data_center', '2026Q2', '').code).toBe(0);
    expect(value('amd.revenue_data_center', '2026Q2')).toBeUndefined();
  });

  it.each([
    [['amd.x86_server_unit_share', '2026Q2', '140'], /140 is outside the series' range \(0 to 100\)/],
    [['amd.revenue_data_center', '2026Q2', '(5)'], /-5 is outside the series' range \(0 or more\)/],
    // A leading minus reads as an option unless `--` ends the options, as for any command.
    [['amd.revenue_data_center', '2026Q2', '--', '-5'], /-5 is outside the series' range \(0 or more\)/],
    [
      ['amd.revenue_data_center', '2026Q2', '12%'],
      /"12%" is a percentage, but the series is in USD millions/,
    ],
    [['amd.nothing', '2026Q2', '1'], /amd.nothing: no such series/],
  ])('refuses %j with exit 1 and one line, writing nothing', (args, message) => {
    const before = readFileSync(W);
    const result = runCli('set', W, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(W).equals(before)).toBe(true);
  });

  it('lists every step newest first as JSON, and undoes and redoes one step per process', () => {
    expect(runCli('set', W, 'amd.revenue_data_center', '2025Q1', '3700').code).toBe(0);
    expect(runCli('scenario', 'delete', W, 'Bear').code).toBe(0);
    const [newest, before] = history();
    expect(newest).toMatchObject({ kind: 'scenario.delete', who: 'user', summary: 'deleted scenario Bear' });
    expect(before).toMatchObject({
      kind: 'observation.set',
      changes: {
        series: 'amd.revenue_data_center',
        period: '2025Q1',
        before: { value: 3674 },
        after: { value: 3700 },
      },
    });
    expect(runCli('undo', W).stdout).toMatch(/undid step \d+: deleted scenario Bear/);
    expect(runCli('scenario', 'list', W, '--json').stdout).toContain('"Bear"');
    expect(runCli('undo', W).code).toBe(0);
    expect(value('amd.revenue_data_center', '2025Q1')?.value).toBe(3674);
    expect(runCli('redo', W).stdout).toMatch(/redid step \d+: amd.revenue_data_center 2025Q1: 3674 → 3700/);
    expect(value('amd.revenue_data_center', '2025Q1')?.value).toBe(3700);
    expect(history()[0]).toMatchObject({ kind: 'history.redo' });
  });
});
