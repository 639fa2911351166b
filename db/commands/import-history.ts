import type { CellState, ImportUndone, JournalChange } from '../../projection/journal';
import { cellStateOf } from '../../projection/journal-cells';
import { invalidInput, type Refusal } from '../../projection/refusal';
import type { Repositories } from '../repositories';
import { insertSnapshot } from './structure-history';

/**
 * An import's step undone and redone through the history (Ctrl+Z, `iwb undo`), as one step like
 * any other: the undo puts back every value the import replaced, removes the values it added and
 * the series it created (now empty), its aliases and its recipe, and marks it undone; what it took
 * away is kept for a redo to write again: its cells in import_taken, its series in the undo's entry
 * (ImportUndone).
 */

type ImportCommit = Extract<JournalChange, { kind: 'import.commit' }>;

/** Whether two states of a cell are the same, down to the import and time that set it. */
export const sameCell = (a: CellState | null, b: CellState | null) =>
  a === null || b === null
    ? a === b
    : a.value === b.value &&
      a.qualifier === b.qualifier &&
      a.source === b.source &&
      a.note === b.note &&
      a.importId === b.importId &&
      a.updatedAt === b.updatedAt;

export function writeCell(
  repos: Repositories,
  series: string,
  period: string,
  state: CellState | null,
): void {
  const found = repos.series.findSeries(series);
  if (!found) throw invalidInput(`${series}: the series was deleted`);
  if (state === null) repos.observations.deleteObservation(found.id, period);
  else repos.observations.upsertObservation({ seriesId: found.id, period, ...state });
}

export const cellNow = (repos: Repositories, series: string, period: string): CellState | null =>
  cellStateOf(repos.observations.findObservation(series, period));

export function undoImportStep(
  repos: Repositories,
  change: ImportCommit,
  now: string,
  stale: (what: string) => Refusal,
): ImportUndone {
  const id = change.importId;
  const record = repos.imports.findImport(id);
  if (!record) throw invalidInput(`import ${id} is not in the workbook`);
  if (record.undoneAt !== null) throw invalidInput(`import ${id} was undone on ${record.undoneAt}`);
  // Its values are kept in import_taken (one statement), then each cell goes back to what it
  // held before (import_replaced) or goes: set-based, as a million-value import needs.
  const { replaced: _replaced, ...kept } = repos.importTaken.keepTaken(id);
  if (kept.cells !== record.inserted + record.updated) throw stale(`values of import ${id}`);
  repos.imports.restoreReplacedValues(id);
  repos.imports.deleteInsertedValues(id);
  const series = repos.seriesTrace
    .listCreatedSeriesIds(id)
    .flatMap((seriesId) => repos.series.listSeries().filter((s) => s.id === seriesId))
    .filter((s) => repos.observations.listSeriesObservations(s.key).length === 0);
  for (const s of series) repos.series.deleteSeries(s.id);
  for (const { series: key, alias } of change.aliases) {
    const found = repos.series.findSeries(key);
    if (found) repos.series.deleteAlias(found.id, alias);
  }
  if (change.recipe?.before === null) repos.recipes.deleteRecipe(change.recipe.after.name);
  else if (change.recipe) repos.recipes.saveRecipe({ ...change.recipe.before, now });
  for (const { before } of change.fiscalCalendars) {
    if (before) {
      const { id: calendar, label, fiscalYearEndMonth: month, note } = before;
      repos.imports.setFiscalYearEnd({ id: calendar, label, month, note });
    }
  }
  repos.imports.markImportUndone(id, now);
  return { cells: [], series: series.map((s) => ({ ...s })), kept };
}

export function redoImportStep(
  repos: Repositories,
  change: ImportCommit,
  undone: ImportUndone | undefined,
  now: string,
  stale: (what: string) => Refusal,
): void {
  const id = change.importId;
  if (!undone) throw invalidInput(`import ${id} was undone outside the history; import the file again`);
  const record = repos.imports.findImport(id);
  if (!record || record.undoneAt === null) throw stale(`import ${id}`);
  for (const snapshot of undone.series) {
    const seriesId = insertSnapshot(repos, snapshot);
    repos.seriesTrace.insertCreatingImports(seriesId, [id]);
  }
  if (undone.kept !== undefined) {
    const { taking } = undone.kept;
    const changed = repos.importTaken.firstNotAsBefore(taking);
    if (changed) throw stale(`${changed.series} ${changed.period}`);
    repos.importTaken.putBackTaken(taking);
    // The import is in force again; undoing it again keeps its cells as a new taking.
    repos.importTaken.dropTaking(taking);
  }
  // An undo made before schema 9 holds its cells in its entry.
  for (const cell of undone.cells) {
    if (!sameCell(cellNow(repos, cell.series, cell.period), cell.before)) {
      throw stale(`${cell.series} ${cell.period}`);
    }
  }
  for (const cell of undone.cells) writeCell(repos, cell.series, cell.period, cell.after);
  for (const { series: key, alias } of change.aliases) {
    const found = repos.series.findSeries(key);
    if (found) repos.series.addAlias(found.id, alias, 'user');
  }
  if (change.recipe) repos.recipes.saveRecipe({ ...change.recipe.after, now });
  for (const { after } of change.fiscalCalendars) {
    const { id: calendar, label, fiscalYearEndMonth: month, note } = after;
    repos.imports.setFiscalYearEnd({ id: calendar, label, month, note });
  }
  repos.imports.markImportUndone(id, null);
}
