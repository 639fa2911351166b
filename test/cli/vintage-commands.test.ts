import { readFileSync, writeFileSync } from 'node:fs';
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

const json = <T>(...args: string[]): T => {
  const result = runCli(...args, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
};

interface Row {
  period: string;
  output: string;
  projected: number;
  reported: number;
  error: number;
  percentError: number | null;
}
interface Score {
  vintage: number;
  label: string;
  quarters: Row[];
  mape: number | null;
  rank: number | null;
}
interface ProjectedQuarter {
  period: string;
  tam: number;
  instinctRevenue: number;
  nvidiaRevenue: number;
}

describe('iwb freeze, vintages and backtest', () => {
  it('freezes a scenario, then scores it on a quarter imported later, as worked out by hand', () => {
    const atFreeze = json<{ quarters: ProjectedQuarter[] }>(
      'project',
      W,
      '--scenario',
      'Base',
      '--format',
      'json',
    );
    const frozen = runCli('freeze', W, 'Base', '--label', 'Base, Nov 2026');
    expect(frozen.stdout).toBe('froze Base as vintage 1: Base, Nov 2026\n');
    expect(json<Score[]>('vintages', W).map((v) => v.label)).toEqual(['Base, Nov 2026']);
    expect(json<{ vintages: Score[] }>('backtest', W).vintages[0]).toMatchObject({
      quarters: [],
      mape: null,
      rank: null,
    });

    // Earnings day: AMD's 2026Q2, NVIDIA's FY2027 Q2 (May-Jul 2026, stored under 2026Q2) and
    // Broadcom's FY2026 Q1 (Nov 2025-Jan 2026, stored under 2025Q4), in one long file.
    const file = join(temp.dir, 'q2.csv');
    writeFileSync(
      file,
      [
        'series,period,value',
        'amd.revenue_data_center,2026Q2,6500',
        'nvidia.revenue_data_center,2026Q2,80000',
        'broadcom.revenue_ai_semiconductor,2025Q4,8200',
      ].join('\n'),
    );
    expect(runCli('import', W, file).code).toBe(0);

    const score = json<{ vintages: Score[] }>('backtest', W).vintages[0]!;
    const frozenQ2 = atFreeze.quarters.find((q) => q.period === '2026Q2')!;
    const nvidia = score.quarters.find((q) => q.output === 'nvidiaRevenue')!;
    // NVIDIA calendar 2026Q2 = (FY2027 Q1 75,200 + 2 × FY2027 Q2 80,000) / 3 = 78,400; × 0.85 = 66,640.
    expect(nvidia).toMatchObject({ period: '2026Q2', reported: 66640 });
    expect(nvidia.projected).toBe(frozenQ2.nvidiaRevenue);
    expect(nvidia.error).toBeCloseTo(frozenQ2.nvidiaRevenue - 66640, 9);
    expect(nvidia.percentError).toBeCloseTo((frozenQ2.nvidiaRevenue - 66640) / 66640, 12);
    // Instinct and the TAM against the market rebuilt with the new quarter.
    const market = json<{ quarters: { period: string; total: number; amd: number }[] }>('market', W);
    const q2 = market.quarters.find((q) => q.period === '2026Q2')!;
    const instinct = score.quarters.find((q) => q.output === 'instinctRevenue')!;
    expect(instinct.reported).toBeCloseTo(q2.amd, 9);
    expect(instinct.projected).toBe(frozenQ2.instinctRevenue);
    expect(score.quarters.find((q) => q.output === 'tam')!.reported).toBeCloseTo(q2.total, 9);
    // One Instinct quarter scored: the MAPE is its absolute percentage error.
    expect(score.mape).toBeCloseTo(Math.abs(frozenQ2.instinctRevenue - q2.amd) / q2.amd, 12);
    expect(score.rank).toBe(1);
  });

  it('copies a vintage into a new scenario at 0%, deletes it and undoes the delete', () => {
    expect(runCli('vintage', 'copy', W, '1', 'Base as frozen').stdout).toMatch(
      /scenario Base as frozen \(probability 0%\)/,
    );
    const copy = json<{ assumptions: Record<string, number>; probability: number }>(
      'scenario',
      'show',
      W,
      'Base as frozen',
    );
    const base = json<{ assumptions: Record<string, number> }>('scenario', 'show', W, 'Base');
    expect(copy.assumptions).toEqual(base.assumptions);
    expect(copy.probability).toBe(0);
    expect(runCli('vintage', 'delete', W, '1').code).toBe(0);
    expect(json<Score[]>('vintages', W)).toEqual([]);
    expect(runCli('undo', W).code).toBe(0);
    expect(json<Score[]>('vintages', W).map((v) => v.label)).toEqual(['Base, Nov 2026']);
  });

  it.each([
    [['vintage', 'delete', W, '9'], /vintage 9: no such vintage \(vintages: 1\)/],
    [['vintage', 'delete', W, 'one'], /"one" is not a vintage id/],
    [['freeze', W, 'Nope'], /no such scenario/],
    [['vintage', 'copy', W, '1', 'Bull'], /already exists/],
  ])('refuses %j with exit 1 and an unchanged file', (args, message) => {
    const before = readFileSync(W);
    const result = runCli(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(W).equals(before)).toBe(true);
  });
});

describe('iwb compare', () => {
  it('sets a scenario beside a vintage and marks what differs', () => {
    expect(runCli('scenario', 'set', W, 'Base', 'tam.growth=50').code).toBe(0);
    const c = json<{
      a: string;
      b: string;
      assumptions: { item: string; a: number; b: number; isChanged: boolean }[];
    }>('compare', W, 'Base', 'vintage:1');
    expect(c.b).toBe('vintage 1 (Base, Nov 2026)');
    expect(c.assumptions.filter((r) => r.isChanged).map((r) => r.item)).toEqual(['tam.growth']);
    expect(c.assumptions.find((r) => r.item === 'tam.growth')).toMatchObject({ a: 0.5, b: 0.55 });
    const table = runCli('compare', W, 'Base', 'vintage:1').stdout;
    expect(table).toMatch(/\*\s+tam\.growth\s+50%\s+55%\s+5%/);
    expect(runCli('compare', W, 'Base', 'vintage:99').code).toBe(1);
  });
});
