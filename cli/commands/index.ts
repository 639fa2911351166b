import { annotateCommand, cellCommand, findCommand } from './cell-commands';
import type { Command } from './command';
import {
  IMPORT_OPTIONS,
  IMPORT_USAGE,
  importCommand,
  importsCommand,
  recipesCommand,
  undoImportCommand,
} from './import-commands';
import { historyCommand, redoCommand, setCommand, undoCommand } from './journal-commands';
import { backupCommand, backupsCommand, restoreCommand } from './backup-commands';
import { exportCommand } from './export-commands';
import { marketCommandEntry } from './market-commands';
import {
  backtestCommand,
  compareCommand,
  freezeCommand,
  vintageCopyCommand,
  vintageDeleteCommand,
  vintagesCommand,
} from './vintage-commands';
import { dealRemoveCommand, dealSetCommand, settingsCommand } from './model-commands';
import { fitX86Command, goalSeekCommand, projectCommand } from './projection-commands';
import { scenarioCopy, scenarioDelete, scenarioList, scenarioSet, scenarioShow } from './scenario-commands';
import { seriesCommand, seriesDisplayCommand, seriesSetCommand } from './series-commands';
import { structureCommands } from './structure-commands';
import { checkCommand, getCommand, infoCommand, newCommand } from './workbook-commands';

/** Every `iwb` command by name; each feature's file provides its own. */
export const commands: Readonly<Record<string, Command>> = {
  new: {
    usage: 'iwb new FILE',
    summary: 'create a workbook with the default content',
    arity: 1,
    run: newCommand,
  },
  info: {
    usage: 'iwb info FILE [--json]',
    summary: 'schema version, counts and periods',
    arity: 1,
    run: infoCommand,
  },
  check: {
    usage: 'iwb check FILE [--json]',
    summary: 'is the workbook sound? exit 0, or 1 with every problem listed',
    arity: 1,
    run: checkCommand,
  },
  find: {
    usage: 'iwb find FILE TEXT [--json]',
    summary: 'series by name, cells by value, source or note',
    arity: 2,
    run: findCommand,
  },
  series: {
    usage: 'iwb series FILE [--json]',
    summary: 'list the series with unit, range, count and periods',
    arity: 1,
    run: seriesCommand,
  },
  'series-set': {
    usage: 'iwb series-set FILE KEY [--label TEXT] [--unit UNIT] [--min N|none] [--max N|none] [--json]',
    summary: "change a series' label, unit or range (refused when a value falls outside it)",
    arity: 2,
    options: {
      label: { type: 'string' },
      unit: { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
    },
    run: seriesSetCommand,
  },
  'series-display': {
    usage:
      'iwb series-display FILE KEY [--scale stored|thousands|millions|billions] [--decimals N|auto] [--json]',
    summary: "how the app shows a series' numbers (USD billions, 1 decimal); its values stay as they are",
    arity: 2,
    options: { scale: { type: 'string' }, decimals: { type: 'string' } },
    run: seriesDisplayCommand,
  },
  ...structureCommands,
  get: {
    usage: 'iwb get FILE SERIES_KEY [--json]',
    summary: 'values of one series',
    arity: 2,
    run: getCommand,
  },
  set: {
    usage: 'iwb set FILE SERIES_KEY PERIOD VALUE [--source TEXT] [--note TEXT]',
    summary:
      'set one value (3.5B, $1,200, 12%; a bare number in the unit the series is shown in; an empty VALUE clears it)',
    arity: 4,
    options: { source: { type: 'string' }, note: { type: 'string' } },
    run: setCommand,
  },
  cell: {
    usage: 'iwb cell FILE SERIES_KEY PERIOD [--json]',
    summary: 'one value: source, note, what set it and its earlier values',
    arity: 3,
    run: cellCommand,
  },
  annotate: {
    usage: 'iwb annotate FILE SERIES_KEY PERIOD [--qualifier Q] [--source TEXT] [--note TEXT]',
    summary: "a value's qualifier (exact, approx, lower_bound, upper_bound, inference), source or note",
    arity: 3,
    options: { qualifier: { type: 'string' }, source: { type: 'string' }, note: { type: 'string' } },
    run: annotateCommand,
  },
  history: {
    usage: 'iwb history FILE [--json]',
    summary: 'every change, newest first',
    arity: 1,
    run: historyCommand,
  },
  undo: { usage: 'iwb undo FILE', summary: 'undo the newest change', arity: 1, run: undoCommand },
  redo: { usage: 'iwb redo FILE', summary: 'redo the change undone last', arity: 1, run: redoCommand },
  'scenario list': {
    usage: 'iwb scenario list FILE [--json]',
    summary: 'scenarios with probabilities',
    arity: 1,
    run: scenarioList,
  },
  'scenario show': {
    usage: 'iwb scenario show FILE NAME [--json]',
    summary: "a scenario's assumptions",
    arity: 2,
    run: scenarioShow,
  },
  'scenario set': {
    usage: 'iwb scenario set FILE NAME KEY=VALUE...',
    summary: 'set assumptions (fractions as 0.25 or 25%), tam.growth@YEAR, probability, description, name',
    arity: [3, Number.POSITIVE_INFINITY],
    run: scenarioSet,
  },
  'scenario copy': {
    usage: 'iwb scenario copy FILE FROM TO',
    summary: 'duplicate a scenario',
    arity: 3,
    run: scenarioCopy,
  },
  'scenario delete': {
    usage: 'iwb scenario delete FILE NAME',
    summary: 'delete a scenario',
    arity: 2,
    run: scenarioDelete,
  },
  'deal set': {
    usage:
      'iwb deal set FILE SCENARIO DEAL [gigawatts=G] [start=YYYYQn] [ramp=YEARS] [price=B$/GW] [content=%] [source=TEXT]',
    summary: "add or change one of a scenario's deals",
    arity: [3, Number.POSITIVE_INFINITY],
    run: dealSetCommand,
  },
  'deal remove': {
    usage: 'iwb deal remove FILE SCENARIO DEAL',
    summary: "remove one of a scenario's deals",
    arity: 3,
    run: dealRemoveCommand,
  },
  settings: {
    usage: 'iwb settings FILE [KEY=VALUE...] [--json]',
    summary: 'the history settings every scenario shares (history.*); an empty VALUE restores the default',
    arity: [1, Number.POSITIVE_INFINITY],
    run: settingsCommand,
  },
  freeze: {
    usage: 'iwb freeze FILE SCENARIO [--label TEXT]',
    summary: 'store a scenario and its projection as a dated, read-only vintage',
    arity: 2,
    options: { label: { type: 'string' } },
    run: freezeCommand,
  },
  vintages: {
    usage: 'iwb vintages FILE [--json]',
    summary: 'list the vintages',
    arity: 1,
    run: vintagesCommand,
  },
  'vintage delete': {
    usage: 'iwb vintage delete FILE ID',
    summary: 'delete a vintage (undoable)',
    arity: 2,
    run: vintageDeleteCommand,
  },
  'vintage copy': {
    usage: 'iwb vintage copy FILE ID NAME',
    summary: 'a new editable scenario from a vintage',
    arity: 3,
    run: vintageCopyCommand,
  },
  backtest: {
    usage: 'iwb backtest FILE [--json]',
    summary: 'score every vintage against what is reported now',
    arity: 1,
    run: backtestCommand,
  },
  compare: {
    usage: 'iwb compare FILE A B [--json]',
    summary: 'two scenarios or vintages (vintage:ID) side by side, with what differs',
    arity: 3,
    run: compareCommand,
  },
  export: {
    usage: 'iwb export FILE OUT.xlsx|OUT.csv [--scenario NAME] [--as-shown] [--json]',
    summary: 'the workbook as XLSX (data, scenarios, market, comparison, backtest) or one grid as CSV',
    arity: 2,
    options: { scenario: { type: 'string' }, 'as-shown': { type: 'boolean' } },
    run: exportCommand,
  },
  backup: {
    usage: 'iwb backup FILE --dir DIR [--json]',
    summary: 'a consistent copy of the workbook into DIR now (keeps the last 10 and one a day for a week)',
    arity: 1,
    options: { dir: { type: 'string' } },
    run: backupCommand,
  },
  backups: {
    usage: 'iwb backups --dir DIR [FILE] [--json]',
    summary: 'the backups kept in DIR (of FILE only), newest first',
    arity: [0, 1],
    options: { dir: { type: 'string' } },
    run: backupsCommand,
  },
  restore: {
    usage: 'iwb restore BACKUP OUT',
    summary: 'a backup into a new workbook file (never over one)',
    arity: 2,
    run: restoreCommand,
  },
  project: {
    usage: 'iwb project FILE [--scenario NAME] [--format table|csv|json] [--end YYYYQn]',
    summary: 'the projection of one scenario, per quarter and year',
    arity: 1,
    options: { scenario: { type: 'string' }, format: { type: 'string' }, end: { type: 'string' } },
    run: projectCommand,
  },
  market: marketCommandEntry,
  'fit-x86': {
    usage: 'iwb fit-x86 FILE [--json]',
    summary: 'logistic fit to AMD x86 server share',
    arity: 1,
    run: fitX86Command,
  },
  'goal-seek': {
    usage: 'iwb goal-seek FILE --scenario NAME --target OUTPUT=VALUE --by KEY [--save] [--json]',
    summary: 'solve one assumption for a target (e.g. --target instinctRevenue:2027=40000)',
    arity: 1,
    options: {
      scenario: { type: 'string' },
      target: { type: 'string' },
      by: { type: 'string' },
      save: { type: 'boolean' },
    },
    run: goalSeekCommand,
  },
  import: {
    usage: IMPORT_USAGE,
    summary: 'import values from a CSV or XLSX file (preview with --dry-run)',
    arity: 2,
    options: IMPORT_OPTIONS,
    run: importCommand,
  },
  imports: { usage: 'iwb imports FILE [--json]', summary: 'list the imports', arity: 1, run: importsCommand },
  'undo-import': {
    usage: 'iwb undo-import FILE ID [--json]',
    summary: 'undo one import, restoring the values it replaced',
    arity: 2,
    run: undoImportCommand,
  },
  recipes: {
    usage: 'iwb recipes FILE [--json]',
    summary: 'list the saved import recipes',
    arity: 1,
    run: recipesCommand,
  },
};
