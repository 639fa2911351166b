import { openWorkbook, type Workbook } from '../db/workbook';
import { WorkbookFileError } from '../db/workbook-file-error';
import { InputError } from './cli-errors';

/** Opens a workbook for a command, turning a refused file into an InputError (exit 1). */
export function openForCli(path: string, options: { readonly readonly?: boolean } = {}): Workbook {
  try {
    return openWorkbook(path, options);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new InputError(error.message);
    throw error;
  }
}

/** Runs `body` on an open workbook and always closes it. */
export function withWorkbook<T>(
  path: string,
  options: { readonly readonly?: boolean },
  body: (wb: Workbook) => T,
): T {
  const workbook = openForCli(path, options);
  try {
    return body(workbook);
  } finally {
    workbook.close();
  }
}
