import { describe, expect, it } from 'vitest';
import { interpretAssumptionEdit, interpretOverrideEdit } from '../../../renderer/state/assumption-edit';
import { defaultScenarios } from '../fixtures';

const [bull, base] = defaultScenarios() as [
  ReturnType<typeof defaultScenarios>[0],
  ReturnType<typeof defaultScenarios>[0],
];

describe('interpretAssumptionEdit', () => {
  it('saves a changed value in the assumption’s unit', () => {
    expect(interpretAssumptionEdit(base, 'amd.inference.shareCeiling', '30')).toEqual({
      kind: 'save',
      value: 0.3,
      note: null,
    });
    expect(interpretAssumptionEdit(base, 'amd.inference.rampMidpoint', '2027Q4')).toEqual({
      kind: 'save',
      value: 2027.75,
      note: null,
    });
    // A bare number below 1 in a percent row is a percent, and the save says how it was read.
    expect(interpretAssumptionEdit(base, 'tam.growth', '0.5')).toEqual({
      kind: 'save',
      value: 0.005,
      note: 'Base, TAM growth in the first projected year, over the trailing four quarters: 0.5 was read as 0.5% (type 50 for 50%)',
    });
  });

  it('reads the TAM driver from the select’s label', () => {
    expect(interpretAssumptionEdit(base, 'tam.driver', 'Hyperscaler capex')).toEqual({
      kind: 'save',
      value: 1,
      note: null,
    });
    expect(interpretAssumptionEdit(base, 'tam.driver', 'Growth rate')).toEqual({ kind: 'unchanged' });
  });

  it('sends nothing when the value is the saved one', () => {
    expect(interpretAssumptionEdit(base, 'amd.inference.shareCeiling', '22%')).toEqual({ kind: 'unchanged' });
    expect(interpretAssumptionEdit(bull, 'amd.inference.rampMidpoint', '2027Q2')).toEqual({
      kind: 'unchanged',
    });
  });

  it('refuses with a message naming the scenario and the assumption', () => {
    expect(interpretAssumptionEdit(bull, 'amd.inference.shareCeiling', 'abc')).toEqual({
      kind: 'refused',
      message: 'Bull, AMD\'s inference share: ramp ceiling: "abc" is not a number; nothing was saved.',
    });
    expect(interpretAssumptionEdit(bull, 'capex.guidance', '-1')).toEqual({
      kind: 'refused',
      message:
        'Bull, Hyperscaler capex in the guidance year: must not be negative, got -1 USD millions; nothing was saved.',
    });
  });

  it('refuses a value that contradicts the scenario’s others', () => {
    expect(interpretAssumptionEdit(base, 'amd.inference.shareFloor', '50')).toEqual({
      kind: 'refused',
      message:
        "Base, AMD's inference share: ramp floor: AMD's inference share floor 50% is above its ceiling 22%; nothing was saved.",
    });
    const edit = interpretAssumptionEdit(base, 'segments.inferenceStartYear', '2031');
    expect(edit.kind === 'refused' && edit.message).toContain('starts in 2031, after its end year 2030');
  });

  it('treats a missing value as blank text', () => {
    expect(interpretAssumptionEdit(base, 'amd.grossMargin', null).kind).toBe('refused');
  });
});

describe('interpretOverrideEdit', () => {
  const withOverride = { ...bull, growthOverrides: { 2027: 0.4 } };

  it('saves a percentage as the year’s growth', () => {
    expect(interpretOverrideEdit(bull, 2027, '40')).toEqual({ kind: 'save', value: 0.4, note: null });
    expect(interpretOverrideEdit(bull, 2027, '-5%')).toEqual({ kind: 'save', value: -0.05, note: null });
  });

  it('removes an override when the cell is cleared, and ignores clearing an empty cell', () => {
    expect(interpretOverrideEdit(withOverride, 2027, '')).toEqual({ kind: 'save', value: null, note: null });
    expect(interpretOverrideEdit(withOverride, 2027, null)).toEqual({
      kind: 'save',
      value: null,
      note: null,
    });
    expect(interpretOverrideEdit(bull, 2027, '')).toEqual({ kind: 'unchanged' });
    expect(interpretOverrideEdit(withOverride, 2027, '40%')).toEqual({ kind: 'unchanged' });
  });

  it.each([
    [2026, 'fast', '"fast" is not a number'],
    [2026, '900', 'must be between -90% and 500%'],
  ])('refuses %s = %j naming the projected year: %s', (year, text, reason) => {
    const edit = interpretOverrideEdit(bull, year, text, '2026Q2–2027Q1');
    expect(edit.kind).toBe('refused');
    expect(edit.kind === 'refused' && edit.message).toContain('Bull, TAM growth 2026Q2–2027Q1: ');
    expect(edit.kind === 'refused' && edit.message).toContain(reason);
  });
});
