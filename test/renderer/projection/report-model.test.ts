import { describe, expect, it } from 'vitest';
import { runWorkbookModel } from '../../../projection/workbook-model';
import {
  REPORT_YEARS,
  reportAssumptions,
  reportChecks,
  reportFileName,
  reportYears,
} from '../../../renderer/features/projection/report-model';
import { defaultScenarios, sampleData } from '../fixtures';

const scenarios = defaultScenarios();
const result = runWorkbookModel(sampleData(), scenarios);
const base = scenarios.find((s) => s.name === 'Base')!;
const baseRun = result.comparison.scenarios.find((s) => s.name === 'Base')!;

describe('the scenario report', () => {
  it('lists the key assumptions with their units, the TAM driver by name', () => {
    const rows = reportAssumptions(base);
    expect(rows[0]).toEqual({ label: 'TAM driver', value: 'Growth rate' });
    expect(rows).toHaveLength(10);
    // Shares in percent, midpoints as quarters (no unit after them), the margin in percent.
    for (const r of rows.slice(1)) expect(r.value).toMatch(/%|\dQ[1-4]$|×|USD M/);
  });

  it('tabulates the last years of the projection: Instinct revenue, TAM, and the share worked out from them', () => {
    const years = reportYears(baseRun.projection);
    const source = baseRun.projection.years.slice(-REPORT_YEARS);
    expect(years.map((y) => y.year)).toEqual(source.map((y) => y.year));
    const last = source.at(-1)!;
    expect(years.at(-1)).toEqual({
      year: last.year,
      heading: `${last.year} (p)`,
      instinctRevenue: Math.round(last.instinctRevenue).toLocaleString('en-US'),
      tam: Math.round(last.tam).toLocaleString('en-US'),
      share: `${((last.instinctRevenue / last.tam) * 100).toFixed(1)}%`,
    });
    // A year every quarter of which is reported has no (p).
    const reported = source.find((y) => y.projectedQuarters === 0);
    if (reported) expect(years.find((y) => y.year === reported.year)!.heading).toBe(String(reported.year));
  });

  it('gives each check its verdict in words with a mark', () => {
    const outcome = result.outcomes.find((o) => o.name === 'Base')!;
    const checks = reportChecks(outcome.checks);
    expect(checks).toHaveLength(outcome.checks.length);
    for (const c of checks) expect(c.verdict).toMatch(/^(✓ meets|✗ misses|– no data)$/);
  });

  it('names the file after the workbook and the scenario, without characters a file system refuses', () => {
    expect(reportFileName('Q3 thesis.iwb', 'Base')).toBe('Q3 thesis Base report');
    expect(reportFileName('a.iwb', 'Bull/Bear: what-if?')).toBe('a Bull Bear what-if report');
  });
});
