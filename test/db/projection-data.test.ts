import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('reads the last reported quarter, the x86 history, summed capex and the estimates', () => {
    const data = loadProjectionData(wb.db);
    expect(data.lastReportedQuarter).toBe('2026Q1');
    expect(data.x86History).toHaveLength(32);
    expect(data.x86History[0]).toEqual({ period: '2017Q4', value: 0.8 });
    // 2022Q1 cash capex in ../shared/data/hyperscaler_capex.csv: Microsoft 5,340 + Amazon, Alphabet, Meta.
    const q1 = data.capexQuarters.find((q) => q.period === '2022Q1');
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
    expect(data.capexQuarters).toHaveLength(17);
    expect(data.instinctEstimates.map((e) => e.period)).toEqual(['2023Q4', '2024Q2', '2024Q3', '2024']);
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
    expect(y2030.expected.instinctRevenue).toBeCloseTo(0.25 * bull! + 0.5 * base! + 0.25 * bear!, 6);
    expect(result.x86Fit?.rSquared).toBeGreaterThan(0.95);
    expect(result.outcomes[1]!.history.some((h) => h.label.startsWith('AMD: over $5B'))).toBe(true);
    expect(result.outcomes[1]!.capex[0]?.year).toBe(2026);
  });
});
