/** A request the workbook refuses (unknown series, bad period or value); nothing was written. */
export class WorkbookInputError extends Error {
  readonly code = 'invalid_input';
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookInputError';
  }
}
