import type { CellClassParams, ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import {
  buildOverrideColumnDefs,
  buildOverrideRows,
  projectedYears,
  type OverrideRow,
} from '../../../renderer/features/scenarios/override-grid-model';
import { defaultScenarios } from '../fixtures';

const [bull, base, bear] = defaultScenarios();

describe('projected years', () => {
  it('run four quarters at a time from the quarter after the jump-off, keyed by the year they start in', () => {
    expect(projectedYears('2026Q1', '2030Q4')).toEqual([
      { key: 2026, label: '2026Q2–2027Q1', quarterCount: 4 },
      { key: 2027, label: '2027Q2–2028Q1', quarterCount: 4 },
      { key: 2028, label: '2028Q2–2029Q1', quarterCount: 4 },
      { key: 2029, label: '2029Q2–2030Q1', quarterCount: 4 },
      { key: 2030, label: '2030Q2–2030Q4', quarterCount: 3 },
    ]);
    expect(projectedYears('2025Q4', '2027Q4').map((y) => y.label)).toEqual([
      '2026Q1–2026Q4',
      '2027Q1–2027Q4',
    ]);
  });
});

describe('the TAM growth grid', () => {
  it('has a row per projected year with the model’s growth fading each year', () => {
    const rows = buildOverrideRows([bull!, base!, bear!], '2026Q1');
    expect(rows.map((r) => r.label)).toEqual([
      '2026Q2–2027Q1',
      '2027Q2–2028Q1',
      '2028Q2–2029Q1',
      '2029Q2–2030Q1',
      '2030Q2–2030Q4 (to the horizon)',
    ]);
    expect(rows[0]?.cells.Bull).toEqual({ override: null, effective: 0.6, isCapexDriven: false });
    expect(rows[1]?.cells.Bull?.effective).toBeCloseTo(0.6 * (1 - 0.37), 12);
    expect(rows[1]?.cells.Bear?.effective).toBeCloseTo(0.45 * 0.55, 12);
  });

  it('shows an override, and later years fading from it', () => {
    const rows = buildOverrideRows([{ ...bull!, growthOverrides: { 2027: 0.4 } }], '2026Q1');
    expect(rows[1]?.cells.Bull).toEqual({ override: 0.4, effective: 0.4, isCapexDriven: false });
    expect(rows[2]?.cells.Bull?.effective).toBeCloseTo(0.4 * 0.63, 12);
  });

  it('lists an override outside the projection so it can be removed', () => {
    const rows = buildOverrideRows([{ ...base!, growthOverrides: { 2024: 0.1 } }], '2026Q1');
    const stray = rows.at(-1)!;
    expect(stray).toMatchObject({ year: 2024, label: '2024 (outside the projection)' });
    expect(stray.cells.Base).toEqual({ override: 0.1, effective: null, isCapexDriven: false });
    const column = buildOverrideColumnDefs([base!], () => {})[1]!;
    const editable = column.editable as (p: { data: OverrideRow }) => boolean;
    expect(editable({ data: stray })).toBe(true);
  });

  it('says a capex-driven scenario has no growth to override', () => {
    const capex = { ...base!, assumptions: { ...base!.assumptions, 'tam.driver': 1 } };
    const rows = buildOverrideRows([capex], '2026Q1');
    expect(rows[0]?.cells.Base).toEqual({ override: null, effective: null, isCapexDriven: true });
    const column = buildOverrideColumnDefs([capex], () => {})[1] as ColDef<OverrideRow>;
    const editable = column.editable as (p: { data: OverrideRow }) => boolean;
    expect(editable({ data: rows[0]! })).toBe(false);
    const shown = (column.valueFormatter as (p: Partial<ValueFormatterParams<OverrideRow>>) => string)({
      data: rows[0]!,
      value: '',
    });
    expect(shown).toBe('capex driver');
  });

  it('edits the override (blank when none) and shows the model’s growth in grey instead', () => {
    const rows = buildOverrideRows([{ ...bull!, growthOverrides: { 2027: 0.4 } }], '2026Q1');
    const column = buildOverrideColumnDefs([bull!], () => {})[1] as ColDef<OverrideRow>;
    const value = (data: OverrideRow) =>
      (column.valueGetter as (p: Partial<ValueGetterParams<OverrideRow>>) => unknown)({ data });
    const shown = (data: OverrideRow) =>
      (column.valueFormatter as (p: Partial<ValueFormatterParams<OverrideRow>>) => string)({
        data,
        value: value(data),
      });
    const classes = (data: OverrideRow) =>
      (column.cellClass as (p: Partial<CellClassParams<OverrideRow>>) => string[])({ data });
    expect(value(rows[1]!)).toBe('40%');
    expect(shown(rows[1]!)).toBe('40%');
    expect(classes(rows[1]!)).toContain('cell-override');
    expect(value(rows[0]!)).toBe('');
    expect(shown(rows[0]!)).toBe('60.0%');
    expect(classes(rows[0]!)).toContain('cell-derived');
  });
});
