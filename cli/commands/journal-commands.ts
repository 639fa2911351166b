import * as command from '../../db/commands';
import { repositories } from '../../db/repositories';
import type { JournalEntry } from '../../projection/journal';
import { stepActor } from '../../projection/history-detail';
import { summarizeChange } from '../../projection/journal-summary';
import { invalidInput } from '../../projection/refusal';
import {
  DEFAULT_DISPLAY,
  formatShown,
  readShownCellText,
  shownUnit,
  type SeriesDisplay,
} from '../../projection/series-display';
import { formatTable } from '../format-table';
import { withWorkbook } from '../open-for-cli';
import type { CommandContext } from './command';

const now = () => new Date().toISOString();

/**
 * `iwb set FILE SERIES_KEY PERIOD VALUE [--source TEXT] [--note TEXT]`: one cell, read as the
 * grid reads it (`3.5B` in USD millions is 3,500; a bare number in the unit the series is shown
 * in; an empty VALUE clears), one step of the journal.
 * A replaced value's cited source is named, since it then lives in the cell's history only.
 */
export function setCommand({ positionals, flags, print }: CommandContext): void {
  const [file, key, period, text] = positionals as [string, string, string, string];
  let cited = '';
  let unit = '';
  let display: SeriesDisplay = DEFAULT_DISPLAY;
  const saved = withWorkbook(file, {}, (wb) => {
    const series = repositories(wb.db).series.findSeries(key);
    if (!series) throw invalidInput(`${key}: no such series (see \`iwb series ${file}\`)`);
    ({ unit, display } = series);
    // A bare number is in the unit the series is shown in, as in the grid (5.2 in a row of USD
    // millions shown in billions is 5,200); `3.5B` names its own scale.
    const read = readShownCellText(text, series.unit, series.display);
    if (!read.ok) throw invalidInput(`${series.label} ${period}: ${read.error.message}; nothing was saved`);
    const source = flags.source as string | undefined;
    const note = flags.note as string | undefined;
    cited = repositories(wb.db).observations.findObservation(key, period)?.source ?? '';
    return command.setObservation(
      wb.db,
      { seriesKey: key, period, value: read.value, ...(source ? { source } : {}), ...(note ? { note } : {}) },
      now(),
    );
  });
  print(
    saved
      ? `${key} ${period} = ${savedText(saved.value, unit, display)} (${saved.source})`
      : `${key} ${period} cleared`,
  );
  // The value replaced keeps its source in the cell's history only: say so, and where to see it.
  if (cited !== '' && cited !== saved?.source) {
    print(`it replaced a value cited to ${cited} (see \`iwb cell ${file} ${key} ${period}\`)`);
  }
}

/** The stored value, and as the series is shown when that differs: "5200 (5.2 USD billions)". */
function savedText(value: number, unit: string, display: SeriesDisplay): string {
  const shown = shownUnit(unit, display);
  return shown === unit ? String(value) : `${value} (${formatShown(value, unit, display)} ${shown})`;
}

/** A step as `iwb history --json` writes it: `who` made it (the user or an import). */
function stepJson(entry: JournalEntry) {
  const { id, madeAt, kind, ...changes } = entry;
  return { id, at: madeAt, kind, who: stepActor(kind), summary: summarizeChange(entry), changes };
}

/** `iwb history FILE [--json]`: every step of the journal, newest first, with who made it. */
export function historyCommand({ positionals, json, print }: CommandContext): void {
  const history = withWorkbook(positionals[0]!, { readonly: true }, (wb) => command.listHistory(wb.db));
  if (json) return print(JSON.stringify({ steps: history.steps.map(stepJson) }));
  print(
    formatTable(
      ['id', 'at', 'who', 'kind', 'what'],
      history.steps.map((s) => [String(s.id), s.madeAt, stepActor(s.kind), s.kind, summarizeChange(s)]),
    ),
  );
}

/** `iwb undo FILE`: takes back the newest step not undone yet. */
export function undoCommand({ positionals, print }: CommandContext): void {
  const step = withWorkbook(positionals[0]!, {}, (wb) => command.undoStep(wb.db, now()));
  print(`undid step ${step.id}: ${summarizeChange(step)}`);
}

/** `iwb redo FILE`: does again the step undone last. */
export function redoCommand({ positionals, print }: CommandContext): void {
  const step = withWorkbook(positionals[0]!, {}, (wb) => command.redoStep(wb.db, now()));
  print(`redid step ${step.id}: ${summarizeChange(step)}`);
}
