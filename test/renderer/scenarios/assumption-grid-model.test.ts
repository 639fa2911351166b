import type { ColDef, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import { describe, expect, it, vi } from 'vitest';
import { ASSUMPTION_KEYS } from '../../../projection/assumptions';
import {
  buildAssumptionColumnDefs,
  buildAssumptionRows,
  scenarioColumnId,
  type AssumptionRow,
} from '../../../renderer/features/scenarios/assumption-grid-model';
import { defaultScenarios } from '../fixtures';

const scenarios = defaultScenarios();
const rows = buildAssumptionRows(scenarios);
const row = (key: string) => rows.find((r) => r.key === key)!;

function cellText(column: ColDef<AssumptionRow>, data: AssumptionRow): unknown {
  const getter = column.valueGetter as (p: Partial<ValueGetterParams<AssumptionRow>>) => unknown;
  return getter({ data });
}

describe('the assumptions grid', () => {
  it('has one row per assumption with each scenario’s value', () => {
    expect(rows.map((r) => r.key)).toEqual([...ASSUMPTION_KEYS]);
    expect(row('amd.shareCeiling').values).toEqual({ Bull: 0.32, Base: 0.25, Bear: 0.15 });
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
    expect(columns.map((c) => c.headerName)).toEqual([
      'Assumption',
      'Unit',
      'Valid range',
      'Bull',
      'Base',
      'Bear',
    ]);
    expect(columns.filter((c) => c.editable === true).map((c) => c.colId)).toEqual(
      scenarios.map((s) => scenarioColumnId(s.name)),
    );
    expect(columns.slice(0, 2).every((c) => c.pinned === 'left')).toBe(true);
  });

  it('writes values in their units: percentages, quarters, money', () => {
    const [label, unit, range, bull] = buildAssumptionColumnDefs(scenarios, () => {}) as [
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
      ColDef<AssumptionRow>,
    ];
    expect(cellText(label, row('amd.shareCeiling'))).toBe("AMD's merchant share ceiling");
    expect(cellText(unit, row('amd.shareCeiling'))).toBe('%');
    expect(cellText(range, row('amd.shareCeiling'))).toBe('0% to 100%');
    expect(cellText(bull, row('amd.shareCeiling'))).toBe('32%');
    expect(cellText(bull, row('amd.rampMidpoint'))).toBe('2027Q1');
    expect(cellText(bull, row('tam.base'))).toBe('45,000');
    expect(cellText(unit, row('tam.base'))).toBe('USD M');
  });

  it('hands a typed value to the edit callback and never writes it into the row', () => {
    const onEdit = vi.fn();
    const base = buildAssumptionColumnDefs(scenarios, onEdit)[4]!;
    const setter = base.valueSetter as (p: Partial<ValueSetterParams<AssumptionRow>>) => boolean;
    const data = row('amd.shareCeiling');
    expect(setter({ data, newValue: '30' })).toBe(false);
    expect(onEdit).toHaveBeenCalledWith(data, 'Base', '30');
    expect(data.values.Base).toBe(0.25);
  });
});
