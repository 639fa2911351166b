import type { DecimalMark, ThousandsMark } from './number-text';
import type { InputIssue } from './refusal';
import type { Qualifier } from './series-types';

/**
 * The import's plain data, declared once: what the user chooses (mapping, options), what a preview
 * shows and what a commit or undo did. The pipeline (db/import) reads and returns these, the IPC
 * contract builds its zod enums from the arrays and sends the types as they are, and the renderer
 * and the CLI read them. Nothing here holds a path, a signal or a callback: it all crosses IPC.
 */

/**
 * The shapes a file can have: `long` has one value per row; `periods-across` one row per series
 * and one column per period (as IR spreadsheets are laid out); `series-across` one row per period
 * and one column per series.
 */
export const IMPORT_SHAPES = ['long', 'periods-across', 'series-across'] as const;
export type ImportShape = (typeof IMPORT_SHAPES)[number];

/** The shape asked for: a shape, `auto` (guess it) or `wide` (guess which way round). */
export const IMPORT_FORMATS = ['auto', 'long', 'wide', 'periods-across', 'series-across'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What a column holds. `values` is a column of values named by its header: a period in
 * `periods-across`, a series in `series-across`.
 */
export const COLUMN_ROLES = [
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
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

/** The scale of numbers written without a scale word: USD thousands, millions or billions. */
export const SCALE_LETTERS = ['K', 'M', 'B'] as const;
export type ScaleLetter = (typeof SCALE_LETTERS)[number];

/** What to do with rows that have errors: refuse the file, or leave the rows out. */
export const ON_ERROR_CHOICES = ['reject', 'skip'] as const;
export type OnError = (typeof ON_ERROR_CHOICES)[number];

/** How to read the records of a file; guessed by the preview, confirmed or changed by the user. */
export interface ImportMapping {
  readonly shape: ImportShape;
  /** Which record holds the column headers (0 = the first non-blank one); earlier ones are skipped. */
  readonly headerRow: number;
  /** The role of each column, by position. */
  readonly columns: readonly ColumnRole[];
}

/** How to read the text of a file. Every field is optional: the preview guesses what is missing. */
export interface ImportOptions {
  readonly delimiter?: ImportDelimiter;
  /** The decimal mark. A guessed decimal comma must be confirmed by setting this. */
  readonly decimal?: DecimalMark;
  readonly thousands?: ThousandsMark;
  /** The scale of numbers written without a scale word (USD thousands, millions or billions). */
  readonly scale?: ScaleLetter;
  /** Month (1-12) in which a company's fiscal year ends, by company; stored in the workbook on commit. */
  readonly fiscalYearEnd?: Readonly<Record<string, number>>;
  /** What to do with rows that have errors: refuse the file (default) or leave the rows out. */
  readonly onError?: OnError;
  /** The company of every row, for files without a company column (an IR sheet of one company). */
  readonly company?: string;
  /** The source of rows without one; by default "file: <file name>". */
  readonly source?: string;
  /** XLSX: the sheet to read (by name); by default the first. */
  readonly sheet?: string;
  /**
   * Where names the file gives go, settled by the user: by the name as the file writes it (a
   * label, or "Company: metric" for a row of company and metric), a series key, NEW_SERIES or
   * SKIP_SERIES. Kept in a recipe; a name mapped to a series is also saved as its alias.
   */
  readonly seriesChoices?: Readonly<Record<string, string>>;
}

/**
 * How a name the file gives was settled: by the series' key, label, an alias or the company and
 * metric's words; by the user's choice; as a new series; skipped by choice; or not at all (a
 * name two series share, or a label that matches nothing with no company to make a series of).
 */
export const NAME_OUTCOMES = [
  'key',
  'label',
  'alias',
  'words',
  'chosen',
  'new',
  'skip',
  'ambiguous',
  'unmatched',
] as const;
export type NameOutcomeKind = (typeof NAME_OUTCOMES)[number];

/** Where one distinct name of the file went, as the preview shows it and the user may change. */
export interface NameMatch {
  /** The name as a seriesChoices key: the label as written, or "Company: metric". */
  readonly name: string;
  readonly outcome: NameOutcomeKind;
  /** The series it lands on (for `new`, the key it will get); null when skipped or unsettled. */
  readonly series: string | null;
  /** For `ambiguous`, the series it could be; for `new` and `unmatched`, the nearest keys. */
  readonly candidates: readonly string[];
}

/** A seriesChoices value: make a new series of the name. */
export const NEW_SERIES = '+new';
/** A seriesChoices value: leave the name's rows out. */
export const SKIP_SERIES = '-skip';

/** A problem with one cell or row: where it is, what it says and why it is refused. */
export type ImportIssue = InputIssue;

export const PREVIEW_STATUSES = ['new', 'changed', 'unchanged', 'error'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** One value as it will be written (or the error that stops it), in the long target shape. */
export interface PreviewRow {
  readonly line: number;
  readonly status: PreviewStatus;
  readonly seriesKey: string | null;
  /** The period as the file wrote it ("Q3 FY2025"), and the calendar period it becomes. */
  readonly periodLabel: string;
  readonly period: string | null;
  readonly value: number | null;
  readonly qualifier: Qualifier | null;
  readonly source: string | null;
  readonly note: string | null;
  /** The value and source it replaces, for `changed` and `unchanged`. */
  readonly before: { readonly value: number; readonly source: string } | null;
  /** Why the row is refused, for `error`. */
  readonly message: string | null;
}

export interface ImportTotals {
  /** Values read (new + changed + unchanged). */
  readonly values: number;
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Blank cells ("—", "n/a"): no value, nothing written. */
  readonly blank: number;
  readonly errors: number;
}

/** A series the import will create, from the company and metric the file names. */
export interface NewSeriesPreview {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly company: string;
  readonly metric: string;
  readonly fiscalCalendar: string;
}

/** Progress of a preview or commit: bytes of the file read so far, and values read. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly values: number;
}

/** What runs on a workbook: nothing, a preview or a commit. */
export const IMPORT_PHASES = ['idle', 'preview', 'commit'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** What the import running on a workbook has done so far; `idle` when none runs. */
export interface RunningImportProgress extends ImportProgress {
  readonly phase: ImportPhase;
}

/** Everything the user confirms before committing. */
export interface ImportPreview {
  /** Hands the staged rows to commitImport or discardImportPreview. */
  readonly previewId: number;
  readonly file: {
    readonly name: string;
    readonly size: number;
    readonly sha256: string;
    readonly kind: 'text' | 'xlsx';
    /** XLSX: the sheet read and every sheet of the workbook. */
    readonly sheet: string | null;
    readonly sheets: readonly string[];
  };
  readonly headers: readonly string[];
  readonly mapping: ImportMapping;
  /** The options as used: the given ones completed with what was guessed. */
  readonly options: ImportOptions & { readonly delimiter: ImportDelimiter; readonly decimal: DecimalMark };
  /** Guesses the user must confirm before committing (a decimal comma), with the text that led to them. */
  readonly toConfirm: readonly {
    readonly option: 'decimal';
    readonly guess: string;
    readonly evidence: string;
  }[];
  /** The recipe applied (given, or saved for this header shape), if any. */
  readonly recipe: string | null;
  readonly headerSignature: string;
  readonly totals: ImportTotals;
  readonly rows: readonly PreviewRow[];
  readonly issues: readonly ImportIssue[];
  readonly newSeries: readonly NewSeriesPreview[];
  /** Every distinct name the file gives a series by, and where it went, in the order first read. */
  readonly matches: readonly NameMatch[];
  /** Whether commitImport will write: no errors, or errors to be skipped, and nothing left to confirm. */
  readonly canCommit: boolean;
}

/** How many values an import wrote, rewrote, left as they were and left out. */
export interface ImportCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
}

/** What a commit wrote (the CLI prints it as JSON). */
export interface ImportResult extends ImportCounts {
  readonly importId: number;
  readonly seriesCreated: number;
  /** Every distinct name the file gives a series by, and where it went. */
  readonly matches: readonly NameMatch[];
  /** The first issues of the rows skipped (with onError `skip`). */
  readonly issues: readonly ImportIssue[];
}

export interface UndoResult {
  readonly importId: number;
  /** Values put back as they were before the import. */
  readonly restored: number;
  /** Values the import added, removed again. */
  readonly removed: number;
  /** Values changed since the import (by an edit), left as they are now. */
  readonly kept: number;
  readonly seriesRemoved: number;
}

/** One import of the workbook's history. */
export interface ImportRecord extends ImportCounts {
  readonly id: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly recipe: string | null;
  readonly options: Readonly<Record<string, unknown>>;
  readonly importedAt: string;
  readonly undoneAt: string | null;
}

/** How a recipe keeps a mapping: roles by header name, so columns may move or be added. */
export interface RecipeMapping {
  readonly shape: ImportShape;
  readonly headerRow: number;
  readonly roles: Readonly<Record<string, ColumnRole>>;
}

/** The options a recipe keeps: everything but the sheet, which belongs to one file. */
export type RecipeOptions = Omit<ImportOptions, 'sheet'>;

/** A saved recipe as people see it (its mapping and options stay in the workbook). */
export interface Recipe {
  readonly name: string;
  /** The header shape it is offered for (see docs/FILE-FORMAT.md, `import_recipes`). */
  readonly headerSignature: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
