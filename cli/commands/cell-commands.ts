import { readCellDetails } from '../../db/cell-details';
import { findInWorkbook } from '../../db/find-in-workbook';
import * as command from '../../db/commands';
import { describeOrigin } from '../../projection/cell-origin-text';
import { invalidInput } from '../../projection/refusal';
import { QUALIFIERS, type Qualifier } from '../../projection/series-types';
import { UsageError } from '../cli-errors';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';

const now = () => new Date().toISOString();

/**
 * `iwb cell FILE SERIES_KEY PERIOD [--json]`: one value with its qualifier, source and note, what
 * set it, and its earlier values with their sources (as the app's cell details show them).
 */
export function cellCommand({ positionals, json, print }: CommandContext): void {
  const [file, key, period] = positionals as [string, string, string];
  const details = withWorkbook(file, { readonly: true }, (wb) => readCellDetails(wb.db, key, period));
  if (json) return print(JSON.stringify(details));
  const { current } = details;
  print(
    current
      ? formatTable(
          ['field', 'value'],
          [
            ['value', formatNumber(current.value, 4)],
            ['qualifier', current.qualifier],
            ['source', current.source || '-'],
            ['note', current.note || '-'],
            ['set by', details.setBy ? describeOrigin(details.setBy) : '-'],
          ],
        )
      : `${key} ${period} is blank`,
  );
  if (details.earlier.length === 0) return;
  print('\nearlier values, newest first');
  print(
    formatTable(
      ['value', 'qualifier', 'source', 'replaced by'],
      details.earlier.map((e) => [
        e.state ? formatNumber(e.state.value, 4) : 'blank',
        e.state?.qualifier ?? '-',
        e.state?.source || '-',
        describeOrigin(e.replacedBy),
      ]),
    ),
  );
}

/**
 * `iwb annotate FILE SERIES_KEY PERIOD [--qualifier Q] [--source TEXT] [--note TEXT]`: what is
 * said of a value, not the value; one step of the journal.
 */
export function annotateCommand({ positionals, flags, print }: CommandContext): void {
  const [file, seriesKey, period] = positionals as [string, string, string];
  const { qualifier, source, note } = flags as { qualifier?: string; source?: string; note?: string };
  if (qualifier === undefined && source === undefined && note === undefined) {
    throw new UsageError('say what to change: --qualifier, --source or --note');
  }
  if (qualifier !== undefined && !(QUALIFIERS as readonly string[]).includes(qualifier)) {
    throw invalidInput(
      `${seriesKey} ${period}: qualifier "${qualifier}" is not one of ${QUALIFIERS.join(', ')}`,
    );
  }
  const saved = withWorkbook(file, {}, (wb) =>
    command.annotateObservation(
      wb.db,
      {
        seriesKey,
        period,
        ...(qualifier === undefined ? {} : { qualifier: qualifier as Qualifier }),
        ...(source === undefined ? {} : { source }),
        ...(note === undefined ? {} : { note }),
      },
      now(),
    ),
  );
  print(`${seriesKey} ${period} = ${saved.value} (${saved.qualifier}; ${saved.source || 'no source'})`);
}

/**
 * `iwb find FILE TEXT [--json]`: series by name, cells by value (as shown, to the decimals typed),
 * source or note, as the Data view's Ctrl+F finds them.
 */
export function findCommand({ positionals, json, print }: CommandContext): void {
  const [file, text] = positionals as [string, string];
  const result = withWorkbook(file, { readonly: true }, (wb) => findInWorkbook(wb.db, text));
  if (json) return print(JSON.stringify(result));
  if (result.hits.length === 0) return print(`nothing matches "${text}"`);
  print(
    formatTable(
      ['series', 'period', 'matched', 'text'],
      result.hits.map((h) => [
        h.seriesKey,
        h.period ?? '-',
        h.field,
        h.field === 'value' ? formatNumber(Number(h.text), 6) : h.text,
      ]),
    ),
  );
  if (result.isTruncated)
    print(`(the first ${result.hits.length} matches; narrow the search to see the rest)`);
}
