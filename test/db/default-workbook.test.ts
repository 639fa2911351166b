import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories, type Repositories } from '../../db/repositories';
import { calendarPeriod, qualifierFromNote } from '../../db/seed/seed-default-content';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { describeWorkbook } from '../../db/workbook-info';
import { SCHEMA_VERSION } from '../../db/migrations';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
let repos: Repositories;

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'default.iwb'));
  repos = repositories(wb.db);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

describe('the default workbook', () => {
  it('holds the 246 figures of ../shared/data in 21 series, the Instinct estimates, the two derived series and 72 statements', () => {
    // 94 AMD segment rows + 53 x86 share + 17 NVIDIA + 75 capex + 7 Broadcom = 246; plus 4 Instinct
    // estimates (and their series).
    expect(describeWorkbook(wb.db)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      series: 24,
      observations: 250,
      firstPeriod: '2017Q4',
      lastPeriod: '2026Q1',
    });
    expect(repos.statements.listStatements()).toHaveLength(72);
  });

  it('has every quarter 2022Q1-2025Q4 of AMD Data Center revenue with a source', () => {
    const values = repos.observations.listSeriesObservations('amd.revenue_data_center');
    for (let year = 2022; year <= 2025; year++) {
      for (let q = 1; q <= 4; q++) {
        const o = values.find((v) => v.period === `${year}Q${q}`);
        expect(o, `${year}Q${q}`).toBeDefined();
        expect(o!.source).toMatch(/^https?:\/\//);
      }
    }
    // Full years are kept as annual values: 2024 Data Center revenue was reported as $12.6B.
    expect(values.find((v) => v.period === '2024')?.value).toBe(12600);
  });

  it("seeds the Instinct estimate series from the statements: AMD's as lower bounds, the press's as an inference", () => {
    const series = repos.series.findSeries('amd.instinct_revenue_est');
    expect(series).toMatchObject({ kind: 'estimate', unit: 'USD millions', company: 'AMD' });
    const values = repos.observations.listSeriesObservations('amd.instinct_revenue_est');
    expect(values.map((v) => [v.period, v.value, v.qualifier])).toEqual([
      ['2023Q4', 400, 'lower_bound'],
      ['2024Q2', 1000, 'lower_bound'],
      ['2024Q3', 1500, 'inference'],
      ['2024', 5000, 'lower_bound'],
    ]);
    expect(values.find((v) => v.period === '2024Q3')?.source).toContain('gfmreview.com');
    expect(values.every((v) => v.source.startsWith('https://'))).toBe(true);
  });

  it('marks a figure its source gave only to 0.1 B$, or said it rounded, as approximate', () => {
    const qualifier = (key: string, period: string) =>
      repos.observations.listSeriesObservations(key).find((o) => o.period === period)?.qualifier;
    // "reported as $4.1bn (+77% y/y); rounded to $0.1B by the source"
    expect(qualifier('broadcom.revenue_ai_semiconductor', '2024Q4')).toBe('approx');
    // "reported as $3.62 billion": three digits, as printed.
    expect(qualifier('nvidia.revenue_data_center', '2022Q4')).toBe('exact');
    expect(qualifierFromNote('reported as $2.1 billion (recast)', 2100)).toBe('approx');
    expect(qualifierFromNote('reported as $5.2B (+63% y/y)', 5200)).toBe('approx');
    expect(qualifierFromNote('reported as $10.32 billion', 10320)).toBe('exact');
    // A billions figure in the note that is not this value says nothing about it.
    expect(qualifierFromNote('vs $3.7B a year ago', 5887)).toBe('exact');
  });

  it('maps NVIDIA fiscal periods to calendar periods (fiscal year ends in January)', () => {
    const nvidia = repos.observations.listSeriesObservations('nvidia.revenue_data_center');
    // FY2025 Q3 (Aug-Oct 2024) = 30,800 -> 2024Q3; FY2023 Q4 (Nov 2022-Jan 2023) -> 2022Q4;
    // FY2026 (Feb 2025-Jan 2026) = 193,700 -> calendar 2025.
    expect(nvidia.find((o) => o.period === '2024Q3')?.value).toBe(30800);
    expect(nvidia.find((o) => o.period === '2022Q4')?.value).toBe(3620);
    expect(nvidia.find((o) => o.period === '2025')?.value).toBe(193700);
    expect(nvidia.find((o) => o.period === '2024Q3')?.note).toContain('Reported as fiscal FY2025Q3');
  });

  it("maps Broadcom's fiscal periods to calendar periods (fiscal year ends around 1 November)", () => {
    const series = repos.series.findSeries('broadcom.revenue_ai_semiconductor');
    expect(series).toMatchObject({ kind: 'reported', unit: 'USD millions', fiscalCalendar: 'broadcom' });
    const values = repos.observations.listSeriesObservations('broadcom.revenue_ai_semiconductor');
    // FY2025 Q1 = Nov 2024-Jan 2025 (middle month December) -> 2024Q4; Q4 = Aug-Oct 2025 -> 2025Q3;
    // FY2025 (Nov 2024-Oct 2025, ten months in 2025) -> 2025.
    expect(values.map((v) => [v.period, v.value, v.qualifier])).toEqual([
      ['2023', 3800, 'approx'],
      ['2024Q4', 4100, 'approx'],
      ['2024', 12200, 'approx'],
      ['2025Q1', 4400, 'approx'],
      ['2025Q2', 5200, 'approx'],
      ['2025Q3', 6500, 'approx'],
      ['2025', 20000, 'approx'],
    ]);
    expect(values[1]?.note).toContain('Reported as fiscal FY2025Q1');
  });

  it('uses the documented key form and knows the fiscal calendars', () => {
    const keys = repos.series.listSeries().map((s) => s.key);
    expect(keys).toContain('amd.x86_server_unit_share');
    expect(keys).toContain('microsoft.purchases_of_property_and_equipment');
    expect(keys.every((k) => /^[a-z0-9_]+\.[a-z0-9_]+$/.test(k))).toBe(true);
    const months = Object.fromEntries(
      repos.fiscalCalendars.listFiscalCalendars().map((c) => [c.id, c.fiscalYearEndMonth]),
    );
    expect(months).toMatchObject({
      amd: 12,
      nvidia: 1,
      microsoft: 6,
      broadcom: 10,
      amazon: 12,
      alphabet: 12,
      meta: 12,
    });
  });

  it('reads the data files period labels', () => {
    expect(calendarPeriod('2024Q3', 12)).toBe('2024Q3');
    expect(calendarPeriod('2024FY', 12)).toBe('2024');
    expect(calendarPeriod('FY2025Q4', 1)).toBe('2024Q4');
    expect(calendarPeriod('FY2024', 1)).toBe('2023');
    expect(() => calendarPeriod('Q3 2024', 12)).toThrow(/unknown period/);
  });
});
