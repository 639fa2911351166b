import type { NameMatch } from '../../../projection/import-types';
import { QUALIFIERS } from '../../../projection/series-types';
import type { ImportIssue, PreviewRow, PreviewStatus } from '../import-types';
import {
  periodLabelOf,
  periodOfSlot,
  type BatchIssue,
  type TargetInfo,
  type ValueBatch,
} from '../reading/value-batch';

export interface PassCounts {
  values: number;
  new: number;
  changed: number;
  unchanged: number;
  blank: number;
  errors: number;
}

/** What became of one value: new, changed or unchanged, and what it replaces. */
export interface ValueOutcome {
  readonly status: Exclude<PreviewStatus, 'error'>;
  readonly before: PreviewRow['before'];
}

/** Receives value `i` of `batch`, going to `target`; says what it is (and, in a commit, writes it). */
export type ValueSink = (batch: ValueBatch, i: number, target: TargetInfo) => ValueOutcome;

/** The writing side's pass over a file's batches: counts, the first issues and preview rows. */
export interface ImportPass {
  readonly consume: (batch: ValueBatch) => void;
  readonly counts: PassCounts;
  readonly issues: ImportIssue[];
  readonly rows: PreviewRow[];
  /** The series the values went to, by ref. */
  readonly targets: TargetInfo[];
  /** Every distinct name the file gives a series by, and where it went. */
  readonly matches: NameMatch[];
}

/**
 * Sets up a pass over the batches of a file (value-source.ts). Each value goes to `onValue`, in
 * file order, with the issues between values counted where they fall; the first `limits.rows`
 * values and issues are kept as preview rows, the first `limits.issues` issues as issues.
 */
export function createImportPass(
  limits: { readonly rows: number; readonly issues: number },
  onValue: ValueSink,
): ImportPass {
  const counts: PassCounts = { values: 0, new: 0, changed: 0, unchanged: 0, blank: 0, errors: 0 };
  const issues: ImportIssue[] = [];
  const rows: PreviewRow[] = [];
  const targets: TargetInfo[] = [];
  const matches: NameMatch[] = [];

  const issue = (i: BatchIssue) => {
    counts.errors++;
    if (issues.length < limits.issues)
      issues.push({ line: i.line, column: i.column, value: i.value, message: i.message });
    if (rows.length < limits.rows) {
      rows.push({
        line: i.line,
        status: 'error',
        seriesKey: i.seriesKey,
        periodLabel: i.periodLabel,
        period: null,
        value: null,
        qualifier: null,
        source: null,
        note: null,
        before: null,
        message: i.message,
      });
    }
  };

  const value = (batch: ValueBatch, i: number) => {
    const target = targets[batch.target[i]!]!;
    const { status, before } = onValue(batch, i, target);
    counts.values++;
    counts[status]++;
    if (rows.length < limits.rows) {
      const { texts } = batch;
      rows.push({
        line: batch.line[i]!,
        status,
        seriesKey: target.key,
        periodLabel: periodLabelOf(batch, i),
        period: periodOfSlot(batch.slot[i]!),
        value: batch.value[i]!,
        qualifier: QUALIFIERS[batch.qualifier[i]!]!,
        source: texts[batch.source[i]!]!,
        note: texts[batch.note[i]!]!,
        before,
        message: null,
      });
    }
  };

  return {
    consume(batch) {
      for (const target of batch.targets) targets[target.ref] = target;
      for (const match of batch.matches) matches.push(match);
      counts.blank += batch.blanks;
      const batchIssues = batch.issues;
      let k = 0;
      for (let i = 0; i < batch.count; i++) {
        while (k < batchIssues.length && batchIssues[k]!.at <= i) issue(batchIssues[k++]!);
        value(batch, i);
      }
      while (k < batchIssues.length) issue(batchIssues[k++]!);
    },
    counts,
    issues,
    rows,
    targets,
    matches,
  };
}
