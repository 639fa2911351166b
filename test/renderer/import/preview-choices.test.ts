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
// Read with guesses only (the scale was chosen by the user), and with a recipe applied.
const preview = samplePreview({ options: { delimiter: ';', decimal: '.', scale: 'M' } });
const withAmdRecipe = samplePreview({
  recipe: 'AMD IR',
  options: { delimiter: ';', decimal: ',', scale: 'M', fiscalYearEnd: { Broadcom: 10 } },
});

describe('preview choices', () => {
  it('starts with nothing chosen: main guesses everything', () => {
    expect(previewInput(GRANT, FIRST_CHOICES)).toEqual({ grantId: GRANT, options: {} });
  });

  it('sends the user’s choices only, so what was guessed is guessed again for the new columns', () => {
    const scaled = withOption(FIRST_CHOICES, preview, 'scale', 'B');
    expect(scaled.options).toEqual({ scale: 'B' });
    const grouped = withOption(scaled, preview, 'thousands', '.');
    expect(grouped.options).toEqual({ scale: 'B', thousands: '.' });
    expect(withOption(grouped, preview, 'scale', undefined).options).toEqual({ thousands: '.' });
    expect(withRole(FIRST_CHOICES, preview, 3, 'note').options).toEqual({});
  });

  it('keeps an applied recipe’s options when the user takes over its columns', () => {
    expect(withRole(FIRST_CHOICES, withAmdRecipe, 3, 'note').options).toEqual(withAmdRecipe.options);
  });

  it('never confirms a guessed decimal comma by a change elsewhere, only when chosen', () => {
    const guessed = samplePreview({
      recipe: 'AMD IR',
      options: { delimiter: ';', decimal: ',', scale: 'M' },
      toConfirm: [{ option: 'decimal', guess: ',', evidence: 'line 2: "1.234,5"' }],
    });
    expect(settledOptions(guessed)).toEqual({ delimiter: ';', scale: 'M' });
    expect(withOption(FIRST_CHOICES, guessed, 'scale', 'K').options).toEqual({ delimiter: ';', scale: 'K' });
    expect(withOption(FIRST_CHOICES, guessed, 'decimal', ',').options).toMatchObject({ decimal: ',' });
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

  it('builds a change on the last one, even before its preview arrives', () => {
    const twoRoles = withRole(withRole(FIRST_CHOICES, preview, 3, 'note'), preview, 0, 'ignore');
    expect(twoRoles.mapping?.columns).toEqual(['ignore', 'series', 'value', 'note']);
    const reshaped = withRole(withShape(FIRST_CHOICES, preview, 'series-across'), preview, 2, 'values');
    expect(reshaped.mapping).toMatchObject({
      shape: 'series-across',
      columns: ['period', 'series', 'values', 'source'],
    });
  });

  it('sets and removes a fiscal year end, keeping the others', () => {
    const ends = samplePreview({ options: { delimiter: ',', decimal: '.', fiscalYearEnd: { NVIDIA: 1 } } });
    // The preview's fiscal year ends were chosen (or a recipe's): the others stay.
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

  it('can apply no recipe, so that the columns are guessed, and says so to main', () => {
    const onSheet = withLayoutOption(FIRST_CHOICES, preview, 'sheet', 'Q3');
    const none = withRecipe(withRecipe(onSheet, 'AMD IR'), null);
    expect(none).toEqual({ options: { sheet: 'Q3' }, recipe: null });
    expect(previewInput(GRANT, none)).toEqual({ grantId: GRANT, options: { sheet: 'Q3' }, recipe: null });
  });

  it('sends only what was chosen', () => {
    const choices = withRole(withRecipe(FIRST_CHOICES, 'AMD IR'), preview, 0, 'period');
    expect(previewInput(GRANT, choices)).toEqual({ grantId: GRANT, options: {}, mapping: preview.mapping });
  });
});
