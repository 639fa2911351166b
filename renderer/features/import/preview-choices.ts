import type {
  ChannelInput,
  ColumnRole,
  ImportMappingDto,
  ImportOptionsDto,
  ImportPreviewDto,
  ImportShape,
} from '../../../electron/contract';

/**
 * What the user has settled about how to read a file, sent with each preview. Left out, main
 * guesses (or applies the recipe saved for the file's header shape). Every change re-previews.
 */
export interface PreviewChoices {
  readonly format?: ImportShape;
  readonly mapping?: ImportMappingDto;
  readonly options: ImportOptionsDto;
  /** A recipe to apply; null: none, the columns are guessed (undefined: main picks one that fits). */
  readonly recipe?: string | null;
}

export const FIRST_CHOICES: PreviewChoices = { options: {} };

type Options = { -readonly [K in keyof ImportOptionsDto]: ImportOptionsDto[K] };

/**
 * The options to keep from a preview when the user changes something: those of the recipe it
 * applied. Once the user sets the columns, the recipe no longer applies, and its options (scale,
 * decimal mark, fiscal year ends) must not go with it. Without a recipe, only the user's choices
 * are kept and everything else is guessed again: a guess depends on the columns (the decimal mark
 * is read from the value columns), so it must not be pinned. A decimal comma still to be confirmed
 * is left out: only the user confirms it.
 */
export function settledOptions(preview: ImportPreviewDto): ImportOptionsDto {
  if (preview.recipe === null) return {};
  const { decimal, ...rest } = preview.options;
  return preview.toConfirm.some((c) => c.option === 'decimal') ? rest : { ...rest, decimal };
}

/** Sets (or, with undefined, clears) one option, keeping the others chosen (see settledOptions). */
export function withOption<K extends keyof ImportOptionsDto>(
  choices: PreviewChoices,
  preview: ImportPreviewDto | null,
  key: K,
  value: ImportOptionsDto[K] | undefined,
): PreviewChoices {
  const options: Options = { ...(preview ? settledOptions(preview) : {}), ...choices.options };
  // A blank text field clears its option; a blank thousands separator is the choice "none".
  const isCleared = value === undefined || (value === '' && key !== 'thousands');
  if (isCleared) delete options[key];
  else options[key] = value;
  return { ...choices, options };
}

/**
 * Reads another sheet, or splits text with another delimiter: the columns change, so the shape
 * and roles are guessed again.
 */
export function withLayoutOption(
  choices: PreviewChoices,
  preview: ImportPreviewDto | null,
  key: 'sheet' | 'delimiter',
  value: string,
): PreviewChoices {
  const next = withOption(choices, preview, key, value as never);
  return { options: next.options, ...(choices.recipe !== undefined ? { recipe: choices.recipe } : {}) };
}

/** Another shape: its columns are guessed again for that shape. */
export function withShape(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  shape: ImportShape,
): PreviewChoices {
  return { options: { ...settledOptions(preview), ...choices.options }, format: shape };
}

/**
 * The mapping the next change builds on: the one last chosen, else the preview's (in the shape
 * last chosen). A change made before the previous one's preview arrives builds on it, not past it.
 */
function currentMapping(choices: PreviewChoices, preview: ImportPreviewDto): ImportMappingDto {
  if (choices.mapping) return choices.mapping;
  return choices.format ? { ...preview.mapping, shape: choices.format } : preview.mapping;
}

/** The mapping on screen with one change, which the user then owns (no recipe re-applies it). */
function withMapping(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  mapping: ImportMappingDto,
): PreviewChoices {
  return { options: { ...settledOptions(preview), ...choices.options }, mapping };
}

/** Another header row; the columns keep their roles by position. */
export function withHeaderRow(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  headerRow: number,
): PreviewChoices {
  return withMapping(choices, preview, { ...currentMapping(choices, preview), headerRow });
}

/** Another role for the column at `index`. */
export function withRole(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  index: number,
  role: ColumnRole,
): PreviewChoices {
  const mapping = currentMapping(choices, preview);
  const columns = mapping.columns.map((r, i) => (i === index ? role : r));
  return withMapping(choices, preview, { ...mapping, columns });
}

/**
 * Sets (month 1-12) or removes (null) the month a company's fiscal year ends in, keeping the
 * others the preview used (the recipe's among them).
 */
export function withFiscalYearEnd(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  company: string,
  month: number | null,
): PreviewChoices {
  const ends: Record<string, number> = { ...preview.options.fiscalYearEnd, ...choices.options.fiscalYearEnd };
  const name = company.trim();
  if (month === null) delete ends[name];
  else ends[name] = month;
  return withOption(choices, preview, 'fiscalYearEnd', Object.keys(ends).length > 0 ? ends : undefined);
}

/**
 * Applies a saved recipe (or, with null, none: the columns are guessed): its mapping and options
 * replace the ones on screen (the sheet stays).
 */
export function withRecipe(choices: PreviewChoices, recipe: string | null): PreviewChoices {
  const { sheet } = choices.options;
  return { options: sheet !== undefined ? { sheet } : {}, recipe };
}

/** The imports:preview input for a granted file and the choices. */
export function previewInput(grantId: string, choices: PreviewChoices): ChannelInput<'imports:preview'> {
  return {
    grantId,
    options: choices.options,
    ...(choices.format !== undefined ? { format: choices.format } : {}),
    ...(choices.mapping !== undefined ? { mapping: choices.mapping } : {}),
    ...(choices.recipe !== undefined ? { recipe: choices.recipe } : {}),
  };
}

/** Sends the rows of `name` to a series key, NEW_SERIES or SKIP_SERIES; null lets the file's rules decide again. */
export function withSeriesChoice(
  choices: PreviewChoices,
  preview: ImportPreviewDto,
  name: string,
  choice: string | null,
): PreviewChoices {
  const current = { ...(choices.options.seriesChoices ?? preview.options.seriesChoices ?? {}) };
  if (choice === null) delete current[name];
  else current[name] = choice;
  return withOption(choices, preview, 'seriesChoices', Object.keys(current).length > 0 ? current : undefined);
}
