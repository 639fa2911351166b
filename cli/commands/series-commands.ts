import * as command from '../../db/commands';
import { listSeriesDetails, readSeriesDetails } from '../../db/series-details';
import { invalidInput } from '../../projection/refusal';
import type { SeriesFields } from '../../projection/journal';
import { describeShown, type SeriesDisplay } from '../../projection/series-display';
import { readRangeBound } from '../../projection/typed-values';
import { describeRange } from '../../projection/value-range';
import { UsageError } from '../cli-errors';
import { formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';

const now = () => new Date().toISOString();

/**
 * `iwb series FILE [--json]`: every series with its unit, the values it may hold, its count and
 * period range; --json adds kind, company, fiscal calendar and aliases.
 */
export function seriesCommand({ positionals, json, print }: CommandContext): void {
  const series = withWorkbook(positionals[0]!, { readonly: true }, (wb) => listSeriesDetails(wb.db));
  if (json) return print(JSON.stringify(series));
  print(
    formatTable(
      ['key', 'label', 'unit', 'range', 'count', 'first', 'last'],
      series.map((s) => [
        s.key,
        s.label,
        s.unit,
        describeRange(s),
        s.count,
        s.firstPeriod ?? '-',
        s.lastPeriod ?? '-',
      ]),
    ),
  );
}

const SET_OPTIONS = ['label', 'unit', 'min', 'max'] as const;

/**
 * `iwb series-set FILE KEY [--label T] [--unit U] [--min N|none] [--max N|none]`: what people read
 * of a series and the values it may hold, as one step of the journal. Bounds are read in the
 * series' unit (its new one when --unit changes it) as cells are: `3.5B`, `(5)`, `100%`.
 */
export function seriesSetCommand({ positionals, flags, json, print }: CommandContext): void {
  const [file, key] = positionals as [string, string];
  if (!SET_OPTIONS.some((option) => flags[option] !== undefined)) {
    throw new UsageError('say what to change: --label, --unit, --min or --max');
  }
  const text = (option: (typeof SET_OPTIONS)[number]) => flags[option] as string | undefined;
  const saved = withWorkbook(file, {}, (wb) => {
    const unit = text('unit') ?? readSeriesDetails(wb.db, key).unit;
    const fields: { -readonly [F in keyof SeriesFields]?: SeriesFields[F] } = {};
    if (text('label') !== undefined) fields.label = text('label');
    if (text('unit') !== undefined) fields.unit = unit;
    for (const [option, field] of [
      ['min', 'minValue'],
      ['max', 'maxValue'],
    ] as const) {
      const typed = text(option);
      if (typed === undefined) continue;
      const read = readRangeBound(typed, unit);
      if (!read.ok) throw invalidInput(`${key} --${option}: ${read.error.message}; nothing was saved`);
      fields[field] = read.value;
    }
    command.updateSeries(wb.db, key, fields, now());
    return readSeriesDetails(wb.db, key);
  });
  if (json) return print(JSON.stringify(saved));
  print(`${saved.key}: ${saved.label}, ${saved.unit}, ${describeRange(saved)}`);
}

/**
 * `iwb series-display FILE KEY [--scale stored|thousands|millions|billions] [--decimals N|auto]`:
 * how the app shows a series' numbers (a USD millions series in billions, with 1 decimal), as one
 * step of the journal; the values stay as they are. `auto` is the grid's own decimals.
 */
export function seriesDisplayCommand({ positionals, flags, json, print }: CommandContext): void {
  const [file, key] = positionals as [string, string];
  const scale = flags['scale'] as string | undefined;
  const decimalsText = flags['decimals'] as string | undefined;
  if (scale === undefined && decimalsText === undefined) {
    throw new UsageError('say what to change: --scale or --decimals');
  }
  const display: { -readonly [F in keyof SeriesDisplay]?: SeriesDisplay[F] } = {};
  // The command checks the scale against the series' unit and the decimals' range.
  if (scale !== undefined) display.scale = scale.trim().toLowerCase() as SeriesDisplay['scale'];
  if (decimalsText !== undefined) {
    const text = decimalsText.trim().toLowerCase();
    if (text !== 'auto' && !/^-?\d+(\.\d+)?$/.test(text)) {
      throw invalidInput(`${key} --decimals: "${decimalsText}" is not a number (0 to 6, or auto)`);
    }
    display.decimals = text === 'auto' ? null : Number(text);
  }
  const saved = withWorkbook(file, {}, (wb) => {
    command.setSeriesDisplay(wb.db, key, display, now());
    return readSeriesDetails(wb.db, key);
  });
  if (json) return print(JSON.stringify(saved));
  print(`${saved.key}: shown in ${describeShown(saved.unit, saved.display)}`);
}
