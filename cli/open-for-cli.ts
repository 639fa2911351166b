import { openWorkbook, type Workbook } from '../db/workbook';

/** Opens a workbook for a command; a refused file is a Refusal (exit 1). */
export function openForCli(path: string, options: { readonly readonly?: boolean } = {}): Workbook {
  return openWorkbook(path, options);
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
