/**
 * The one refusal model. Every layer (db, the IPC handlers, dispatch, the CLI) refuses a request
 * the same way: a `Refusal` thrown with a code for programs and a one-line message for people that
 * names where and why. A refusal means nothing was written. Functions that fail in normal use and
 * return instead of throwing return a `Result<T>`.
 */

/** Every code a refusal can carry; the IPC reply and the CLI pass it on unchanged. */
export const REFUSAL_CODES = [
  // A value, name or request the workbook refuses (unknown series, bad period or value).
  'invalid_input',
  // Opening or creating a workbook file.
  'not_found',
  'empty',
  'not_sqlite',
  'foreign',
  'truncated',
  'corrupt',
  'too_new',
  'exists',
  'io',
  // The workbook is held by a running import, or locked by another writer.
  'busy',
  // Imports: a file with errors, a guess awaiting confirmation, a cancel, bad options.
  'rejected',
  'unconfirmed',
  'cancelled',
  'invalid',
  // File grants: a file that cannot be imported, a grant that is not known.
  'invalid_file',
  'unknown_grant',
  // A channel that does not exist, and anything unexpected.
  'unknown_channel',
  'forbidden_sender',
  'internal',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A problem with one cell or row of a file: where it is, what it says and why it is refused. */
export interface InputIssue {
  /** Line of the file (CSV) or row of the sheet (XLSX), 1-based. */
  readonly line: number;
  /** Header of the column, or null for a problem with the whole row. */
  readonly column: string | null;
  /** The text as written. */
  readonly value: string;
  readonly message: string;
}

/** What crosses a boundary when a request is refused. */
export interface Problem {
  readonly code: RefusalCode;
  readonly message: string;
}

/** The outcome of something that can fail in normal use. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(code: RefusalCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** A request refused with a reason; nothing was written. */
export class Refusal extends Error {
  /** For a file that was refused: its first issues (line, column, text, reason). */
  readonly issues: readonly InputIssue[];

  constructor(
    readonly code: RefusalCode,
    message: string,
    issues: InputIssue | readonly InputIssue[] | null = null,
  ) {
    super(message);
    this.name = 'Refusal';
    this.issues = issues === null ? [] : isIssueList(issues) ? issues : [issues];
  }

  /** The refusal as it crosses IPC or is printed. */
  toProblem(): Problem {
    return { code: this.code, message: this.message };
  }
}

function isIssueList(issues: InputIssue | readonly InputIssue[]): issues is readonly InputIssue[] {
  return Array.isArray(issues);
}

/** Shorthand for the commonest refusal: a value or request the workbook will not take. */
export function invalidInput(message: string): Refusal {
  return new Refusal('invalid_input', message);
}

/** The refusal an AbortSignal's cancel becomes. */
export function cancelled(what = 'the import was cancelled'): Refusal {
  return new Refusal('cancelled', what);
}

/** `error` as a Refusal when it is one, else null (a bug, not a refusal). */
export function asRefusal(error: unknown): Refusal | null {
  return error instanceof Refusal ? error : null;
}

/** "line 12, column "value": "12abc" is not a number": one line naming where the problem is. */
export function describeIssue(issue: InputIssue): string {
  const column = issue.column === null ? '' : `, column "${issue.column}"`;
  return `line ${issue.line}${column}: ${issue.message}`;
}
