import type { ImportFileExtension } from '../../../electron/contract';
import { failure, ok, type Result } from '../../../projection/refusal';

const EXTENSIONS: readonly ImportFileExtension[] = ['csv', 'tsv', 'txt', 'xlsx'];

/** The extensions a file to import may have, as the file picker and messages name them. */
export const IMPORT_KINDS_TEXT = 'CSV, TSV, TXT or XLSX';

/** True when a file name ends in an extension the importer reads. */
export function isImportableName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/**
 * Decides what to do with the files dropped on the window: import the one file, or refuse with
 * a message naming the file (or the count) and why. Nothing is read before this says yes.
 */
export function checkDroppedFiles<F extends { readonly name: string }>(files: readonly F[]): Result<F> {
  if (files.length === 0)
    return failure('invalid_file', 'Nothing to import: only files can be dropped here.');
  if (files.length > 1) {
    return failure(
      'invalid_file',
      `Drop one file at a time (${files.length} were dropped); nothing was imported.`,
    );
  }
  const file = files[0]!;
  if (!isImportableName(file.name)) {
    return failure(
      'invalid_file',
      `${file.name}: not a ${IMPORT_KINDS_TEXT} file, so it cannot be imported; nothing was imported.`,
    );
  }
  return ok(file);
}
