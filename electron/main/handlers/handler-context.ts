import type { Workbook } from '../../../db/workbook';

/** What a handler works on: the workbook of the window that sent the message, and the clock. */
export interface HandlerContext {
  readonly workbook: Workbook;
  readonly now: () => string;
}
