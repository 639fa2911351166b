import { derivedObservations, listSeriesValues } from '../../db/derived-series';
import { repositories } from '../../db/repositories';
import { createWorkbook } from '../../db/workbook';
import { describeWorkbook } from '../../db/workbook-info';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';
import { invalidInput } from '../../projection/refusal';

/** `iwb new FILE`: a new workbook with the default content. */
export function newCommand({ positionals, print }: CommandContext): void {
  const [file] = positionals;
  createWorkbook(file!).close();
  print(`created ${file}`);
}

/** `iwb info FILE [--json]`: schema version, counts and period range. */
export function infoCommand({ positionals, json, print }: CommandContext): void {
  const info = withWorkbook(positionals[0]!, { readonly: true }, (wb) => describeWorkbook(wb.db));
  if (json) return print(JSON.stringify(info));
  print(
    formatTable(
      ['field', 'value'],
      [
        ['schema version', String(info.schemaVersion)],
        ['series', String(info.series)],
        ['observations', String(info.observations)],
        ['first period', info.firstPeriod ?? '-'],
        ['last period', info.lastPeriod ?? '-'],
      ],
    ),
  );
}

/** `iwb series FILE [--json]`: every series with its count and period range. */
export function seriesCommand({ positionals, json, print }: CommandContext): void {
  const { summaries, derived } = withWorkbook(positionals[0]!, { readonly: true }, (wb) => ({
    summaries: repositories(wb.db).series.listSeriesSummaries(),
    derived: derivedObservations(wb.db),
  }));
  const rows = summaries.map((s) => {
    // A derived series holds nothing: its values are computed when read.
    const computed = derived.filter((o) => o.seriesKey === s.key).map((o) => o.period);
    return computed.length === 0
      ? {
          key: s.key,
          label: s.label,
          unit: s.unit,
          count: s.count,
          firstPeriod: s.firstPeriod,
          lastPeriod: s.lastPeriod,
        }
      : {
          key: s.key,
          label: s.label,
          unit: s.unit,
          count: computed.length,
          firstPeriod: computed[0]!,
          lastPeriod: computed.at(-1)!,
        };
  });
  if (json) return print(JSON.stringify(rows));
  print(
    formatTable(
      ['key', 'label', 'unit', 'count', 'first', 'last'],
      rows.map((r) => [r.key, r.label, r.unit, r.count, r.firstPeriod ?? '-', r.lastPeriod ?? '-']),
    ),
  );
}

/** `iwb get FILE SERIES_KEY [--json]`: the values of one series with their sources. */
export function getCommand({ positionals, json, print }: CommandContext): void {
  const [file, key] = positionals;
  const observations = withWorkbook(file!, { readonly: true }, (wb) => {
    const repos = repositories(wb.db);
    if (!repos.series.findSeries(key!)) {
      throw invalidInput(`${key}: no such series (see \`iwb series ${file}\`)`);
    }
    return listSeriesValues(wb.db, key!);
  });
  const rows = observations.map((o) => ({
    period: o.period,
    value: o.value,
    qualifier: o.qualifier,
    source: o.source,
  }));
  if (json) return print(JSON.stringify(rows));
  print(
    formatTable(
      ['period', 'value', 'qualifier', 'source'],
      rows.map((r) => [r.period, formatNumber(r.value), r.qualifier, r.source]),
    ),
  );
}
