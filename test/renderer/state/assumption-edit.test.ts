import { describe, expect, it } from 'vitest';
import { interpretAssumptionEdit, interpretOverrideEdit } from '../../../renderer/state/assumption-edit';
import { defaultScenarios } from '../fixtures';

const [bull, base] = defaultScenarios() as [
  ReturnType<typeof defaultScenarios>[0],
  ReturnType<typeof defaultScenarios>[0],
];

describe('interpretAssumptionEdit', () => {
  it('saves a changed value in the assumption’s unit', () => {
    expect(interpretAssumptionEdit(base, 'amd.shareCeiling', '30')).toEqual({
      kind: 'save',
      value: 0.3,
      note: null,
    });
    expect(interpretAssumptionEdit(base, 'amd.rampMidpoint', '2027Q4')).toEqual({
      kind: 'save',
      value: 2027.75,
      note: null,
    });
    // A bare number below 1 in a percent row is a percent, and the save says how it was read.
    expect(interpretAssumptionEdit(base, 'amd.shareCeiling', '0.3')).toEqual({
      kind: 'save',
      value: 0.003,
      note: "Base, AMD's merchant share ceiling: 0.3 was read as 0.3% (type 30 for 30%)",
    });
  });

  it('sends nothing when the value is the saved one', () => {
    expect(interpretAssumptionEdit(base, 'amd.shareCeiling', '25%')).toEqual({ kind: 'unchanged' });
    expect(interpretAssumptionEdit(bull, 'amd.rampMidpoint', '2027Q1')).toEqual({ kind: 'unchanged' });
  });

  it('refuses with a message naming the scenario and the assumption', () => {
    expect(interpretAssumptionEdit(bull, 'amd.shareCeiling', 'abc')).toEqual({
      kind: 'refused',
      message: 'Bull, AMD\'s merchant share ceiling: "abc" is not a number; nothing was saved.',
    });
    expect(interpretAssumptionEdit(bull, 'tam.base', '-1')).toEqual({
      kind: 'refused',
      message:
        'Bull, AI accelerator TAM in the base year: must not be negative, got -1 USD millions; nothing was saved.',
    });
  });

  it('refuses a value that contradicts the scenario’s others', () => {
    const edit = interpretAssumptionEdit(base, 'xpu.endYear', '2020');
    expect(edit.kind).toBe('refused');
    expect(edit.kind === 'refused' && edit.message).toContain('is before its start year 2024');
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
    [2027, 'fast', '"fast" is not a number'],
    [2027, '900', 'must be between -90% and 500%'],
    [2023, '50', 'the year must come after the base year 2023'],
  ])('refuses %s = %j: %s', (year, text, reason) => {
    const edit = interpretOverrideEdit(bull, year, text);
    expect(edit.kind).toBe('refused');
    expect(edit.kind === 'refused' && edit.message).toContain(`Bull, TAM growth ${year}: `);
    expect(edit.kind === 'refused' && edit.message).toContain(reason);
  });
});
