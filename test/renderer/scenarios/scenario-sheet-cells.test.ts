import { describe, expect, it } from 'vitest';
import type { ScenarioDto } from '../../../electron/contract';
import {
  assumptionSheetCell,
  overrideSheetCell,
} from '../../../renderer/features/scenarios/scenario-sheet-cells';

const base: ScenarioDto = {
  name: 'Base',
  description: '',
  probability: 0.5,
  assumptions: { 'amd.inference.shareCeiling': 0.22, 'tam.driver': 0 },
  growthOverrides: { 2027: 0.4 },
  deals: [],
};

describe('Scenarios grid cells as the sheet reads and writes them', () => {
  it('copies an assumption as the grid shows it and reads it back as typing does', () => {
    const cell = assumptionSheetCell({ key: 'amd.inference.shareCeiling', values: { Base: 0.22 } }, base);
    expect(cell).toMatchObject({
      text: '22%',
      value: 0.22,
      name: "Base, AMD's inference share: ramp ceiling",
    });
    expect(cell.read('30%')).toEqual({
      ok: true,
      value: { key: 'amd.inference.shareCeiling', year: null, value: 0.3 },
    });
    expect(cell.read(' ')).toEqual({
      ok: true,
      value: { key: 'amd.inference.shareCeiling', year: null, value: null },
    });
    const bad = cell.read('lots');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error.message).toMatch(/^Base, AMD's inference share: ramp ceiling: /);
    expect(cell.savedText(0.3)).toBe('30%');
    expect(cell.savedText(null)).toBe('default restored (22%)');
  });

  it('reads a choice by its name', () => {
    const cell = assumptionSheetCell({ key: 'tam.driver', values: { Base: 0 } }, base);
    expect(cell.text).toBe('Growth rate');
    expect(cell.read(cell.text)).toEqual({ ok: true, value: { key: 'tam.driver', year: null, value: 0 } });
  });

  it('copies a year override as a percentage, blank where the model grows by itself', () => {
    const row = (year: number, override: number | null) => ({
      year,
      label: `${year}Q2–${year + 1}Q1`,
      cells: { Base: { override, effective: 0.3, isCapexDriven: false } },
    });
    const set = overrideSheetCell(row(2027, 0.4), base);
    expect(set).toMatchObject({ text: '40%', value: 0.4, name: 'Base, TAM growth 2027Q2–2028Q1' });
    expect(set.read('25')).toEqual({ ok: true, value: { key: 'tam.growth', year: 2027, value: 0.25 } });
    expect(set.savedText(null)).toBe('override removed');
    expect(overrideSheetCell(row(2028, null), base)).toMatchObject({ text: '', value: null });
  });
});
