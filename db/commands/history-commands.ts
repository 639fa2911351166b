import { isAssumptionKey } from '../../projection/assumptions';
import type {
  AssumptionChange,
  CellState,
  JournalChange,
  JournalEntry,
  ScenarioSnapshot,
} from '../../projection/journal';
import { cellStateOf } from '../../projection/journal-cells';
import { summarizeChange } from '../../projection/journal-summary';
import { invalidInput, Refusal } from '../../projection/refusal';
import { repositories, type Repositories } from '../repositories';
import { GROWTH_OVERRIDE_KEY } from '../repositories/scenario-repository';
import type { ObservationWrite } from '../repositories/observation-repository';
import type { Series } from '../repositories/series-repository';
import type { Db } from '../db';
import { cellNow, redoImportStep, undoImportStep } from './import-history';
import { applyImportUndo } from './import-undo';
import { applyStructureChange } from './structure-history';
import { historyState, nextStep } from './history-state';

/**
 * Undo and redo over the journal, lasting in the file. Undoing a step appends a `history.undo`
 * entry and applies the step's change backwards; redoing appends `history.redo` and applies it
 * forwards again; nothing in the journal is rewritten, so it stays an audit trail (as Grist's
 * action history). The steps that can be undone are the changes not undone yet, newest first; a
 * new change clears what could be redone. Before it writes, an undo checks that what the step
 * wrote is still there, and refuses (naming what changed) rather than overwrite a later change.
 */

/** A step of the history: a change with its entry's id and time. */
export type HistoryStep = JournalEntry;

const sameCell = (a: CellState | null, b: CellState | null) =>
  a === null || b === null
    ? a === b
    : a.value === b.value && a.qualifier === b.qualifier && a.source === b.source && a.note === b.note;

function writeCell(
  repos: Repositories,
  series: string,
  period: string,
  state: CellState | null,
  find: (key: string) => Series | undefined = (key) => repos.series.findSeries(key),
): void {
  const found = find(series);
  if (!found) throw invalidInput(`${series}: the series was deleted`);
  if (state === null) repos.observations.deleteObservation(found.id, period);
  else repos.observations.upsertObservation({ seriesId: found.id, period, ...state });
}

function scenarioNamed(repos: Repositories, name: string) {
  const found = repos.scenarios.listScenarios().find((s) => s.name === name);
  if (!found) throw invalidInput(`scenario "${name}" no longer exists`);
  return found;
}

/** Refuses a step written on the model before schema 6, whose assumption keys no longer exist. */
function checkModelKeys(keys: readonly string[], what: string): void {
  const gone = keys.filter((k) => !isAssumptionKey(k));
  if (gone.length > 0) {
    throw invalidInput(
      `${what} was made on the model of an earlier version (${gone.join(', ')} no longer exist) and cannot be taken back on this one`,
    );
  }
}

function restoreScenario(repos: Repositories, snapshot: ScenarioSnapshot, now: string): void {
  if (repos.scenarios.listScenarios().some((s) => s.name === snapshot.name)) {
    throw invalidInput(`a scenario called "${snapshot.name}" exists again`);
  }
  checkModelKeys(Object.keys(snapshot.assumptions), `scenario ${snapshot.name}`);
  const id = repos.scenarios.insertScenario({ ...snapshot, createdAt: now });
  repos.deals.replaceDeals(id, snapshot.deals ?? []);
  for (const [key, value] of Object.entries(snapshot.assumptions))
    repos.scenarios.setAssumptionValue(id, key, 0, value);
  for (const [year, value] of Object.entries(snapshot.growthOverrides)) {
    repos.scenarios.setAssumptionValue(id, GROWTH_OVERRIDE_KEY, Number(year), value);
  }
}

/** Sets one assumption value (or year's override) back or again, after checking it holds the other side. */
function applyAssumption(
  repos: Repositories,
  change: AssumptionChange,
  isForward: boolean,
  stale: (what: string) => Error,
): void {
  checkModelKeys([change.key], `the change of ${change.key}`);
  const scenario = scenarioNamed(repos, change.scenario);
  const year = change.year ?? 0;
  const current =
    change.year === null ? scenario.assumptions[change.key] : scenario.growthOverrides[change.year];
  const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
  if ((current ?? null) !== from) throw stale(`${change.scenario} ${change.key}`);
  if (to === null) repos.scenarios.deleteAssumptionValue(scenario.id, change.key, year);
  else repos.scenarios.setAssumptionValue(scenario.id, change.key, year, to);
}

/**
 * Applies `change` forwards (`isForward`) or backwards, after checking the workbook holds what
 * the other direction left. Throws a Refusal, writing nothing, when it does not, or when the kind
 * of change cannot be taken back here.
 */
/** The refusal of a step whose target changed since, naming the target and the step. */
const staleFor = (change: JournalChange) => (what: string) =>
  invalidInput(`${what} was changed since (${summarizeChange(change)}); undo that change first`);

function apply(repos: Repositories, change: JournalChange, isForward: boolean, now: string): void {
  const stale = staleFor(change);
  switch (change.kind) {
    case 'observation.set': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      if (!sameCell(cellNow(repos, change.series, change.period), from))
        throw stale(`${change.series} ${change.period}`);
      return writeCell(repos, change.series, change.period, to);
    }
    case 'observations.set': {
      // Every cell is checked before any is written, so the refusal names the first changed cell.
      // They are read in one statement per series, and each series looked up once.
      const held = repos.observations.findCells(
        change.cells.map((cell) => ({ seriesKey: cell.series, period: cell.period })),
      );
      change.cells.forEach((cell, at) => {
        if (!sameCell(cellStateOf(held[at]), isForward ? cell.before : cell.after)) {
          throw stale(`${cell.series} ${cell.period}`);
        }
      });
      const known = new Map<string, Series | undefined>();
      const find = (key: string) => {
        if (!known.has(key)) known.set(key, repos.series.findSeries(key));
        return known.get(key);
      };
      const writes: ObservationWrite[] = [];
      for (const cell of change.cells) {
        const to = isForward ? cell.after : cell.before;
        if (to === null) writeCell(repos, cell.series, cell.period, null, find);
        else {
          const series = find(cell.series);
          if (!series) throw invalidInput(`${cell.series}: the series was deleted`);
          writes.push({ seriesId: series.id, period: cell.period, ...to });
        }
      }
      repos.observations.upsertObservations(writes);
      return;
    }
    case 'series.update': {
      const series = repos.series.findSeries(change.series);
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      if (!series) throw invalidInput(`${change.series}: the series was deleted`);
      const isSame = (['label', 'unit', 'notes', 'minValue', 'maxValue'] as const).every(
        (field) => series[field] === from[field],
      );
      if (!isSame) throw stale(change.series);
      return repos.series.updateSeriesFields(series.id, to);
    }
    case 'series.display': {
      const series = repos.series.findSeries(change.series);
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      if (!series) throw invalidInput(`${change.series}: the series was deleted`);
      if (series.display.scale !== from.scale || series.display.decimals !== from.decimals) {
        throw stale(`${change.series}'s display`);
      }
      return repos.series.updateSeriesDisplay(series.id, to);
    }
    case 'series.create':
    case 'series.delete':
    case 'series.reorder':
    case 'periods.extend':
      return applyStructureChange(repos, change, isForward, stale);
    case 'series.alias': {
      const series = repos.series.findSeries(change.series);
      if (!series) throw invalidInput(`${change.series}: the series was deleted`);
      if (isForward) repos.series.addAlias(series.id, change.alias, 'user');
      else repos.series.deleteAlias(series.id, change.alias);
      return;
    }
    case 'scenario.assumption':
      return applyAssumption(repos, change, isForward, stale);
    case 'scenario.assumptions': {
      // In reverse order backwards, so a value written twice is restored to the first one's before.
      const ordered = isForward ? change.changes : [...change.changes].reverse();
      for (const c of ordered) applyAssumption(repos, c, isForward, stale);
      return;
    }
    case 'scenario.update': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      const scenario = scenarioNamed(repos, from.name);
      if (scenario.description !== from.description || scenario.probability !== from.probability) {
        throw stale(from.name);
      }
      if (from.name !== to.name && repos.scenarios.listScenarios().some((s) => s.name === to.name)) {
        throw invalidInput(`a scenario called "${to.name}" exists again`);
      }
      return repos.scenarios.updateScenario(scenario.id, to);
    }
    case 'scenario.create':
      if (isForward) return restoreScenario(repos, change.after, now);
      return repos.scenarios.deleteScenario(scenarioNamed(repos, change.after.name).id);
    case 'scenario.delete':
      if (!isForward) return restoreScenario(repos, change.before, now);
      return repos.scenarios.deleteScenario(scenarioNamed(repos, change.before.name).id);
    case 'scenario.deals': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      const scenario = scenarioNamed(repos, change.scenario);
      if (JSON.stringify(scenario.deals) !== JSON.stringify(from)) throw stale(`${change.scenario}'s deals`);
      return repos.deals.replaceDeals(scenario.id, to);
    }
    case 'vintage.freeze':
    case 'vintage.delete': {
      // Freezing is undone by deleting, a delete by storing the snapshot again under its id.
      const isStored = (change.kind === 'vintage.freeze') === isForward;
      const snapshot = change.kind === 'vintage.freeze' ? change.after : change.before;
      const exists = repos.vintages.findVintage(change.vintage) !== undefined;
      if (exists === isStored) throw stale(`vintage ${change.vintage}`);
      if (isStored) return void repos.vintages.insertVintage(snapshot, change.vintage);
      return repos.vintages.deleteVintage(change.vintage);
    }
    case 'model.setting': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      if ((repos.modelSettings.listModelSettings()[change.key] ?? null) !== from) throw stale(change.key);
      return repos.modelSettings.setModelSetting(change.key, to);
    }
    case 'import.undo':
      return applyImportUndo(repos, change, isForward, now, stale);
    default:
      throw invalidInput(`${summarizeChange(change)}: this kind of step cannot be undone here yet`);
  }
}

/** The steps, newest first, with whether each can be undone or redone next. */
export function listHistory(db: Db): {
  readonly steps: readonly HistoryStep[];
  readonly canUndo: HistoryStep | null;
  readonly canRedo: HistoryStep | null;
} {
  const entries = repositories(db).journal.listEntries();
  const state = historyState<HistoryStep>(entries);
  return {
    steps: [...entries].reverse(),
    canUndo: state.done.at(-1) ?? null,
    canRedo: state.undone.at(-1) ?? null,
  };
}

/** Undoes the newest step not undone yet; returns it. Refuses when there is none or it cannot be. */
export function undoStep(db: Db, now: string): HistoryStep {
  return db.transaction(() => {
    const repos = repositories(db);
    const step = nextStep(repos, 'done');
    if (!step) throw new Refusal('invalid_input', 'nothing to undo');
    const summary = summarizeChange(step);
    if (step.kind === 'import.commit') {
      const imported = undoImportStep(repos, step, now, staleFor(step));
      repos.journal.appendChange(now, { kind: 'history.undo', step: step.id, summary, imported });
      return step;
    }
    apply(repos, step, false, now);
    repos.journal.appendChange(now, { kind: 'history.undo', step: step.id, summary });
    return step;
  })();
}

/** Redoes the step undone last, when no change came since; returns it. */
export function redoStep(db: Db, now: string): HistoryStep {
  return db.transaction(() => {
    const repos = repositories(db);
    const marks = repos.journal.listHistoryMarks();
    const mark = historyState(marks).undone.at(-1);
    const step = mark && repos.journal.findEntry(mark.id);
    if (!step) throw new Refusal('invalid_input', 'nothing to redo');
    if (step.kind === 'import.commit') {
      // What the undo took away is in its entry: the import's values are not in the workbook now.
      const undoMark = marks.findLast((e) => e.kind === 'history.undo' && e.step === step.id);
      const undo = undoMark && repos.journal.findEntry(undoMark.id);
      const imported = undo?.kind === 'history.undo' ? undo.imported : undefined;
      redoImportStep(repos, step, imported, now, staleFor(step));
    } else apply(repos, step, true, now);
    repos.journal.appendChange(now, { kind: 'history.redo', step: step.id, summary: summarizeChange(step) });
    return step;
  })();
}
