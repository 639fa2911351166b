import { describe, it, expect } from 'vitest';
import { DATA } from '../../bench/market-data';
import { withDefaults } from '../../projection/assumptions';
import { DEFAULT_DEALS, dealValue, validateDeals } from '../../projection/market/deals';
import { scenarioChecks } from '../../projection/model-checks';
import { compareScenarios } from '../../projection/scenario-compare';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';
import { runWorkbookModel } from '../../projection/workbook-model';
import { DATA_CONTEXT } from './model-fixtures';

/** The default bull, base and bear cases on the default workbook's market (bench/market-data.ts). */
const comparison = compareScenarios(
  DATA_CONTEXT,
  DEFAULT_SCENARIOS.map((s) => ({ ...s })),
);
const [bull, base, bear] = comparison.scenarios.map((s) => s.projection);
const year = (p: typeof base, y: number) => p!.years.find((r) => r.year === y)!;

describe('the default scenarios', () => {
  it('are bull, base and bear at 25/50/25 with valid assumptions, deals and a description', () => {
    expect(DEFAULT_SCENARIOS.map((s) => [s.name, s.probability])).toEqual([
      ['Bull', 0.25],
      ['Base', 0.5],
      ['Bear', 0.25],
    ]);
    for (const s of DEFAULT_SCENARIOS) {
      expect(() => withDefaults(s.assumptions)).not.toThrow();
      expect(validateDeals(s.deals)).toEqual([]);
      expect(s.description.length).toBeGreaterThan(40);
    }
    expect(DEFAULT_SCENARIOS[1]!.assumptions).toEqual({});
  });

  // OpenAI and Meta at 6 GW × 50 B$/GW × 25% = 75,000 each; the bear case keeps 4 and 3 GW over five years.
  it('hold the deals the statements name, and the bear case shrinks them', () => {
    expect(DEFAULT_DEALS.map((d) => [d.name, dealValue(d)])).toEqual([
      ['OpenAI', 75_000],
      ['Meta', 75_000],
    ]);
    expect(DEFAULT_SCENARIOS[2]!.deals.map((d) => [d.name, dealValue(d), d.rampYears])).toEqual([
      ['OpenAI', 50_000, 5],
      ['Meta', 37_500, 5],
    ]);
  });

  it('order 2028 Instinct revenue bear ≤ base ≤ bull', () => {
    const revenue = [bear, base, bull].map((p) => year(p, 2028).instinctRevenue);
    expect(revenue[0]).toBeLessThanOrEqual(revenue[1]!);
    expect(revenue[1]).toBeLessThanOrEqual(revenue[2]!);
  });

  it("keep 2030 Instinct revenue below AMD's whole ~100 B$ Data Center target", () => {
    for (const p of [bull, base, bear]) expect(year(p, 2030).instinctRevenue).toBeLessThan(100_000);
  });

  it("take base's 2028 TAM above AMD's more than 500 B$", () => {
    expect(year(base, 2028).tam).toBeGreaterThan(500_000);
    const checks = scenarioChecks(base!, DEFAULT_SCENARIOS[1]!.assumptions, 24.4);
    expect(checks.find((c) => c.id === 'amd-tam-2028')!.verdict).toBe('meets');
  });

  it('project every year from 2026 on whole, from the 2026Q1 jump-off', () => {
    expect(base!.jumpOff.quarter).toBe('2026Q1');
    expect(base!.years.map((y) => [y.year, y.quarterCount])).toEqual(
      [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map((y) => [y, 4]),
    );
    expect(year(base, 2026).projectedQuarters).toBe(3);
  });
});

describe('the history every default scenario shares', () => {
  const past = (p: typeof base) => p!.quarters.filter((q) => !q.isProjected);

  it('is the same in every scenario', () => {
    const revenue = (p: typeof base) => past(p).map((q) => [q.period, q.tam, q.instinctRevenue]);
    expect(revenue(bull)).toEqual(revenue(base));
    expect(revenue(bear)).toEqual(revenue(base));
  });

  it("matches AMD's statements: more than 5 B$ in 2024, the first quarter above 1 B$ in 2024Q2", () => {
    const quarter = (period: string) => past(base).find((q) => q.period === period)!.instinctRevenue;
    expect(year(base, 2024).instinctRevenue).toBeGreaterThan(5000);
    expect(quarter('2024Q2')).toBeGreaterThan(1000);
    expect(quarter('2024Q1')).toBeLessThan(1000);
    for (const period of ['2023Q1', '2023Q2', '2023Q3', '2023Q4']) expect(quarter(period)).toBeLessThan(1000);
  });

  it("keeps Instinct within AMD's Data Center revenue every quarter", () => {
    const quarters = past(base);
    expect(quarters).toHaveLength(DATA_CONTEXT.history.length);
    quarters.forEach((q, i) => {
      const h = DATA_CONTEXT.history[i]!;
      expect(q.period).toBe(h.period);
      expect(q.instinctRevenue).toBeGreaterThanOrEqual(0);
      expect(q.instinctRevenue).toBeLessThanOrEqual(h.dataCenter);
      expect(h.epyc).toBeCloseTo(h.dataCenter - h.amd, 9);
    });
  });

  it('runs the same way through the workbook model, statements consistent', () => {
    const result = runWorkbookModel(
      { market: DATA, capex: [], x86History: [], historyAssumptions: {} },
      DEFAULT_SCENARIOS.map((s) => ({ ...s, growthOverrides: {} })),
    );
    expect(result.jumpOff.quarter).toBe('2026Q1');
    expect(result.firstQuarter).toBe('2026Q2');
    expect(result.statements.map((r) => r.isConsistent)).toEqual([true, true, true]);
    expect(result.outcomes.map((o) => o.name)).toEqual(['Bull', 'Base', 'Bear']);
    expect(result.comparison.years.at(-1)!.expected!.instinctRevenue).toBeCloseTo(
      comparison.years.at(-1)!.expected!.instinctRevenue,
      6,
    );
  });
});
