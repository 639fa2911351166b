import { describe, expect, it } from 'vitest';
import {
  FIRST_CHOICES,
  previewInput,
  settledOptions,
  withFiscalYearEnd,
  withHeaderRow,
  withLayoutOption,
  withOption,
  withRecipe,
  withRole,
  withShape,
} from '../../../renderer/features/import/preview-choices';
import { samplePreview } from './sample-preview';

const GRANT = '0b7c5a55-3c1e-4f4e-9d7a-1b0f4f2d9e11';
const preview = samplePreview({ options: { delimiter: ';', decimal: '.', scale: 'M' } });
const guessedComma = samplePreview({
  options: { delimiter: ';', decimal: ',' },
  toConfirm: [{ option: 'decimal', guess: ',', evidence: 'line 2: "1.234,5"' }],
});

describe('preview choices', () => {
  it('starts with nothing chosen: main guesses everything', () => {
    expect(previewInput(GRANT, FIRST_CHOICES)).toEqual({ grantId: GRANT, options: {} });
  });

  it('keeps what the preview read the file with when one option changes', () => {
    const choices = withOption(FIRST_CHOICES, preview, 'scale', 'B');
    expect(choices.options).toEqual({ delimiter: ';', decimal: '.', scale: 'B' });
    expect(withOption(choices, preview, 'scale', undefined).options).toEqual({
      delimiter: ';',
      decimal: '.',
    });
  });

  it('never confirms a guessed decimal comma by a change elsewhere, only when chosen', () => {
    expect(settledOptions(guessedComma)).toEqual({ delimiter: ';' });
    expect(withOption(FIRST_CHOICES, guessedComma, 'scale', 'K').options).toEqual({
      delimiter: ';',
      scale: 'K',
    });
    expect(withOption(FIRST_CHOICES, guessedComma, 'decimal', ',').options).toMatchObject({ decimal: ',' });
  });

  it('clears a blank text option but keeps "none" as a thousands separator', () => {
    const withCompany = withOption(FIRST_CHOICES, null, 'company', 'AMD');
    expect(withOption(withCompany, null, 'company', '').options).toEqual({});
    expect(withOption(FIRST_CHOICES, null, 'thousands', '').options).toEqual({ thousands: '' });
  });

  it('guesses the columns again for another delimiter, sheet or shape', () => {
    const mapped = withRole(FIRST_CHOICES, preview, 3, 'note');
    expect(mapped.mapping).toBeDefined();
    const split = withLayoutOption(mapped, preview, 'delimiter', '\t');
    expect(split.mapping).toBeUndefined();
    expect(split.options.delimiter).toBe('\t');
    const shaped = withShape(mapped, preview, 'periods-across');
    expect(shaped).toMatchObject({ format: 'periods-across' });
    expect(shaped.mapping).toBeUndefined();
  });

  it('takes over the mapping on screen when a role or the header row changes', () => {
    expect(withRole(FIRST_CHOICES, preview, 3, 'note').mapping).toEqual({
      shape: 'long',
      headerRow: 0,
      columns: ['period', 'series', 'value', 'note'],
    });
    expect(withHeaderRow(FIRST_CHOICES, preview, 2).mapping).toMatchObject({ headerRow: 2 });
  });

  it('sets and removes a fiscal year end, keeping the others', () => {
    const ends = samplePreview({ options: { delimiter: ',', decimal: '.', fiscalYearEnd: { NVIDIA: 1 } } });
    const set = withFiscalYearEnd(FIRST_CHOICES, ends, ' Broadcom ', 10);
    expect(set.options.fiscalYearEnd).toEqual({ NVIDIA: 1, Broadcom: 10 });
    expect(withFiscalYearEnd(FIRST_CHOICES, ends, 'NVIDIA', null).options.fiscalYearEnd).toBeUndefined();
  });

  it('lets a chosen recipe bring its own mapping and options, keeping the sheet', () => {
    const onSheet = withLayoutOption(FIRST_CHOICES, preview, 'sheet', 'Q3');
    expect(withRecipe(withRole(onSheet, preview, 0, 'ignore'), 'AMD IR')).toEqual({
      options: { sheet: 'Q3' },
      recipe: 'AMD IR',
    });
  });

  it('sends only what was chosen', () => {
    const choices = withRole(withRecipe(FIRST_CHOICES, 'AMD IR'), preview, 0, 'period');
    expect(previewInput(GRANT, choices)).toEqual({
      grantId: GRANT,
      options: { delimiter: ';', decimal: '.', scale: 'M' },
      mapping: preview.mapping,
    });
  });
});
