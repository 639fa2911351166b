import type { CellClassParams, ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import {
  buildOverrideColumnDefs,
  buildOverrideRows,
  type OverrideRow,
} from '../../../renderer/features/scenarios/override-grid-model';
import { defaultScenarios } from '../fixtures';

const [bull, base, bear] = defaultScenarios();

describe('the TAM growth grid', () => {
  it('has a row per year from the first growth year to 2030 with the model’s growth', () => {
    const rows = buildOverrideRows([bull!, base!, bear!]);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(rows[0]?.cells.Base).toEqual({ override: null, effective: 0.6 });
    expect(rows[1]?.cells.Base?.effective).toBeCloseTo(0.6 * 0.85, 12);
  });

  it('shows an override, and later years fading from it', () => {
    const rows = buildOverrideRows([{ ...bull!, growthOverrides: { 2027: 0.4 } }]);
    const y2027 = rows.find((r) => r.year === 2027)!;
    const y2028 = rows.find((r) => r.year === 2028)!;
    expect(y2027.cells.Bull).toEqual({ override: 0.4, effective: 0.4 });
    expect(y2028.cells.Bull?.effective).toBeCloseTo(0.36, 12);
  });

  it('extends to the last override year and leaves years up to a later base year uneditable', () => {
    const later = {
      ...base!,
      name: 'Later',
      assumptions: { ...base!.assumptions, 'tam.baseYear': 2025 },
      growthOverrides: { 2032: 0.1 },
    };
    const rows = buildOverrideRows([base!, later]);
    expect(rows.at(-1)?.year).toBe(2032);
    expect(rows[0]?.cells.Later).toEqual({ override: null, effective: null });
    const column = buildOverrideColumnDefs([base!, later], () => {})[2]!;
    const editable = column.editable as (p: { data: OverrideRow }) => boolean;
    expect(editable({ data: rows[0]! })).toBe(false);
    expect(editable({ data: rows[2]! })).toBe(true);
  });

  it('edits the override (blank when none) and shows the model’s growth in grey instead', () => {
    const rows = buildOverrideRows([{ ...bull!, growthOverrides: { 2027: 0.4 } }]);
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
    const y2027 = rows.find((r) => r.year === 2027)!;
    const y2026 = rows.find((r) => r.year === 2026)!;
    expect(value(y2027)).toBe('40%');
    expect(shown(y2027)).toBe('40%');
    expect(classes(y2027)).toContain('cell-override');
    expect(value(y2026)).toBe('');
    // Bull: 60% growth in 2024 fading 10% a year, so 2026 grows 0.6 × 0.9² = 48.6%.
    expect(shown(y2026)).toBe('48.6%');
    expect(classes(y2026)).toContain('cell-derived');
  });
});
