import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHistoryAssumption, setObservation } from '../../db/commands';
import { derivedObservations, listAllObservations, listSeriesValues } from '../../db/derived-series';
import { loadProjectionData } from '../../db/projection-data';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { runWorkbookModel } from '../../projection/workbook-model';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

describe('loadProjectionData on the default workbook', () => {
  it('reads the market series, the x86 history, summed capex, the estimates and the history settings', () => {
    const data = loadProjectionData(wb.db);
    expect(data.market.amdDataCenter.at(-1)).toEqual({ period: '2026Q1', value: 5800 });
    expect(data.market.nvidiaDataCenter.fiscalYearEndMonth).toBe(1);
    expect(data.market.broadcomAi.fiscalYearEndMonth).toBe(10);
    expect(data.historyAssumptions).toEqual({});
    expect(data.x86History).toHaveLength(32);
    expect(data.x86History[0]).toEqual({ period: '2017Q4', value: 0.8 });
    // 2022Q1 cash capex in ../shared/data/hyperscaler_capex.csv: Microsoft 5,340 + Amazon, Alphabet, Meta.
    const q1 = data.capex.find((q) => q.period === '2022Q1');
    const parts = ['microsoft', 'amazon', 'alphabet', 'meta'].map(
      (c) =>
        repositories(wb.db).observations.findObservation(
          `${c}.purchases_of_property_and_equipment`,
          '2022Q1',
        )!.value,
    );
    expect(parts[0]).toBe(5340);
    expect(q1?.value).toBeCloseTo(
      parts.reduce((a, b) => a + b, 0),
      6,
    );
    expect(data.capex).toHaveLength(17);
    expect(data.market.instinctEstimates.map((e) => e.period)).toEqual([
      '2023Q4',
      '2024Q2',
      '2024Q3',
      '2024',
    ]);
  });

  it('takes history settings from the workbook, for every scenario', () => {
    const before = runWorkbookModel(loadProjectionData(wb.db), repositories(wb.db).scenarios.listScenarios());
    setHistoryAssumption(wb.db, 'history.nvidiaAcceleratorFraction', 0.8, '2026-11-30T00:00:00.000Z');
    const data = loadProjectionData(wb.db);
    expect(data.historyAssumptions).toEqual({ 'history.nvidiaAcceleratorFraction': 0.8 });
    const after = runWorkbookModel(data, repositories(wb.db).scenarios.listScenarios());
    // NVIDIA's part is Data Center revenue × the fraction: 0.80 / 0.85 of what it was.
    expect(after.history[0]!.nvidia).toBeCloseTo((before.history[0]!.nvidia * 0.8) / 0.85, 9);
    setHistoryAssumption(wb.db, 'history.nvidiaAcceleratorFraction', null, '2026-11-30T00:00:01.000Z');
    expect(loadProjectionData(wb.db).historyAssumptions).toEqual({});
  });

  it('runs every scenario from the quarter after the last reported one', () => {
    const result = runWorkbookModel(loadProjectionData(wb.db), repositories(wb.db).scenarios.listScenarios());
    expect(result.firstQuarter).toBe('2026Q2');
    expect(result.comparison.scenarios.map((s) => s.name)).toEqual(['Bull', 'Base', 'Bear']);
    const y2030 = result.comparison.years.find((y) => y.year === 2030)!;
    const [bull, base, bear] = y2030.scenarios.map((s) => s.instinctRevenue);
    expect(bull).toBeGreaterThan(base!);
    expect(base).toBeGreaterThan(bear!);
    // Weights 0.25 / 0.5 / 0.25.
    expect(y2030.expected?.instinctRevenue).toBeCloseTo(0.25 * bull! + 0.5 * base! + 0.25 * bear!, 6);
    expect(result.x86Fit?.rSquared).toBeGreaterThan(0.95);
    expect(result.jumpOff.quarter).toBe('2026Q1');
    // The rebuilt history meets AMD's statements, shared by every scenario.
    const over5 = result.statements.find((h) => h.label.startsWith('AMD: over $5B'))!;
    expect(over5.isConsistent).toBe(true);
    expect(result.statements.every((h) => h.isConsistent !== false)).toBe(true);
    // Capex is reported through 2026Q1, so 2026 is the first whole year with capex on the path.
    expect(result.outcomes[1]!.capex.find((c) => c.year === 2026)?.reportedQuarters).toBe(1);
    expect(result.outcomes[1]!.checks.map((c) => c.id)).toContain('amd-dc-target');
  });
});

describe('derived series', () => {
  it('computes the implied Instinct and EPYC revenue when read, adding up to Data Center revenue', () => {
    const derived = derivedObservations(wb.db);
    const instinct = derived.filter((o) => o.seriesKey === 'amd.instinct_revenue_implied');
    const epyc = derived.filter((o) => o.seriesKey === 'amd.epyc_revenue_implied');
    expect(instinct.map((o) => o.period)).toEqual(epyc.map((o) => o.period));
    expect(instinct[0]?.period).toBe('2023Q1');
    for (const [i, o] of instinct.entries()) {
      const dc = repositories(wb.db).observations.findObservation('amd.revenue_data_center', o.period)!.value;
      expect(o.value + epyc[i]!.value).toBeCloseTo(dc, 9);
      expect(o.value).toBeGreaterThanOrEqual(0);
      expect(o.value).toBeLessThanOrEqual(dc);
    }
    // The 2024Q2 anchor: "above 1 B$ for the first time", taken 3% above.
    expect(instinct.find((o) => o.period === '2024Q2')?.value).toBeCloseTo(1030, 9);
    expect(listAllObservations(wb.db)).toHaveLength(
      repositories(wb.db).observations.listObservations().length + derived.length,
    );
    expect(() =>
      setObservation(wb.db, { seriesKey: 'amd.instinct_revenue_implied', period: '2025Q1', value: 5 }, 'now'),
    ).toThrow(/derived series is computed/);
  });

  it('follows an edit of what it is computed from at once', () => {
    const before = listSeriesValues(wb.db, 'amd.instinct_revenue_implied').find(
      (o) => o.period === '2025Q1',
    )!;
    setObservation(wb.db, { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 2000 }, 'now');
    const after = listSeriesValues(wb.db, 'amd.instinct_revenue_implied').find((o) => o.period === '2025Q1')!;
    expect(before.value).not.toBe(2000);
    expect(after.value).toBe(2000);
    setObservation(wb.db, { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: null }, 'now');
  });
});
