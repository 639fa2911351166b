import type {
  ImportFormat,
  ImportMapping,
  ImportOptions,
  ImportProgress,
  OnError,
} from '../../projection/import-types';

/**
 * The import types as db/import sees them: the plain data of projection/import-types.ts (which
 * crosses IPC), and what stays in Node: a request naming a file by its path, and hooks and options
 * holding callbacks and an AbortSignal.
 */
export type * from '../../projection/import-types';

/** What to import and how. */
export interface ImportRequest {
  /** Path of the CSV (or other delimited text) or XLSX file. */
  readonly path: string;
  /** The shape to read; `auto` (default) guesses, `wide` guesses which way round. */
  readonly format?: ImportFormat;
  /** The mapping to use; when absent it comes from the recipe, or is guessed. */
  readonly mapping?: ImportMapping;
  readonly options?: ImportOptions;
  /**
   * A saved recipe to apply; when absent, a recipe saved for the same header shape is applied;
   * null applies none (the columns are guessed even when a recipe fits the header).
   */
  readonly recipe?: string | null;
}

export interface PreviewHooks {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the preview; it then rejects with a Refusal of code `cancelled`. */
  readonly signal?: AbortSignal;
  /** How many rows and issues the preview lists (the counts cover the whole file). */
  readonly rowLimit?: number;
  readonly issueLimit?: number;
  /** As CommitOptions.parseWorker. */
  readonly parseWorker?: string;
}

export interface CommitOptions {
  /** Overrides the preview's choice for rows with errors. */
  readonly onError?: OnError;
  /** Saves the mapping and options as a recipe under this name, in the same transaction. */
  readonly saveRecipeAs?: string;
  /** The time written to the import and its values; now by default. */
  readonly now?: string;
  /** Called after each batch of values is written. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the commit: it rejects with a Refusal of code `cancelled` and writes nothing. */
  readonly signal?: AbortSignal;
  /**
   * Path of the built parse worker (dist/workers/parse-worker.cjs). With it, a large text file is
   * read on a second thread while this one writes; without it, all runs here.
   */
  readonly parseWorker?: string;
  /** How many issues a rejection lists (100 by default). */
  readonly issueLimit?: number;
}
