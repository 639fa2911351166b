import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');
const DC = 'amd.revenue_data_center';

beforeAll(() => {
  expect(runCli('new', W).code).toBe(0);
});
afterAll(() => temp.cleanup());

const display = () =>
  (JSON.parse(runCli('series', W, '--json').stdout) as { key: string; display: unknown }[]).find(
    (s) => s.key === DC,
  )?.display;

describe('iwb series-display', () => {
  it('shows a series in billions with 1 decimal as one step, undone by iwb undo', () => {
    const set = runCli('series-display', W, DC, '--scale', 'billions', '--decimals', '1');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe(`${DC}: shown in USD billions with 1 decimal\n`);
    expect(display()).toEqual({ scale: 'billions', decimals: 1 });
    const history = JSON.parse(runCli('history', W, '--json').stdout) as {
      steps: { kind: string; summary: string }[];
    };
    expect(history.steps[0]).toMatchObject({
      kind: 'series.display',
      summary: `${DC}: shown as stored, usual decimals → billions, 1 decimal`,
    });
    expect(runCli('series-display', W, DC, '--decimals', 'auto').stdout).toBe(
      `${DC}: shown in USD billions with the usual decimals\n`,
    );
    expect(runCli('undo', W).code).toBe(0);
    expect(display()).toEqual({ scale: 'billions', decimals: 1 });
  }, 60_000);

  it.each([
    [[DC, '--scale', 'trillions'], /the scale is one of stored, thousands, millions, billions/],
    [[DC, '--decimals', '9'], /decimals are a whole number from 0 to 6 \(got 9\)/],
    [[DC, '--decimals', 'two'], /"two" is not a number \(0 to 6, or auto\)/],
    [['amd.x86_server_unit_share', '--scale', 'billions'], /a series in percent is shown as stored/],
  ])('refuses %j with exit 1 and one line, writing nothing', (args, message) => {
    const before = readFileSync(W);
    const result = runCli('series-display', W, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(W).equals(before)).toBe(true);
  });

  it('iwb set reads a bare number in the shown unit and iwb get shows the values so; JSON keeps the stored ones', () => {
    expect(runCli('series-display', W, DC, '--scale', 'billions', '--decimals', '1').code).toBe(0);
    const set = runCli('set', W, DC, '2026Q3', '5.2');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(`${DC} 2026Q3 = 5200 (5.2 USD billions) (user entry)`);
    // A scale word still names its own scale.
    expect(runCli('set', W, DC, '2026Q4', '5300M').stdout).toMatch(`${DC} 2026Q4 = 5300 (5.3 USD billions)`);
    const shown = runCli('get', W, DC).stdout;
    expect(shown).toMatch(`${DC}: stored in USD millions, shown in USD billions with 1 decimal`);
    expect(shown).toMatch(/period\s+value \(USD billions\)/);
    expect(shown).toMatch(/2025Q1\s+3\.7\s+exact/);
    expect(shown).toMatch(/2026Q3\s+5\.2\s+exact\s+user entry/);
    const stored = JSON.parse(runCli('get', W, DC, '--json').stdout) as { period: string; value: number }[];
    expect(stored.find((r) => r.period === '2026Q3')?.value).toBe(5200);
    expect(stored.find((r) => r.period === '2025Q1')?.value).toBe(3674);
  }, 60_000);

  it('asks what to change when told nothing', () => {
    const result = runCli('series-display', W, DC);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/say what to change: --scale or --decimals/);
    expect(result.stderr).toMatch(/usage: iwb series-display FILE KEY/);
  });
});
