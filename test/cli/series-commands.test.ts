import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');
const SHARE = 'amd.x86_server_unit_share';

beforeAll(() => {
  expect(runCli('new', W).code).toBe(0);
});
afterAll(() => temp.cleanup());

interface SeriesJson {
  key: string;
  label: string;
  unit: string;
  minValue: number | null;
  maxValue: number | null;
  fiscalCalendar: { id: string; fiscalYearEndMonth: number };
  aliases: { alias: string; source: string }[];
}
const series = (key: string) =>
  (JSON.parse(runCli('series', W, '--json').stdout) as SeriesJson[]).find((s) => s.key === key)!;

describe('iwb series / series-set', () => {
  it('lists each series with its unit and range, and its calendar and aliases as JSON', () => {
    const table = runCli('series', W);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /amd\.x86_server_unit_share\s+AMD x86 server unit share\s+percent\s+0 to 100/,
    );
    expect(table.stdout).toMatch(
      /amd\.revenue_data_center\s+AMD Data Center revenue\s+USD millions\s+0 or more/,
    );
    expect(series('nvidia.revenue_data_center')).toMatchObject({
      unit: 'USD millions',
      minValue: 0,
      maxValue: null,
      fiscalCalendar: { id: 'nvidia', fiscalYearEndMonth: 1 },
      aliases: [{ alias: 'Data Center', source: 'default' }],
    });
  });

  it("changes a label and a range read in the series' unit, as one step of the journal", () => {
    const set = runCli(
      'series-set',
      W,
      'amd.revenue_embedded',
      '--label',
      'Embedded',
      '--min',
      'none',
      '--max',
      '2B',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('amd.revenue_embedded: Embedded, USD millions, 2000 or less\n');
    expect(series('amd.revenue_embedded')).toMatchObject({
      label: 'Embedded',
      minValue: null,
      maxValue: 2000,
    });
    const history = JSON.parse(runCli('history', W, '--json').stdout) as { steps: { kind: string }[] };
    expect(history.steps[0]).toMatchObject({ kind: 'series.update' });
    // A negative bound is passed as --min=-5 (a leading dash otherwise reads as an option).
    expect(runCli('series-set', W, 'amd.revenue_embedded', '--min=-5', '--json').code).toBe(0);
    expect(series('amd.revenue_embedded').minValue).toBe(-5);
  });

  it.each([
    [
      [SHARE, '--max', '20'],
      /^iwb: AMD x86 server unit share: the range 0 to 20 leaves out 23.3 in 2023Q3 \(the first value outside it\); nothing was changed\n$/,
    ],
    [[SHARE, '--min', '60', '--max', '50'], /the minimum 60 is above the maximum 50/],
    [[SHARE, '--max', 'lots'], /amd.x86_server_unit_share --max: "lots" is not a number; nothing was saved/],
    [[SHARE, '--max', '3.5B'], /has a scale word, but the series is in percent/],
    [[SHARE, '--label', ''], /a series needs a label/],
    [['amd.nothing', '--label', 'x'], /amd.nothing: no such series/],
  ])('refuses %j with exit 1 and one line, writing nothing', (args, message) => {
    const before = readFileSync(W);
    const result = runCli('series-set', W, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(W).equals(before)).toBe(true);
  });

  it.each([
    [[SHARE], /say what to change: --label, --unit, --min or --max/],
    [[SHARE, '--min'], /argument missing|ambiguous/],
    [[SHARE, '--colour', 'red'], /Unknown option '--colour'/],
    [[], /wrong number of arguments/],
  ])('refuses the usage %j with exit 2 and the usage line', (args, message) => {
    const result = runCli('series-set', W, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: iwb series-set FILE KEY/);
  });
});

describe('iwb set / cell / annotate', () => {
  const DC = 'amd.revenue_data_center';

  it('names the cited source a hand edit replaced, and the cell keeps it among its earlier values', () => {
    const set = runCli('set', W, DC, '2025Q1', '3700');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(
      new RegExp(`it replaced a value cited to https://\\S+ \\(see \`iwb cell ${W} ${DC} 2025Q1\`\\)`),
    );
    const annotate = runCli(
      'annotate',
      W,
      DC,
      '2025Q1',
      '--source',
      'my model',
      '--note',
      'checked',
      '--qualifier',
      'approx',
    );
    expect(annotate.stdout).toBe(`${DC} 2025Q1 = 3700 (approx; my model)\n`);
    const cell = JSON.parse(runCli('cell', W, DC, '2025Q1', '--json').stdout) as {
      current: { value: number; source: string; note: string; qualifier: string };
      setBy: { kind: string };
      earlier: { state: { value: number; source: string }; replacedBy: { kind: string } }[];
    };
    expect(cell.current).toMatchObject({
      value: 3700,
      source: 'my model',
      note: 'checked',
      qualifier: 'approx',
    });
    expect(cell.setBy.kind).toBe('edit');
    expect(cell.earlier.map((e) => [e.state.value, e.state.source.slice(0, 8)])).toEqual([
      [3700, 'user ent'],
      [3674, 'https://'],
    ]);
    expect(runCli('cell', W, DC, '2025Q1').stdout).toMatch(
      /set by\s+hand edit \(step \d+\) on \d{4}-\d\d-\d\d/,
    );
  });

  it('refuses a qualifier it does not know (exit 1) and an annotate with nothing to change (exit 2)', () => {
    const before = readFileSync(W);
    const bad = runCli('annotate', W, DC, '2025Q1', '--qualifier', 'roughly');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /qualifier "roughly" is not one of exact, approx, lower_bound, upper_bound, inference/,
    );
    expect(runCli('annotate', W, DC, '2025Q1').code).toBe(2);
    expect(runCli('cell', W, DC, '2031Q1').stdout).toBe(`${DC} 2031Q1 is blank\n`);
    expect(readFileSync(W).equals(before)).toBe(true);
  });
});

describe('iwb find', () => {
  it('finds series by name and cells by value as a table and as JSON, leaving the file as it was', () => {
    const before = readFileSync(W);
    const table = runCli('find', W, 'NVIDIA Data Center');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^series\s+period\s+matched\s+text\n/);
    expect(table.stdout).toMatch(/nvidia\.revenue_data_center\s+-\s+series\s+NVIDIA Data Center revenue/);
    const found = JSON.parse(runCli('find', W, '51,215', '--json').stdout) as {
      hits: { seriesKey: string; period: string; field: string }[];
      isTruncated: boolean;
    };
    expect(found).toEqual({
      hits: [
        {
          seriesKey: 'nvidia.revenue_data_center',
          seriesLabel: 'NVIDIA Data Center revenue',
          period: '2025Q3',
          field: 'value',
          text: '51215',
        },
      ],
      isTruncated: false,
    });
    expect(runCli('find', W, 'no such text').stdout).toBe('nothing matches "no such text"\n');
    expect(runCli('find', W).code).toBe(2);
    expect(readFileSync(W).equals(before)).toBe(true);
  });
});
