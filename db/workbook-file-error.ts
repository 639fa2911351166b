/** Why a file cannot be opened as a workbook; `message` is one line naming the file and the reason. */
export type WorkbookFileErrorCode =
  | 'not_found'
  | 'empty'
  | 'not_sqlite'
  | 'foreign'
  | 'truncated'
  | 'corrupt'
  | 'too_new'
  | 'exists'
  | 'io'
  | 'busy';

export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}
