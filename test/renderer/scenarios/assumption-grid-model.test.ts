import type { ColDef, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { describe, expect, it, vi } from 'vitest';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../../projection/assumptions';
import {
  assumptionHelp,
  buildAssumptionColumnDefs,
  buildAssumptionRows,
  groupLabel,
  SCENARIO_GROUPS,
  scenarioColumnId,
  type AssumptionRow,
} from '../../../renderer/features/scenarios/assumption-grid-model';
import { defaultScenarios } from '../fixtures';

const scenarios = defaultScenarios();
const rows = SCENARIO_GROUPS.flatMap((g) => buildAssumptionRows(scenarios, g));
const row = (key: string) => rows.find((r) => r.key === key)!;

function cellText(column: ColDef<AssumptionRow>, data: AssumptionRow): unknown {
  const getter = column.valueGetter as (p: Partial<ValueGetterParams<AssumptionRow>>) => unknown;
  return getter({ data });
}

describe('the assumptions grids', () => {
  it('group every scenario assumption by driver, once each, with each scenario’s value', () => {
    expect(SCENARIO_GROUPS.map(groupLabel)).toEqual([
      'Market and segments',
      'Custom accelerators (XPU)',
      'AMD share',
      'Capex',
      'Margin',
    ]);
    expect(rows.map((r) => r.key).sort()).toEqual([...ASSUMPTION_KEYS].sort());
    expect(buildAssumptionRows(scenarios, 'xpu').map((r) => r.key)).toEqual([
      'xpu.trainingShareEnd',
      'xpu.inferenceShareEnd',
    ]);
    expect(buildAssumptionRows(scenarios, 'margin').map((r) => r.key)).toEqual(['amd.grossMargin']);
    expect(row('tam.growth').values).toEqual({
      Bull: 0.6,
      Base: DEFAULT_ASSUMPTIONS['tam.growth'],
      Bear: 0.45,
    });
  });

  it('shows label, unit and valid range, then one editable column per scenario', () => {
    const columns = buildAssumptionColumnDefs(scenarios, () => {});
    expect(columns.map((c) => c.colId)).toEqual([
      'label',
      'unit',
      'range',
      'scenario:Bull',
      'scenario:Base',
      'scenario:Bear',
    ]);
    expect(columns.filter((c) => c.editable === true).map((c) => c.colId)).toEqual(
      scenarios.map((s) => scenarioColumnId(s.name)),
    );
    expect(columns.slice(0, 2).every((c) => c.pinned === 'left')).toBe(true);
  });

  it('writes values in their units: percentages, quarters, money, the driver by name', () => {
    const [label, unit, range, bull] = buildAssumptionColumnDefs(scenarios, () => {}) as [
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
    ];
    expect(cellText(label, row('amd.inference.shareCeiling'))).toBe("AMD's inference share: ramp ceiling");
    expect(cellText(unit, row('amd.inference.shareCeiling'))).toBe('%');
    expect(cellText(range, row('amd.inference.shareCeiling'))).toBe('0% to 100%');
    expect(cellText(bull, row('tam.growth'))).toBe('60%');
    expect(cellText(bull, row('amd.inference.rampMidpoint'))).toBe('2027Q2');
    expect(cellText(bull, row('capex.guidance'))).toBe('630,000');
    expect(cellText(unit, row('capex.guidance'))).toBe('USD M');
    expect(cellText(bull, row('tam.driver'))).toBe('Growth rate');
  });

  it('edits the TAM driver with a select of its options, everything else as text', () => {
    const bull = buildAssumptionColumnDefs(scenarios, () => {})[3]!;
    const select = bull.cellEditorSelector as (p: { data: AssumptionRow }) => unknown;
    expect(select({ data: row('tam.driver') })).toEqual({
      component: 'agSelectCellEditor',
      params: { values: ['Growth rate', 'Hyperscaler capex'] },
    });
    expect(select({ data: row('tam.growth') })).toBeUndefined();
  });

  it('gives each assumption its rationale as help, with the default', () => {
    expect(assumptionHelp('tam.growthFade')).toMatch(
      /^Yearly fade of TAM growth \(tam\.growthFade, default 35%\): Each year's growth/,
    );
  });

  it('hands a typed value to the edit callback and never writes it into the row', () => {
    const onEdit = vi.fn();
    const base = buildAssumptionColumnDefs(scenarios, onEdit)[4]!;
    const setter = base.valueSetter as (p: Partial<ValueSetterParams<AssumptionRow>>) => boolean;
    const data = row('tam.growth');
    expect(setter({ data, newValue: '30' })).toBe(false);
    expect(onEdit).toHaveBeenCalledWith(data, 'Base', '30');
    expect(data.values.Base).toBe(DEFAULT_ASSUMPTIONS['tam.growth']);
  });
});
