import type { ImportTaken, JournalChange } from '../../projection/journal';
import { invalidInput, type Refusal } from '../../projection/refusal';
import type { Repositories } from '../repositories';
import { cellNow, sameCell, writeCell } from './import-history';
import { contentsOf, snapshotOf } from './series-structure-commands';
import { restoreSeries } from './structure-history';

/**
 * An import undone from the import history (Import view, `iwb undo-import`) is a step like any
 * other: its entry (`import.undo`) keeps what it took away, so Ctrl+Z puts the import back in
 * force and Ctrl+Y takes it away again. The first undo keeps values edited since the import (they
 * are the user's now); the history's moves refuse, writing nothing, when a cell or series they
 * would write no longer holds what the other direction left.
 */

type ImportUndo = Extract<JournalChange, { kind: 'import.undo' }>;

/**
 * Takes import `id`'s values away: each value it wrote that still stands goes back to what it
 * replaced (or goes, where it added one), and the series it created, now empty, are deleted.
 * Returns what it took away, for the journal.
 */
export function takeImportAway(repos: Repositories, id: number): ImportTaken & { readonly replaced: number } {
  // What it took away is kept in import_taken (copied in one statement), not in the entry.
  const { replaced, ...kept } = repos.importTaken.keepTaken(id);
  // The restore and delete run as two statements: an import of 100,000 values undoes in one pass.
  repos.imports.restoreReplacedValues(id);
  repos.imports.deleteInsertedValues(id);
  const series = takeCreatedSeries(repos, id);
  return { cells: [], series, kept, replaced };
}

/** The series import `id` created, now empty, as snapshots with their contents; deleted. */
function takeCreatedSeries(repos: Repositories, id: number): ImportTaken['series'] {
  const created = new Set(repos.seriesTrace.listCreatedSeriesIds(id));
  const series = repos.series
    .listSeries()
    .filter((s) => created.has(s.id) && repos.observations.listSeriesObservations(s.key).length === 0)
    .map((s) => ({ before: snapshotOf(s), contents: contentsOf(repos, s) }));
  repos.imports.deleteEmptyCreatedSeries(id);
  return series;
}

/**
 * Applies an `import.undo` step backwards (the import in force again) or forwards (taken away
 * again), after checking that every cell and series holds what the other direction left.
 */
export function applyImportUndo(
  repos: Repositories,
  change: ImportUndo,
  isForward: boolean,
  now: string,
  stale: (what: string) => Refusal,
): void {
  const id = change.importId;
  const { taken } = change;
  if (!taken) {
    throw invalidInput(
      `the undo of import ${id} was made by an earlier version, which did not keep what it took away; import the file again`,
    );
  }
  const record = repos.imports.findImport(id);
  if (!record) throw invalidInput(`import ${id} is not in the workbook`);
  // Backwards the import must still be undone; forwards, in force.
  if ((record.undoneAt !== null) === isForward) throw stale(`import ${id}`);
  if (!isForward) {
    for (const { before, contents } of taken.series) restoreSeries(repos, before, contents);
  }
  if (taken.kept !== undefined) {
    // The cells are in import_taken: checked and written in a few statements.
    const { taking } = taken.kept;
    const changed = isForward
      ? repos.importTaken.firstNotAsKept(taking)
      : repos.importTaken.firstNotAsBefore(taking);
    if (changed) throw stale(`${changed.series} ${changed.period}`);
    // From the taking's own copy of what each cell held before: import_replaced's rows go with a
    // series deleted and made again since.
    if (isForward) repos.importTaken.takeAwayAgain(taking);
    else repos.importTaken.putBackTaken(taking);
  }
  // An entry made before schema 9 holds its cells: every cell is checked before any is written,
  // so a refusal writes nothing.
  for (const cell of taken.cells) {
    const from = isForward ? cell.after : cell.before;
    if (!sameCell(cellNow(repos, cell.series, cell.period), from)) {
      throw stale(`${cell.series} ${cell.period}`);
    }
  }
  for (const cell of taken.cells) {
    writeCell(repos, cell.series, cell.period, isForward ? cell.before : cell.after);
  }
  if (isForward) {
    for (const { before } of taken.series) {
      const series = repos.series.findSeries(before.key);
      if (!series) throw invalidInput(`${before.key}: the series was deleted`);
      if (repos.observations.listSeriesObservations(series.key).length > 0) {
        throw stale(`${series.key} (it holds values now)`);
      }
      repos.series.deleteSeries(series.id);
    }
  }
  repos.imports.markImportUndone(id, isForward ? now : null);
}
