import * as command from '../../db/commands';
import { readSeriesDetails } from '../../db/series-details';
import { PERIOD_EDGES, type PeriodEdge } from '../../projection/journal-structure';
import { invalidInput } from '../../projection/refusal';
import { ADDABLE_SERIES_KINDS, type SeriesKind } from '../../projection/series-types';
import { readRangeBound } from '../../projection/typed-values';
import { describeRange } from '../../projection/value-range';
import { UsageError } from '../cli-errors';
import { withWorkbook } from '../open-for-cli';
import type { Command, CommandContext } from './command';

/**
 * The workbook's structure from the command line: series added, renamed, moved and deleted, and
 * quarters added at either end; each one step of the journal (`iwb undo` takes it back).
 */

const now = () => new Date().toISOString();

function required(flags: CommandContext['flags'], name: string): string {
  const value = flags[name];
  if (typeof value !== 'string') throw new UsageError(`--${name} is required`);
  return value;
}

/** A range bound typed as cells are (`3.5B`, `100%`), or `none`; undefined when not given. */
function bound(flags: CommandContext['flags'], option: 'min' | 'max', key: string, unit: string) {
  const typed = flags[option];
  if (typeof typed !== 'string') return {};
  const read = readRangeBound(typed, unit);
  if (!read.ok) throw invalidInput(`${key} --${option}: ${read.error.message}; nothing was saved`);
  return { [option === 'min' ? 'minValue' : 'maxValue']: read.value };
}

function seriesAdd({ positionals, flags, json, print }: CommandContext): void {
  const [file, key] = positionals as [string, string];
  const kind = required(flags, 'kind');
  if (!(ADDABLE_SERIES_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind is ${ADDABLE_SERIES_KINDS.join(' or ')}`);
  }
  const unit = required(flags, 'unit');
  const saved = withWorkbook(file, {}, (wb) => {
    command.addSeries(
      wb.db,
      {
        key,
        label: required(flags, 'label'),
        company: required(flags, 'company'),
        unit,
        kind: kind as SeriesKind,
        ...(typeof flags.notes === 'string' ? { notes: flags.notes } : {}),
        ...(typeof flags.calendar === 'string' ? { fiscalCalendar: flags.calendar } : {}),
        ...bound(flags, 'min', key, unit),
        ...bound(flags, 'max', key, unit),
      },
      now(),
    );
    return readSeriesDetails(wb.db, key);
  });
  if (json) return print(JSON.stringify(saved));
  print(
    `added ${saved.key}: ${saved.label}, ${saved.unit}, ${describeRange(saved)}, ${saved.fiscalCalendar.label}`,
  );
}

function seriesRename({ positionals, print }: CommandContext): void {
  const [file, key, label] = positionals as [string, string, string];
  const saved = withWorkbook(file, {}, (wb) => command.updateSeries(wb.db, key, { label }, now()));
  print(`${saved.key}: ${saved.label}`);
}

function seriesMove({ positionals, print }: CommandContext): void {
  const [file, key, at] = positionals as [string, string, string];
  const position = Number(at);
  if (!/^\d+$/.test(at)) throw new UsageError(`POSITION is a place in the list from 1: "${at}" is not one`);
  withWorkbook(file, {}, (wb) => command.moveSeries(wb.db, key, position - 1, now()));
  print(`${key} is now number ${position}`);
}

function seriesDelete({ positionals, print }: CommandContext): void {
  const [file, key] = positionals as [string, string];
  const removed = withWorkbook(file, {}, (wb) => command.deleteSeries(wb.db, key, now()));
  print(
    `deleted ${key} with ${removed} ${removed === 1 ? 'value' : 'values'} (\`iwb undo ${file}\` puts it back)`,
  );
}

function periodAdd({ positionals, json, print }: CommandContext): void {
  const [file, edge] = positionals as [string, string];
  if (!(PERIOD_EDGES as readonly string[]).includes(edge)) {
    throw new UsageError(`say where: ${PERIOD_EDGES.join(' or ')}, not "${edge}"`);
  }
  const result = withWorkbook(file, {}, (wb) => {
    const added = command.addPeriod(wb.db, edge as PeriodEdge, now());
    return { added, ...command.readPeriodRange(wb.db) };
  });
  if (json) return print(JSON.stringify(result));
  print(`added ${result.added}: the workbook runs from ${result.first} to ${result.last}`);
}

export const structureCommands: Readonly<Record<string, Command>> = {
  'series-add': {
    usage:
      'iwb series-add FILE KEY --label TEXT --company NAME --unit UNIT --kind reported|estimate [--min N|none] [--max N|none] [--notes TEXT] [--calendar ID] [--json]',
    summary: 'add a series, last in the list (its range by default from its unit)',
    arity: 2,
    options: {
      label: { type: 'string' },
      company: { type: 'string' },
      unit: { type: 'string' },
      kind: { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
      notes: { type: 'string' },
      calendar: { type: 'string' },
    },
    run: seriesAdd,
  },
  'series-rename': {
    usage: 'iwb series-rename FILE KEY LABEL',
    summary: "change a series' label (its key stays)",
    arity: 3,
    run: seriesRename,
  },
  'series-move': {
    usage: 'iwb series-move FILE KEY POSITION',
    summary: 'move a series to a place in the list (1 is first)',
    arity: 3,
    run: seriesMove,
  },
  'series-delete': {
    usage: 'iwb series-delete FILE KEY',
    summary: 'delete a series with its values (iwb undo puts it all back)',
    arity: 2,
    run: seriesDelete,
  },
  'period-add': {
    usage: 'iwb period-add FILE start|end [--json]',
    summary: 'add the quarter before the first or after the last of the workbook',
    arity: 2,
    run: periodAdd,
  },
};
