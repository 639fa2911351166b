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

interface Row {
  period?: string;
  year?: number;
  total: number;
  nvidia: number;
  amd: number;
  xpu: number;
  other: number;
}

describe('iwb market', () => {
  it('prints the rebuilt market per quarter and year as JSON, USD millions', () => {
    const result = runCli('market', W, '--json');
    expect(result.code, result.stderr).toBe(0);
    const { quarters, years } = JSON.parse(result.stdout) as {
      quarters: Row[];
      years: (Row & { quarterCount: number })[];
    };
    expect(quarters[0]?.period).toBe('2023Q1');
    expect(quarters.at(-1)?.period).toBe('2026Q1');
    for (const q of quarters) expect(q.nvidia + q.amd + q.xpu + q.other).toBeCloseTo(q.total, 6);
    // 2023Q1 NVIDIA: (FY2023Q4 3,620 + 2 × FY2024Q1 4,280) / 3 = 4,060 × 85% = 3,451.
    expect(quarters[0]?.nvidia).toBeCloseTo(3451, 6);
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2024.quarterCount).toBe(4);
    expect(y2024.total).toBeCloseTo(
      quarters.filter((q) => q.period?.startsWith('2024')).reduce((s, q) => s + q.total, 0),
      6,
    );
    expect(y2024.amd).toBeGreaterThan(5000);
  });

  it('prints a table with EPYC beside Instinct', () => {
    const result = runCli('market', W);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/period\s+total\s+NVIDIA\s+AMD Instinct\s+XPU\s+other\s+AMD EPYC/);
    expect(result.stdout).toMatch(/^2024\s+114,0\d\d/m);
  });

  it('refuses a file that is not a workbook', () => {
    const result = runCli('market', join(temp.dir, 'missing.iwb'));
    expect(result.code).not.toBe(0);
  });
});
