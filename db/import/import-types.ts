import type { DecimalMark, ThousandsMark } from '../../projection/number-text';
import type { Qualifier } from '../repositories/observation-repository';

/**
 * The shapes a file can have: `long` has one value per row; `periods-across` one row per series
 * and one column per period (as IR spreadsheets are laid out); `series-across` one row per period
 * and one column per series.
 */
export type ImportShape = 'long' | 'periods-across' | 'series-across';

/**
 * What a column holds. `values` is a column of values named by its header: a period in
 * `periods-across`, a series in `series-across`.
 */
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

/** How to read the records of a file; guessed by the preview, confirmed or changed by the user. */
export interface ImportMapping {
  readonly shape: ImportShape;
  /** Which record holds the column headers (0 = the first non-blank one); earlier ones are skipped. */
  readonly headerRow: number;
  /** The role of each column, by position. */
  readonly columns: readonly ColumnRole[];
}

export type ImportDelimiter = ',' | ';' | '\t' | '|';
export type ScaleLetter = 'K' | 'M' | 'B';

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
  readonly onError?: 'reject' | 'skip';
  /** The company of every row, for files without a company column (an IR sheet of one company). */
  readonly company?: string;
  /** The source of rows without one; by default "file: <file name>". */
  readonly source?: string;
  /** XLSX: the sheet to read (by name); by default the first. */
  readonly sheet?: string;
}

/** What to import and how. */
export interface ImportRequest {
  /** Path of the CSV (or other delimited text) or XLSX file. */
  readonly path: string;
  /** The shape to read; `auto` (default) guesses, `wide` guesses which way round. */
  readonly format?: 'auto' | 'long' | 'wide' | ImportShape;
  /** The mapping to use; when absent it comes from the recipe, or is guessed. */
  readonly mapping?: ImportMapping;
  readonly options?: ImportOptions;
  /**
   * A saved recipe to apply; when absent, a recipe saved for the same header shape is applied;
   * null applies none (the columns are guessed even when a recipe fits the header).
   */
  readonly recipe?: string | null;
}

/** A problem with one cell or row: where it is, what it says and why it is refused. */
export interface ImportIssue {
  /** Line of the file (CSV) or row of the sheet (XLSX), 1-based. */
  readonly line: number;
  /** Header of the column, or null for a problem with the whole row. */
  readonly column: string | null;
  /** The text as written. */
  readonly value: string;
  readonly message: string;
}

export type PreviewStatus = 'new' | 'changed' | 'unchanged' | 'error';

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

/** Progress of a preview: bytes of the file read so far, and values read. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly values: number;
}

export interface PreviewHooks {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the preview; it then rejects with an ImportError of code `cancelled`. */
  readonly signal?: AbortSignal;
  /** How many rows and issues the preview lists (the counts cover the whole file). */
  readonly rowLimit?: number;
  readonly issueLimit?: number;
  /** As CommitOptions.parseWorker. */
  readonly parseWorker?: string;
}

/** Everything the user confirms before committing; plain data (it can cross IPC). */
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
  /** Whether commitImport will write: no errors, or errors to be skipped, and nothing left to confirm. */
  readonly canCommit: boolean;
}

export interface CommitOptions {
  /** Overrides the preview's choice for rows with errors. */
  readonly onError?: 'reject' | 'skip';
  /** Saves the mapping and options as a recipe under this name, in the same transaction. */
  readonly saveRecipeAs?: string;
  /** The time written to the import and its values; now by default. */
  readonly now?: string;
  /** Called after each batch of values is written. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the commit: it rejects with ImportError `cancelled` and writes nothing. */
  readonly signal?: AbortSignal;
  /**
   * Path of the built parse worker (dist/workers/parse-worker.cjs). With it, a large text file is
   * read on a second thread while this one writes; without it, all runs here.
   */
  readonly parseWorker?: string;
  /** How many issues a rejection lists (100 by default). */
  readonly issueLimit?: number;
}

/** What a commit wrote (the CLI prints it as JSON). */
export interface ImportResult {
  readonly importId: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly seriesCreated: number;
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
