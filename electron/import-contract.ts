import { z } from 'zod';
import {
  COLUMN_ROLES,
  IMPORT_DELIMITERS,
  IMPORT_FORMATS,
  IMPORT_SHAPES,
  ON_ERROR_CHOICES,
  SCALE_LETTERS,
  type ImportIssue,
  type ImportMapping,
  type ImportOptions,
  type ImportPreview,
  type ImportRecord,
  type ImportResult,
  type ImportTotals,
  type PreviewRow,
  type Recipe,
  type RunningImportProgress,
  type UndoResult,
} from '../projection/import-types';
import { DECIMAL_MARKS, THOUSANDS_MARKS } from '../projection/number-text';

/**
 * The import part of the IPC contract (see contract.ts, which re-exports it): the input schemas of
 * the `files:*`, `imports:*` and `recipes:*` channels, their enums built from the unions of
 * projection/import-types.ts, and the types of their results, which are the import's own types
 * (db/import returns them; the handlers send them as they are).
 */

export type * from '../projection/import-types';

/** The extensions the importer reads; files:choose filters on them and a dropped file must have one. */
export const IMPORT_FILE_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx'] as const;
export type ImportFileExtension = (typeof IMPORT_FILE_EXTENSIONS)[number];

/** A file the user chose or dropped: main keeps its path under `grantId`; the page never sees it. */
export interface FileGrant {
  readonly grantId: string;
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** XLSX: its sheets, to pick one even when the first cannot be read; empty for text. */
  readonly sheets: readonly string[];
}

/** The names the channels' results go by: the import's types themselves. */
export type ImportMappingDto = ImportMapping;
export type ImportOptionsDto = ImportOptions;
export type ImportIssueDto = ImportIssue;
export type PreviewRowDto = PreviewRow;
export type ImportTotalsDto = ImportTotals;
export type ImportPreviewDto = ImportPreview;
export type ImportResultDto = ImportResult;
export type UndoResultDto = UndoResult;
export type ImportRecordDto = ImportRecord;
export type RecipeDto = Recipe;
export type ImportProgressDto = RunningImportProgress;

const RecipeName = z.string().max(80).regex(/\S/, 'a recipe name that is not blank');
const CompanyName = z.string().max(80).regex(/\S/, 'a company name that is not blank');
const PreviewId = z.number().int().positive();

const MappingInput = z
  .object({
    shape: z.enum(IMPORT_SHAPES),
    headerRow: z.number().int().min(0).max(199),
    columns: z.array(z.enum(COLUMN_ROLES)).max(5000).readonly(),
  })
  .strict();

const OptionsInput = z
  .object({
    delimiter: z.enum(IMPORT_DELIMITERS).optional(),
    decimal: z.enum(DECIMAL_MARKS).optional(),
    thousands: z.enum(THOUSANDS_MARKS).optional(),
    scale: z.enum(SCALE_LETTERS).optional(),
    fiscalYearEnd: z
      .record(CompanyName, z.number().int().min(1).max(12))
      .refine((ends) => Object.keys(ends).length <= 100, 'at most 100 fiscal year ends')
      .optional(),
    onError: z.enum(ON_ERROR_CHOICES).optional(),
    company: CompanyName.optional(),
    source: z.string().max(2000).optional(),
    sheet: z.string().min(1).max(200).optional(),
    seriesChoices: z
      .record(z.string().min(1).max(400), z.string().min(1).max(200))
      .refine((choices) => Object.keys(choices).length <= 1000, 'at most 1,000 series choices')
      .optional(),
  })
  .strict();

/** The input schemas of the import channels, by channel. */
export const importInputs = {
  filesGrantDropped: z.object({ path: z.string().min(1).max(4096) }).strict(),
  importsPreview: z
    .object({
      grantId: z.uuid(),
      format: z.enum(IMPORT_FORMATS).optional(),
      mapping: MappingInput.optional(),
      options: OptionsInput.optional(),
      // null: no recipe, not even the one saved for the file's header shape.
      recipe: RecipeName.nullable().optional(),
    })
    .strict(),
  importsCommit: z
    .object({
      previewId: PreviewId,
      onError: z.enum(ON_ERROR_CHOICES).optional(),
      saveRecipeAs: RecipeName.optional(),
    })
    .strict(),
  importsDiscard: z.object({ previewId: PreviewId }).strict(),
  importsUndo: z.object({ importId: z.number().int().positive() }).strict(),
  recipesDelete: z.object({ name: RecipeName }).strict(),
} as const;
