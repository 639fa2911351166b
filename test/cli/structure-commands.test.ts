import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const W = join(temp.dir, 'W.iwb');
const NEW = 'amd.semi_custom';

beforeAll(() => {
  expect(runCli('new', W).code).toBe(0);
});
afterAll(() => temp.cleanup());

const keys = () => (JSON.parse(runCli('series', W, '--json').stdout) as { key: string }[]).map((s) => s.key);
const lastStep = () =>
  (JSON.parse(runCli('history', W, '--json').stdout) as { steps: { kind: string; summary: string }[] })
    .steps[0];

describe('iwb series-add / series-rename / series-move / series-delete / period-add', () => {
  it('adds a series with a range read in its unit, each step undone and redone by iwb undo / redo', () => {
    const add = runCli(
      'series-add',
      W,
      NEW,
      '--label',
      'AMD semi-custom',
      '--company',
      'AMD',
      '--unit',
      'USD millions',
      '--kind',
      'estimate',
      '--max',
      '2B',
    );
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/^added amd\.semi_custom: AMD semi-custom, USD millions, 0 to 2000, AMD\n$/);
    expect(keys().at(-1)).toBe(NEW);
    expect(lastStep()).toMatchObject({ kind: 'series.create' });

    expect(runCli('series-rename', W, NEW, 'Semi-custom SoCs').stdout).toBe(`${NEW}: Semi-custom SoCs\n`);
    expect(runCli('series-move', W, NEW, '1').stdout).toBe(`${NEW} is now number 1\n`);
    expect(keys()[0]).toBe(NEW);
    expect(lastStep()).toMatchObject({
      kind: 'series.reorder',
      summary: expect.stringMatching(/^moved series amd.semi_custom up \d+ places$/),
    });
    expect(runCli('undo', W).code).toBe(0);
    expect(keys().at(-1)).toBe(NEW);
    expect(runCli('redo', W).code).toBe(0);
    expect(keys()[0]).toBe(NEW);
  }, 120_000);

  it('deletes a series with its values; iwb undo puts them back', () => {
    const before = runCli('get', W, 'amd.revenue_gaming', '--json').stdout;
    const deleted = runCli('series-delete', W, 'amd.revenue_gaming');
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toMatch(
      /^deleted amd\.revenue_gaming with \d+ values \(`iwb undo .*W\.iwb` puts it back\)\n$/,
    );
    expect(runCli('get', W, 'amd.revenue_gaming').code).toBe(1);
    expect(runCli('undo', W).stdout).toMatch(/^undid step \d+: deleted series amd.revenue_gaming/);
    expect(runCli('get', W, 'amd.revenue_gaming', '--json').stdout).toBe(before);
  }, 120_000);

  it('adds quarters at either end', () => {
    const info = JSON.parse(runCli('period-add', W, 'end', '--json').stdout) as {
      added: string;
      last: string;
    };
    expect(info.added).toMatch(/^\d{4}Q1$/);
    expect(info.last).toBe(info.added);
    expect(runCli('period-add', W, 'start').stdout).toMatch(
      /^added \d{4}Q4: the workbook runs from \d{4}Q4 to \d{4}Q1\n$/,
    );
    expect(lastStep()).toMatchObject({ kind: 'periods.extend' });
  }, 120_000);

  it('refuses bad input with a message and exit code, writing nothing', () => {
    const steps = JSON.parse(runCli('history', W, '--json').stdout) as { steps: unknown[] };
    const cases: [string[], number, RegExp][] = [
      [
        [
          'series-add',
          W,
          'Bad Key',
          '--label',
          'x',
          '--company',
          'AMD',
          '--unit',
          'USD millions',
          '--kind',
          'estimate',
        ],
        1,
        /"Bad Key": a series key is company\.metric/,
      ],
      [
        [
          'series-add',
          W,
          'amd.x',
          '--label',
          'x',
          '--company',
          'AMD',
          '--unit',
          'USD millions',
          '--kind',
          'derived',
        ],
        2,
        /--kind is reported or estimate/,
      ],
      [
        ['series-add', W, 'amd.x', '--label', 'x', '--unit', 'USD millions', '--kind', 'estimate'],
        2,
        /--company is required/,
      ],
      [
        [
          'series-add',
          W,
          'amd.x',
          '--label',
          'x',
          '--company',
          'AMD',
          '--unit',
          'percent',
          '--kind',
          'estimate',
          '--max',
          'lots',
        ],
        1,
        /amd\.x --max: /,
      ],
      [['series-delete', W, 'amd.instinct_revenue_implied'], 1, /computed by the app/],
      [['series-move', W, NEW, 'first'], 2, /"first" is not one/],
      [['series-move', W, NEW, '999'], 1, /position 998 is outside 0 to/],
      [['period-add', W, 'middle'], 2, /start or end, not "middle"/],
    ];
    for (const [args, code, message] of cases) {
      const run = runCli(...args);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr).toMatch(message);
    }
    expect((JSON.parse(runCli('history', W, '--json').stdout) as { steps: unknown[] }).steps).toEqual(
      steps.steps,
    );
    // Ten processes, each opening the workbook: slow on a loaded machine, not a hang.
  }, 120_000);
});
