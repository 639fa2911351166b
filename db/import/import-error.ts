import type { ImportIssue } from './import-types';

/**
 * Why an import stops; nothing was written. `rejected`: the file has errors and bad rows are not
 * to be skipped (`issue` is the first). `unconfirmed`: a guess (a decimal comma) awaits the user.
 * `cancelled`: the AbortSignal fired. `invalid`: bad options, an unreadable file or an unknown
 * recipe, preview or import.
 */
export type ImportErrorCode = 'rejected' | 'unconfirmed' | 'cancelled' | 'invalid';

export class ImportError extends Error {
  /** The first issues of a rejected file (line, column, text, reason). */
  readonly issues: readonly ImportIssue[];

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    issues: ImportIssue | readonly ImportIssue[] | null = null,
  ) {
    super(message);
    this.name = 'ImportError';
    this.issues = issues === null ? [] : Array.isArray(issues) ? issues : [issues as ImportIssue];
  }
}

/** "line 12, column "value": "12abc" is not a number": one line naming where the problem is. */
export function describeIssue(issue: ImportIssue): string {
  const column = issue.column === null ? '' : `, column "${issue.column}"`;
  return `line ${issue.line}${column}: ${issue.message}`;
}
