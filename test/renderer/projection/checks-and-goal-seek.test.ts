import type { CellClassParams, RowClassParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { CapexCheckYear } from '../../../projection/capex-check';
import { evaluateOutput, parseOutputSpec } from '../../../projection/output-spec';
import type { ModelCheck } from '../../../projection/model-checks';
import { fitX86, modelContext, runWorkbookModel } from '../../../projection/workbook-model';
import {
  CAPEX_COLUMNS,
  CAPEX_ROW_CLASSES,
  capexReading,
  CHECK_COLUMNS,
  checkValueText,
  HISTORY_COLUMNS,
  historyGridRows,
  VERDICT_TEXT,
  verdictText,
  type HistoryGridRow,
} from '../../../renderer/features/projection/checks-grid-model';
import {
  MARKET_HISTORY_COLUMNS,
  sourceLines,
} from '../../../renderer/features/projection/market-history-grid-model';
import {
  GOAL_SEEK_KEYS,
  readGoal,
  solveGoal,
  suggestOutputs,
  targetUnit,
  type GoalSolver,
} from '../../../renderer/features/projection/goal-seek-form';
import { ENGINE_TASKS, type EngineTasks } from '../../../renderer/worker/engine-tasks';
import { createTaskRunner } from '../../../renderer/worker/run-in-worker';
import { defaultScenarios, sampleData } from '../fixtures';
import { inProcessWorker } from '../worker/in-process-worker';

const data = sampleData();
const scenarios = defaultScenarios();
const base = scenarios[1]!;
const result = runWorkbookModel(data, scenarios);
const outcome = result.outcomes.find((o) => o.name === 'Base')!;
const context = modelContext(data, fitX86(data.x86History));
// Goal seek as the app runs it: the engine's task through the worker protocol (in-process here).
const runEngineTask = createTaskRunner<EngineTasks>(() => inProcessWorker(ENGINE_TASKS));
const inWorker: GoalSolver = (request) => runEngineTask('goalSeek', request);

const getter = <Row>(colId: string, columns: { colId?: string; valueGetter?: unknown }[]) =>
  columns.find((c) => c.colId === colId)!.valueGetter as (p: Partial<ValueGetterParams<Row>>) => unknown;

describe('the checks against the statements', () => {
  it('list AMD’s TAM path, Broadcom’s SAM, AMD’s DC target and the ramp against EPYC, with verdicts', () => {
    expect(outcome.checks.map((c) => c.id)).toEqual([
      'amd-tam-2023',
      'amd-tam-2027',
      'amd-tam-2028',
      'broadcom-sam-2027',
      'amd-dc-target',
      'ramp-to-20',
    ]);
    const verdict = getter<ModelCheck>('verdict', CHECK_COLUMNS);
    const cellClass = CHECK_COLUMNS.find((c) => c.colId === 'verdict')!.cellClass as (
      p: Partial<CellClassParams<ModelCheck>>,
    ) => unknown;
    const check = outcome.checks[0]!;
    expect(verdict({ data: { ...check, verdict: 'meets' } })).toBe('✓ meets');
    expect(verdict({ data: { ...check, verdict: 'misses' } })).toBe('✗ misses');
    expect(cellClass({ data: { ...check, verdict: 'misses' } })).toBe('verdict verdict-misses');
    expect(Object.keys(VERDICT_TEXT)).toEqual(['meets', 'misses', 'no data']);
  });

  it('writes the value in its unit: USD millions, or quarters for the ramp', () => {
    expect(checkValueText({ ...outcome.checks[0]!, value: 45123.4 })).toBe('45,123');
    expect(checkValueText({ ...outcome.checks[5]!, value: 14 })).toBe('14 quarters');
    expect(checkValueText({ ...outcome.checks[5]!, value: null })).toBe('');
  });
});

describe('the rebuilt market', () => {
  it('shows each part with its source, and implied EPYC beside Instinct', () => {
    const q = result.history.find((h) => h.period === '2025Q1')!;
    expect(MARKET_HISTORY_COLUMNS.map((c) => c.headerName)).toEqual([
      'Quarter',
      'NVIDIA',
      'AMD Instinct',
      'XPU',
      'Other',
      'Market',
      'AMD Data Center',
      'Implied EPYC',
      'Instinct / DC',
    ]);
    const source = MARKET_HISTORY_COLUMNS.find((c) => c.colId === 'xpu')!.tooltipValueGetter as (p: {
      data: typeof q;
    }) => string;
    expect(source({ data: q })).toBe(q.sources.xpu);
    expect(sourceLines(q).map((l) => l.part)).toEqual([
      'NVIDIA',
      'AMD Instinct',
      'Custom accelerators (XPU)',
      'Other merchant',
    ]);
    expect(sourceLines(q)[1]!.source).toContain('AMD Data Center revenue');
  });
});

describe('the statements beside the rebuilt Instinct revenue', () => {
  const rows = historyGridRows(result.statements);

  it('keeps every estimate with its own id, including two for one period', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.filter((r) => r.period === '2024')).toHaveLength(2);
  });

  it('shows bounds, differences and the verdict', () => {
    const row = rows.find((r) => r.period === '2024Q3')!;
    expect(getter<HistoryGridRow>('estimate', HISTORY_COLUMNS)({ data: row })).toBe('∴ 1,500');
    expect(getter<HistoryGridRow>('difference', HISTORY_COLUMNS)({ data: row })).toBe(
      `${row.difference! > 0 ? '+' : ''}${Math.round(row.difference!).toLocaleString('en-US')}`,
    );
    expect(getter<HistoryGridRow>('verdict', HISTORY_COLUMNS)({ data: row })).toBe(verdictText(row));
    const verdict = HISTORY_COLUMNS.find((c) => c.colId === 'verdict')!.cellClass as (
      p: Partial<CellClassParams<HistoryGridRow>>,
    ) => unknown;
    expect(verdict({ data: { ...row, isConsistent: false } })).toBe('cell-bad');
    expect(verdict({ data: { ...row, isConsistent: true } })).toBe('cell-good');
    expect(verdictText({ isConsistent: null })).toBe('not modelled');
  });
});

describe('the capex check', () => {
  it('reads both ways', () => {
    const year = outcome.capex[0]!;
    expect(capexReading({ ...year, spendToBudget: 1.25 })).toBe('TAM needs 25% more than capex buys');
    expect(capexReading({ ...year, spendToBudget: 0.8 })).toBe('capex buys 25% more than the TAM needs');
    expect(capexReading({ ...year, spendToBudget: 1.001 })).toBe('TAM and capex agree');
    expect(capexReading({ ...year, spendToBudget: null })).toBe('no accelerator budget');
  });

  it('marks the years whose TAM needs more than the capex pays for', () => {
    const rule = CAPEX_ROW_CLASSES['row-over-budget'] as (
      p: Partial<RowClassParams<CapexCheckYear>>,
    ) => boolean;
    const year = outcome.capex[0]!;
    expect(rule({ data: { ...year, gap: 10 } })).toBe(true);
    expect(rule({ data: { ...year, gap: -10 } })).toBe(false);
    expect(getter<CapexCheckYear>('gap', CAPEX_COLUMNS)({ data: { ...year, gap: 1234.4 } })).toBe('+1,234');
    expect(
      getter<CapexCheckYear>('spendToBudget', CAPEX_COLUMNS)({ data: { ...year, spendToBudget: 1.25 } }),
    ).toBe('125%');
  });
});

describe('goal seek form', () => {
  it('offers a scenario’s continuous assumptions and outputs for the horizon', () => {
    expect(GOAL_SEEK_KEYS).not.toContain('segments.inferenceEndYear');
    expect(GOAL_SEEK_KEYS).not.toContain('tam.driver');
    expect(GOAL_SEEK_KEYS).not.toContain('history.otherShare');
    expect(GOAL_SEEK_KEYS).toContain('amd.inference.rampMidpoint');
    expect(suggestOutputs([2026, 2027, 2028])).toEqual(
      expect.arrayContaining(['instinctRevenue:2027', 'instinctCagr:2026-2028']),
    );
  });

  it('reads targets in the output’s unit', () => {
    expect(targetUnit('instinctRevenue:2027')).toBe('USD millions');
    expect(targetUnit('instinctCagr:2024-2028')).toBe('percent');
    expect(targetUnit('nonsense')).toBeNull();
    expect(readGoal('instinctRevenue:2027', '40,000')).toMatchObject({ ok: true, value: { target: 40000 } });
    expect(readGoal('amdShare:2028', '20%')).toMatchObject({ ok: true, value: { target: 0.2 } });
    expect(readGoal('instinctCagr:2024-2028', '60')).toMatchObject({ ok: true, value: { target: 0.6 } });
    expect(readGoal('revenue:2027', '1').ok).toBe(false);
    expect(readGoal('instinctRevenue:2027', 'lots')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'target: "lots" is not a number' },
    });
  });

  it('solves an assumption so the output reaches the target', async () => {
    const goal = readGoal('instinctRevenue:2027', '40,000');
    if (!goal.ok) throw new Error(goal.error.message);
    const outcome = await solveGoal(
      context,
      base,
      'amd.inference.shareCeiling',
      goal.value.spec,
      goal.value.target,
      inWorker,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.result.isReached).toBe(true);
    const check = evaluateOutput(
      context,
      {
        ...base,
        assumptions: { ...base.assumptions, 'amd.inference.shareCeiling': outcome.value.result.value },
      },
      parseOutputSpec('instinctRevenue:2027'),
    );
    expect(check).toBeCloseTo(40000, 3);
    expect(outcome.value.text).toMatch(
      /^AMD's inference share: ramp ceiling = [\d.]+% gives instinctRevenue:2027 = 40,000 USD M\.$/,
    );
  });

  it('reports the closest value when the target is out of reach', async () => {
    const goal = readGoal('instinctRevenue:2027', '10,000,000');
    if (!goal.ok) throw new Error(goal.error.message);
    const outcome = await solveGoal(
      context,
      base,
      'amd.inference.shareCeiling',
      goal.value.spec,
      goal.value.target,
      inWorker,
    );
    expect(outcome.ok && outcome.value.result.isReached).toBe(false);
    expect(outcome.ok && outcome.value.text).toContain(
      "Not reachable: no AMD's inference share: ramp ceiling between 0% and 100% gives 10,000,000 USD M. Closest is 100%",
    );
  });

  it('turns an impossible request into a reason', async () => {
    const goal = readGoal('instinctRevenue:2027', '1');
    if (!goal.ok) throw new Error(goal.error.message);
    expect(
      await solveGoal(
        { ...context, x86Fit: null },
        base,
        'amd.rampSpeedVsEpyc',
        goal.value.spec,
        goal.value.target,
        inWorker,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'solving amd.rampSpeedVsEpyc needs the x86 fit' },
    });
  });
});
