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

function show(name: string) {
  const result = runCli('scenario', 'show', W, name, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    probability: number;
    assumptions: Record<string, number>;
    growthOverrides: Record<string, number>;
  };
}

describe('iwb scenario', () => {
  it('lists the default scenarios', () => {
    const rows = JSON.parse(runCli('scenario', 'list', W, '--json').stdout) as {
      name: string;
      probability: number;
    }[];
    expect(rows.map((r) => [r.name, r.probability])).toEqual([
      ['Bull', 0.25],
      ['Base', 0.5],
      ['Bear', 0.25],
    ]);
    expect(runCli('scenario', 'show', W, 'Bull').stdout).toMatch(
      /amd\.inference\.shareCeiling\s+AMD's inference share: ramp ceiling\s+23%/,
    );
  });

  it('sets several values at once: percents as 30 or 30%, quarters as YYYYQn, overrides, probability', () => {
    const result = runCli(
      'scenario',
      'set',
      W,
      'Base',
      'amd.inference.shareCeiling=30%',
      'tam.growth=55',
      'amd.inference.rampMidpoint=2027Q3',
      'tam.growth@2028=20',
      'probability=40',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const base = show('Base');
    expect(base.assumptions['amd.inference.shareCeiling']).toBeCloseTo(0.3, 12);
    expect(base.assumptions['tam.growth']).toBe(0.55);
    expect(base.assumptions['amd.inference.rampMidpoint']).toBe(2027.5);
    expect(base.growthOverrides).toEqual({ '2028': 0.2 });
    expect(base.probability).toBeCloseTo(0.4, 12);
  });

  it('reads a bare number below 1 as a percent, as the app does, and says so on stderr', () => {
    const result = runCli('scenario', 'set', W, 'Bear', 'amd.grossMargin=0.25', 'probability=0.5');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      'iwb: note: amd.grossMargin: 0.25 was read as 0.25% (type 25 for 25%)',
      'iwb: note: probability: 0.5 was read as 0.5% (type 50 for 50%)',
    ]);
    const bear = show('Bear');
    expect(bear.assumptions['amd.grossMargin']).toBeCloseTo(0.0025, 12);
    expect(bear.probability).toBeCloseTo(0.005, 12);
  });

  it.each([
    [['Base', 'amd.inference.shareCeiling=120%'], /between 0% and 100%/],
    [['Base', 'capex.guidance=-1'], /must not be negative/],
    [['Base', 'tam.growth=fast'], /"fast" is not a number/],
    [['Base', 'no.such=1'], /unknown assumption "no.such"/],
    [['Base', 'tam.growth'], /expected KEY=VALUE/],
    [['Nope', 'tam.growth=0.5'], /"Nope": no such scenario/],
    [['Base', 'tam.growth=50', 'amd.inference.shareCeiling=200'], /between 0% and 100%/],
  ])('refuses %j with exit 1, one line, and an unchanged file', (args, message) => {
    const before = readFileSync(W);
    const result = runCli('scenario', 'set', W, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(W).equals(before)).toBe(true);
  });

  it('copies and deletes, refusing an existing name', () => {
    expect(runCli('scenario', 'copy', W, 'Bear', 'Bear 2').code).toBe(0);
    expect(show('Bear 2').assumptions).toEqual(show('Bear').assumptions);
    expect(runCli('scenario', 'copy', W, 'Bear', 'Bull').code).toBe(1);
    expect(runCli('scenario', 'delete', W, 'Bear 2').code).toBe(0);
    expect(runCli('scenario', 'delete', W, 'Bear 2').stderr).toMatch(/no such scenario/);
  });
});

describe('iwb project / fit-x86 / goal-seek', () => {
  it('projects one scenario as JSON, CSV and a table', () => {
    const result = runCli('project', W, '--scenario', 'Bear', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as {
      scenario: string;
      jumpOff: { quarter: string; tam: number; amdShare: number };
      quarters: {
        period: string;
        tam: number;
        training: number;
        inference: number;
        xpuShare: number;
        otherShare: number;
        merchant: number;
        amdShare: number;
        instinctRevenue: number;
        nvidiaRevenue: number;
        dealRevenue: number;
        grossProfit: number;
      }[];
      checks: { id: string; verdict: string }[];
      years: { year: number; instinctRevenue: number; yoy: number | null }[];
    };
    expect(out.scenario).toBe('Bear');
    expect(out.quarters[0]?.period).toBe('2026Q2');
    expect(out.quarters.at(-1)?.period).toBe('2030Q4');
    expect(out.jumpOff.quarter).toBe('2026Q1');
    expect(out.checks.map((c) => c.id)).toContain('broadcom-sam-2027');
    for (const q of out.quarters) {
      // The identities hold exactly: they are how the values are computed.
      expect(q.merchant).toBe(q.tam * (1 - q.xpuShare - q.otherShare));
      expect(q.instinctRevenue).toBe(q.merchant * q.amdShare);
      expect(q.nvidiaRevenue).toBe(q.merchant - q.instinctRevenue);
      expect(q.training + q.inference).toBeCloseTo(q.tam, 6);
      expect(q.dealRevenue).toBeGreaterThanOrEqual(0);
      expect(q.amdShare).toBeGreaterThanOrEqual(0);
      expect(q.amdShare).toBeLessThanOrEqual(1);
    }
    expect(out.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const csv = runCli('project', W, '--scenario', 'Bear', '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]).toBe(
      'period,tam,training,inference,xpuShare,otherShare,merchant,amdShare,instinctRevenue,nvidiaRevenue,dealRevenue,revenueFromDeals,isBelowDeals,grossProfit',
    );
    expect(csv).toHaveLength(out.quarters.length + 1);
    expect(runCli('project', W).stdout).toMatch(/^Base: 2026Q2–2030Q4/);
    expect(runCli('project', W, '--format', 'xml').code).toBe(2);
    expect(runCli('project', W, '--scenario', 'Nope').code).toBe(1);
    // A what-if copy starts at probability 0 and is projected like any other.
    expect(runCli('scenario', 'copy', W, 'Bear', 'What if').code).toBe(0);
    const whatIf = runCli('project', W, '--scenario', 'What if', '--format', 'json');
    expect(whatIf.code, whatIf.stderr).toBe(0);
    expect(JSON.parse(whatIf.stdout).years).toEqual(out.years);
    expect(runCli('scenario', 'delete', W, 'What if').code).toBe(0);
  });

  it('fits the x86 analog', () => {
    const fit = JSON.parse(runCli('fit-x86', W, '--json').stdout) as Record<string, number>;
    expect(Object.keys(fit)).toEqual(
      expect.arrayContaining(['ceiling', 'speed', 'midpoint', 'r2', 'quartersFrom1To20']),
    );
    expect(fit.r2).toBeGreaterThan(0.95);
    expect(fit.ceiling).toBeGreaterThan(0.25);
    expect(fit.ceiling).toBeLessThan(1);
    expect(fit.quartersFrom1To20).toBeGreaterThan(15);
  });

  it('goal-seeks without saving, then with --save, and says when a target is out of reach', () => {
    const before = readFileSync(W);
    const dry = JSON.parse(
      runCli(
        'goal-seek',
        W,
        '--scenario',
        'Bull',
        '--target',
        'instinctRevenue:2027=40000',
        '--by',
        'amd.inference.shareCeiling',
        '--json',
      ).stdout,
    ) as { value: number; output: number; reached: boolean; saved: boolean };
    expect(dry.reached).toBe(true);
    expect(Math.abs(dry.output - 40000) / 40000).toBeLessThan(1e-6);
    expect(dry.saved).toBe(false);
    expect(readFileSync(W).equals(before)).toBe(true);

    const saved = runCli(
      'goal-seek',
      W,
      '--scenario',
      'Bull',
      '--target',
      'instinctRevenue:2027=40000',
      '--by',
      'amd.inference.shareCeiling',
      '--save',
    );
    expect(saved.code, saved.stderr).toBe(0);
    expect(show('Bull').assumptions['amd.inference.shareCeiling']).toBeCloseTo(dry.value, 12);
    const projected = JSON.parse(runCli('project', W, '--scenario', 'Bull', '--format', 'json').stdout) as {
      years: { year: number; instinctRevenue: number }[];
    };
    expect(projected.years.find((y) => y.year === 2027)!.instinctRevenue).toBeCloseTo(40000, 2);

    const unreachable = JSON.parse(
      runCli(
        'goal-seek',
        W,
        '--scenario',
        'Bear',
        '--target',
        'instinctRevenue:2027=9000000',
        '--by',
        'amd.inference.shareCeiling',
        '--json',
      ).stdout,
    ) as { reached: boolean; message: string };
    expect(unreachable.reached).toBe(false);
    expect(unreachable.message).toMatch(/closest/i);
    const refused = runCli(
      'goal-seek',
      W,
      '--scenario',
      'Bear',
      '--target',
      'instinctRevenue:2027=9000000',
      '--by',
      'amd.inference.shareCeiling',
      '--save',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was saved/);
    expect(
      runCli('goal-seek', W, '--scenario', 'Bear', '--target', 'sparkle:2027=1', '--by', 'tam.growth').code,
    ).toBe(1);
    expect(runCli('goal-seek', W, '--scenario', 'Bear', '--by', 'tam.growth').code).toBe(2);
  });
});
