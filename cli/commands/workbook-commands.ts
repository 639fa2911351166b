import { checkWorkbook } from '../../db/check-workbook';
import { listSeriesValues } from '../../db/derived-series';
import { repositories } from '../../db/repositories';
import { createWorkbook } from '../../db/workbook';
import { describeWorkbook } from '../../db/workbook-info';
import { formatNumber, formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';
import { invalidInput } from '../../projection/refusal';
import { describeShown, formatShown, shownUnit } from '../../projection/series-display';

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

/** `iwb get FILE SERIES_KEY [--json]`: the values of one series with their sources. */
export function getCommand({ positionals, json, print }: CommandContext): void {
  const [file, key] = positionals;
  const { series, observations } = withWorkbook(file!, { readonly: true }, (wb) => {
    const found = repositories(wb.db).series.findSeries(key!);
    if (!found) throw invalidInput(`${key}: no such series (see \`iwb series ${file}\`)`);
    return { series: found, observations: listSeriesValues(wb.db, key!) };
  });
  // JSON keeps the stored numbers; the table shows them as the app does, saying so when the
  // series is shown in another unit than it is stored in (USD millions shown in billions).
  const rows = observations.map((o) => ({
    period: o.period,
    value: o.value,
    qualifier: o.qualifier,
    source: o.source,
  }));
  if (json) return print(JSON.stringify(rows));
  const { unit, display } = series;
  const shown = shownUnit(unit, display);
  const isShownOtherwise = shown !== unit || display.decimals !== null;
  if (isShownOtherwise) print(`${key}: stored in ${unit}, shown in ${describeShown(unit, display)}`);
  print(
    formatTable(
      ['period', isShownOtherwise ? `value (${shown})` : 'value', 'qualifier', 'source'],
      rows.map((r) => [
        r.period,
        isShownOtherwise ? formatShown(r.value, unit, display) : formatNumber(r.value),
        r.qualifier,
        r.source,
      ]),
    ),
  );
}

/** `iwb check FILE [--json]`: exit 0 when the workbook is sound, 1 with its problems listed. */
export function checkCommand({ positionals, json, print }: CommandContext): void {
  const problems = withWorkbook(positionals[0]!, { readonly: true }, (wb) => checkWorkbook(wb.db));
  if (json) print(JSON.stringify({ isSound: problems.length === 0, problems }));
  else print(problems.length === 0 ? 'sound' : problems.join('\n'));
  if (problems.length > 0)
    throw invalidInput(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
}
