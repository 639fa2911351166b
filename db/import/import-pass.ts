import type { Db } from '../workbook';
import { checkMapping } from './check-mapping';
import { scaleExponent } from './import-options';
import type { ImportIssue, PreviewRow, PreviewStatus } from './import-types';
import type { ImportPlan } from './plan-import';
import { createRowInterpreter, type ReadValue } from './row-interpreter';
import { SeriesResolver } from './series-resolver';

/** Periods a workbook holds (1900-2199, quarters and years), numbered in key order: year, Q1..Q4. */
const PERIOD_SLOTS = 300 * 5;

function periodSlot(period: string): number {
  return (Number(period.slice(0, 4)) - 1900) * 5 + (period.length === 6 ? Number(period[5]) : 0);
}

export interface PassCounts {
  values: number;
  new: number;
  changed: number;
  unchanged: number;
  blank: number;
  errors: number;
}

/** One read of a file's records: interprets each, refuses repeats, collects counts, issues and rows. */
export interface ImportPass {
  readonly onRecord: (fields: readonly string[], line: number) => void;
  readonly onSyntaxError: (line: number, reason: string) => void;
  readonly resolver: SeriesResolver;
  readonly counts: PassCounts;
  readonly issues: ImportIssue[];
  /** Problems with the mapping itself: nothing can be read while there are any. */
  readonly mappingIssues: ImportIssue[];
  readonly rows: PreviewRow[];
}

/**
 * Sets up a pass over the records of `plan`'s file. Each good value goes to `onValue`, which
 * says whether it is new, changed or unchanged (and writes it, in a commit). A repeat of a series
 * and period already read is an error naming the first line.
 */
export function createImportPass(
  db: Db,
  plan: ImportPlan,
  limits: { readonly rows: number; readonly issues: number },
  onValue: (value: ReadValue) => { status: PreviewStatus; before: PreviewRow['before'] },
): ImportPass {
  const resolver = new SeriesResolver(db, plan.options.company, plan.options.fiscalYearEnd);
  const counts: PassCounts = { values: 0, new: 0, changed: 0, unchanged: 0, blank: 0, errors: 0 };
  const issues: ImportIssue[] = [];
  const rows: PreviewRow[] = [];
  const mappingIssues = checkMapping(plan.mapping, plan.headers, plan.headerLine);
  const seen: (Uint32Array | undefined)[] = [];

  const issue = (
    line: number,
    column: string | null,
    value: string,
    message: string,
    seriesKey: string | null,
    periodLabel: string,
  ) => {
    counts.errors++;
    if (issues.length < limits.issues) issues.push({ line, column, value, message });
    if (rows.length < limits.rows) {
      rows.push({
        line,
        status: 'error',
        seriesKey,
        periodLabel,
        period: null,
        value: null,
        qualifier: null,
        source: null,
        note: null,
        before: null,
        message,
      });
    }
  };
  const read = createRowInterpreter(
    {
      mapping: plan.mapping,
      headers: plan.headers,
      headerLine: plan.headerLine,
      decimal: plan.options.decimal,
      thousands: plan.options.thousands,
      fileExponent: scaleExponent(plan.options.scale),
      defaultSource: plan.options.source ?? `file: ${plan.fileName}`,
    },
    resolver,
    {
      value(v) {
        const slot = periodSlot(v.period);
        const lines = (seen[v.target.ref] ??= new Uint32Array(PERIOD_SLOTS));
        const first = lines[slot]!;
        if (first !== 0) {
          const message = `same series (${v.target.key}) and period (${v.period}) as line ${first}`;
          return issue(v.line, v.column, String(v.value), message, v.target.key, v.periodLabel);
        }
        lines[slot] = v.line;
        const { status, before } = onValue(v);
        counts.values++;
        counts[status === 'error' ? 'errors' : status]++;
        if (rows.length < limits.rows) {
          const { line, periodLabel, period, value, qualifier, source, note } = v;
          rows.push({
            line,
            status,
            seriesKey: v.target.key,
            periodLabel,
            period,
            value,
            qualifier,
            source,
            note,
            before,
            message: null,
          });
        }
      },
      blank() {
        counts.blank++;
      },
      issue,
      mappingIssue(problem) {
        mappingIssues.push(problem);
      },
    },
  );
  let index = 0;
  return {
    onRecord: (fields, line) => {
      if (index++ > plan.mapping.headerRow) read(fields, line);
    },
    onSyntaxError: (line, reason) => issue(line, null, '', reason, null, ''),
    resolver,
    counts,
    issues,
    mappingIssues,
    rows,
  };
}
