import type { DecimalMark, ThousandsMark } from '../../../projection/number-text';
import { checkMapping } from './check-mapping';
import { scaleExponent } from './import-options';
import type { ImportIssue, ImportMapping, ScaleLetter } from '../import-types';
import { createRowInterpreter } from './row-interpreter';
import { SeriesResolver, type SeriesCatalog } from './series-resolver';
import { BatchBuilder, PERIOD_SLOTS, periodSlot, type ValueBatch } from './value-batch';

/**
 * The reading side of an import: records in, batches of values out (value-batch.ts). It needs no
 * database, only plain settings, so it runs on a parse worker thread for large files and in the
 * calling thread otherwise.
 */

/** How to read a file's records; plain data, so it can be sent to a worker. */
export interface ValueReaderSettings {
  readonly mapping: ImportMapping;
  readonly headers: readonly string[];
  readonly headerLine: number;
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark | undefined;
  readonly scale: ScaleLetter | undefined;
  readonly defaultSource: string;
  /** The company of every row, for files without a company column. */
  readonly company: string | undefined;
  readonly fiscalYearEnd: Readonly<Record<string, number>>;
  /** Where the user sent names the file gives (ImportOptions.seriesChoices). */
  readonly seriesChoices: Readonly<Record<string, string>>;
  readonly catalog: SeriesCatalog;
}

export interface ValueReader {
  readonly onRecord: (fields: readonly string[], line: number) => void;
  readonly onSyntaxError: (line: number, reason: string) => void;
  /** Problems with the mapping itself: while there are any, no record should be read. */
  readonly mappingIssues: readonly ImportIssue[];
  /** Hands on the values read since the last batch. */
  readonly flush: () => void;
}

/**
 * Reads records into batches of `batchSize` values for `onBatch`. Records up to the header row are
 * skipped. A repeat of a series and period already read is an issue naming the first line.
 */
export function createValueReader(
  settings: ValueReaderSettings,
  batchSize: number,
  onBatch: (batch: ValueBatch) => void,
): ValueReader {
  const builder = new BatchBuilder(batchSize, onBatch);
  const resolver = new SeriesResolver(
    settings.catalog,
    settings.company,
    settings.fiscalYearEnd,
    settings.seriesChoices,
  );
  builder.takeMatches = () => resolver.takeMatches();
  const mappingIssues = checkMapping(settings.mapping, settings.headers, settings.headerLine);
  // For each series (by ref), the line on which each period was first read.
  const seen: (Uint32Array | undefined)[] = [];
  const name = (column: number) => settings.headers[column] ?? `column ${column + 1}`;
  const issue = (
    line: number,
    column: string | null,
    value: string,
    message: string,
    seriesKey: string | null,
    periodLabel: string,
  ) => builder.addIssue({ line, column, value, message, seriesKey, periodLabel });

  const read = createRowInterpreter(
    {
      mapping: settings.mapping,
      headers: settings.headers,
      headerLine: settings.headerLine,
      decimal: settings.decimal,
      thousands: settings.thousands,
      fileExponent: scaleExponent(settings.scale),
      defaultSource: settings.defaultSource,
    },
    resolver,
    {
      value(v) {
        const slot = periodSlot(v.period);
        const lines = (seen[v.target.ref] ??= new Uint32Array(PERIOD_SLOTS));
        const first = lines[slot]!;
        if (first !== 0) {
          const message = `same series (${v.target.key}) and period (${v.period}) as line ${first}`;
          return issue(v.line, name(v.column), String(v.value), message, v.target.key, v.periodLabel);
        }
        lines[slot] = v.line;
        builder.add(v);
      },
      blank: () => builder.addBlank(),
      issue,
      mappingIssue: (problem) => mappingIssues.push(problem),
    },
  );
  let index = 0;
  const headerRow = settings.mapping.headerRow;
  return {
    onRecord: (fields, line) => {
      if (index++ > headerRow) read(fields, line);
    },
    onSyntaxError: (line, reason) => issue(line, null, '', reason, null, ''),
    mappingIssues,
    flush: () => builder.flush(),
  };
}
