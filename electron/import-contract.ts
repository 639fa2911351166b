import { z } from 'zod';
import type { DecimalMark, ThousandsMark } from '../projection/number-text';

/**
 * The import part of the IPC contract (see contract.ts, which re-exports it): the input schemas of
 * the `files:*`, `imports:*` and `recipes:*` channels and the shapes of their results. The result
 * types repeat db/import's (the contract may not import db/); the handlers return db/import's
 * values as these types, so the compiler keeps the two in step.
 */

export type ImportShape = 'long' | 'periods-across' | 'series-across';
export type ColumnRole =
  | 'period'
  | 'series'
  | 'company'
  | 'metric'
  | 'value'
  | 'values'
  | 'unit'
  | 'source'
  | 'note'
  | 'qualifier'
  | 'ignore';
export type ImportDelimiter = ',' | ';' | '\t' | '|';
export type ScaleLetter = 'K' | 'M' | 'B';
export type OnError = 'reject' | 'skip';

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

export interface ImportMappingDto {
  readonly shape: ImportShape;
  readonly headerRow: number;
  readonly columns: readonly ColumnRole[];
}

export interface ImportOptionsDto {
  readonly delimiter?: ImportDelimiter;
  readonly decimal?: DecimalMark;
  readonly thousands?: ThousandsMark;
  readonly scale?: ScaleLetter;
  readonly fiscalYearEnd?: Readonly<Record<string, number>>;
  readonly onError?: OnError;
  readonly company?: string;
  readonly source?: string;
  readonly sheet?: string;
}

export interface ImportIssueDto {
  readonly line: number;
  readonly column: string | null;
  readonly value: string;
  readonly message: string;
}

export type PreviewStatus = 'new' | 'changed' | 'unchanged' | 'error';

export interface PreviewRowDto {
  readonly line: number;
  readonly status: PreviewStatus;
  readonly seriesKey: string | null;
  /** The period as the file wrote it, and the calendar period it becomes. */
  readonly periodLabel: string;
  readonly period: string | null;
  readonly value: number | null;
  readonly qualifier: 'exact' | 'approx' | 'lower_bound' | 'upper_bound' | null;
  readonly source: string | null;
  readonly note: string | null;
  readonly before: { readonly value: number; readonly source: string } | null;
  readonly message: string | null;
}

export interface ImportTotalsDto {
  readonly values: number;
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly blank: number;
  readonly errors: number;
}

export interface ImportPreviewDto {
  readonly previewId: number;
  readonly file: {
    readonly name: string;
    readonly size: number;
    readonly sha256: string;
    readonly kind: 'text' | 'xlsx';
    readonly sheet: string | null;
    readonly sheets: readonly string[];
  };
  readonly headers: readonly string[];
  readonly mapping: ImportMappingDto;
  readonly options: ImportOptionsDto & { readonly delimiter: ImportDelimiter; readonly decimal: DecimalMark };
  readonly toConfirm: readonly {
    readonly option: 'decimal';
    readonly guess: string;
    readonly evidence: string;
  }[];
  readonly recipe: string | null;
  readonly headerSignature: string;
  readonly totals: ImportTotalsDto;
  readonly rows: readonly PreviewRowDto[];
  readonly issues: readonly ImportIssueDto[];
  readonly newSeries: readonly {
    readonly key: string;
    readonly label: string;
    readonly unit: string;
    readonly company: string;
    readonly metric: string;
    readonly fiscalCalendar: string;
  }[];
  readonly canCommit: boolean;
}

export interface ImportResultDto {
  readonly importId: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly seriesCreated: number;
  readonly issues: readonly ImportIssueDto[];
}

export interface UndoResultDto {
  readonly importId: number;
  readonly restored: number;
  readonly removed: number;
  readonly kept: number;
  readonly seriesRemoved: number;
}

/** One import of the workbook's history. */
export interface ImportRecordDto {
  readonly id: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly recipe: string | null;
  readonly options: Readonly<Record<string, unknown>>;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly importedAt: string;
  readonly undoneAt: string | null;
}

export interface RecipeDto {
  readonly name: string;
  /** The header shape it is offered for (see docs/FILE-FORMAT.md, `import_recipes`). */
  readonly headerSignature: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the import running on a workbook has done so far; `idle` when none runs. */
export interface ImportProgressDto {
  readonly phase: 'idle' | 'preview' | 'commit';
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly values: number;
}

const RecipeName = z.string().max(80).regex(/\S/, 'a recipe name that is not blank');
const CompanyName = z.string().max(80).regex(/\S/, 'a company name that is not blank');
const PreviewId = z.number().int().positive();

const MappingInput = z
  .object({
    shape: z.enum(['long', 'periods-across', 'series-across']),
    headerRow: z.number().int().min(0).max(199),
    columns: z
      .array(
        z.enum([
          'period',
          'series',
          'company',
          'metric',
          'value',
          'values',
          'unit',
          'source',
          'note',
          'qualifier',
          'ignore',
        ]),
      )
      .max(5000)
      .readonly(),
  })
  .strict();

const OptionsInput = z
  .object({
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    decimal: z.enum(['.', ',']).optional(),
    thousands: z.enum([',', '.', ' ', "'", '']).optional(),
    scale: z.enum(['K', 'M', 'B']).optional(),
    fiscalYearEnd: z
      .record(CompanyName, z.number().int().min(1).max(12))
      .refine((ends) => Object.keys(ends).length <= 100, 'at most 100 fiscal year ends')
      .optional(),
    onError: z.enum(['reject', 'skip']).optional(),
    company: CompanyName.optional(),
    source: z.string().max(2000).optional(),
    sheet: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The input schemas of the import channels, by channel. */
export const importInputs = {
  filesGrantDropped: z.object({ path: z.string().min(1).max(4096) }).strict(),
  importsPreview: z
    .object({
      grantId: z.uuid(),
      format: z.enum(['auto', 'long', 'wide', 'periods-across', 'series-across']).optional(),
      mapping: MappingInput.optional(),
      options: OptionsInput.optional(),
      // null: no recipe, not even the one saved for the file's header shape.
      recipe: RecipeName.nullable().optional(),
    })
    .strict(),
  importsCommit: z
    .object({
      previewId: PreviewId,
      onError: z.enum(['reject', 'skip']).optional(),
      saveRecipeAs: RecipeName.optional(),
    })
    .strict(),
  importsDiscard: z.object({ previewId: PreviewId }).strict(),
  importsUndo: z.object({ importId: z.number().int().positive() }).strict(),
  recipesDelete: z.object({ name: RecipeName }).strict(),
} as const;
