import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHistoryAssumption } from '../../db/commands';
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
