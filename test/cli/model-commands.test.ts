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

interface Deal {
  name: string;
  gigawatts: number;
  startQuarter: string;
  rampYears: number;
  usdBillionsPerGw: number;
  amdContentShare: number;
}

const deals = (scenario: string): Deal[] =>
  (JSON.parse(runCli('scenario', 'show', W, scenario, '--json').stdout) as { deals: Deal[] }).deals;

describe('iwb settings', () => {
  it('lists the history settings with their defaults, sets one, restores it, all or nothing', () => {
    const listed = JSON.parse(runCli('settings', W, '--json').stdout) as {
      key: string;
      isDefault: boolean;
    }[];
    expect(listed.map((r) => r.key)).toContain('history.nvidiaAcceleratorFraction');
    expect(listed.every((r) => r.isDefault)).toBe(true);
    const set = runCli('settings', W, 'history.nvidiaAcceleratorFraction=80');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/history\.nvidiaAcceleratorFraction\s+.*80%/);
    const before = readFileSync(W);
    const refused = runCli('settings', W, 'history.otherShare=4', 'history.broadcomShareOfXpu=0');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/between 1% and 100%/);
    expect(readFileSync(W).equals(before)).toBe(true);
    expect(runCli('settings', W, 'tam.growth=50').stderr).toMatch(/not a history setting/);
    expect(runCli('settings', W, 'history.nvidiaAcceleratorFraction=').stdout).toMatch(/85% \(default\)/);
  });
});

describe('iwb deal', () => {
  it("adds, changes and removes one of a scenario's deals, each an undoable step", () => {
    const added = runCli('deal', 'set', W, 'Base', 'Microsoft', 'gigawatts=2', 'start=2027Q1', 'content=30%');
    expect(added.code, added.stderr).toBe(0);
    // 2 GW × 50 B$/GW (the default price) × 30% × 1000 = 30,000 USD millions.
    expect(added.stdout).toBe('Base: Microsoft 2 GW from 2027Q1 over 4 years, 30,000 USD millions to AMD\n');
    expect(deals('Base').map((d) => d.name)).toEqual(['OpenAI', 'Meta', 'Microsoft']);
    expect(runCli('deal', 'set', W, 'Base', 'Microsoft', 'ramp=2.5').code).toBe(0);
    expect(deals('Base')[2]).toMatchObject({ gigawatts: 2, rampYears: 2.5, amdContentShare: 0.3 });
    expect(deals('Bull').map((d) => d.name)).toEqual(['OpenAI', 'Meta']);
    expect(runCli('deal', 'remove', W, 'Base', 'Microsoft').code).toBe(0);
    expect(deals('Base').map((d) => d.name)).toEqual(['OpenAI', 'Meta']);
    expect(runCli('undo', W).code).toBe(0);
    expect(deals('Base').map((d) => d.name)).toEqual(['OpenAI', 'Meta', 'Microsoft']);
  });

  it.each([
    [['Base', 'X', 'start=2027'], /not a quarter such as 2026Q3/],
    [['Base', 'X', 'ramp=0.3'], /0.25 steps/],
    [['Base', 'X', 'colour=red'], /"colour" is not a deal field/],
    [['Nope', 'X'], /no such scenario/],
  ])('refuses deal set %j with exit 1 and an unchanged file', (args, message) => {
    const before = readFileSync(W);
    const result = runCli('deal', 'set', W, ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(W).equals(before)).toBe(true);
  });

  it('names the deals there are when removing one that is not', () => {
    expect(runCli('deal', 'remove', W, 'Bear', 'Oracle').stderr).toMatch(
      /no deal "Oracle" \(deals: OpenAI, Meta\)/,
    );
  });
});
