import type { CellState, SeriesContents, SeriesSnapshot, StructureChange } from '../../projection/journal';
import { invalidInput, type Refusal } from '../../projection/refusal';
import type { Repositories } from '../repositories';
import { readPeriodExtent, writePeriodExtent } from './period-commands';
import { contentsOf } from './series-structure-commands';

/**
 * Undo and redo of the structure's steps (projection/journal-structure.ts), for
 * history-commands.ts: each checks the workbook holds what the other direction left, and throws
 * `stale` (naming what changed) rather than overwrite a later change.
 */

const sameState = (a: CellState, b: CellState) =>
  a.value === b.value &&
  a.qualifier === b.qualifier &&
  a.source === b.source &&
  a.note === b.note &&
  a.importId === b.importId &&
  a.updatedAt === b.updatedAt;

/** Creates a series from its snapshot, under its old row id when no series has taken it since. */
export function insertSnapshot(repos: Repositories, snapshot: SeriesSnapshot): number {
  if (repos.series.findSeries(snapshot.key)) throw invalidInput(`a series ${snapshot.key} exists again`);
  const { id, ...fields } = snapshot;
  return repos.series.insertSeries(repos.series.hasSeriesId(id) ? fields : snapshot);
}

/** Creates a deleted series again with everything its delete removed: values, aliases, import trail. */
export function restoreSeries(repos: Repositories, snapshot: SeriesSnapshot, contents: SeriesContents): void {
  const id = insertSnapshot(repos, snapshot);
  for (const { period, state } of contents.cells) {
    repos.observations.upsertObservation({ seriesId: id, period, ...state });
  }
  for (const { alias, source } of contents.aliases) repos.series.addAlias(id, alias, source);
  repos.seriesTrace.insertReplacedCells(id, contents.replaced);
  repos.seriesTrace.insertCreatingImports(id, contents.createdBy);
}

export function applyStructureChange(
  repos: Repositories,
  change: StructureChange,
  isForward: boolean,
  stale: (what: string) => Refusal,
): void {
  switch (change.kind) {
    case 'series.create': {
      if (isForward) return void insertSnapshot(repos, change.after);
      const series = repos.series.findSeries(change.after.key);
      if (!series) throw invalidInput(`${change.after.key}: the series was deleted`);
      if (repos.observations.listSeriesObservations(series.key).length > 0) {
        throw stale(`${series.key} (it holds values now)`);
      }
      return repos.series.deleteSeries(series.id);
    }
    case 'series.delete': {
      const { before: snapshot, contents } = change;
      if (isForward) {
        const series = repos.series.findSeries(snapshot.key);
        if (!series) throw invalidInput(`${snapshot.key}: the series was deleted`);
        const now = contentsOf(repos, series).cells;
        const isSame =
          now.length === contents.cells.length &&
          now.every(
            (c, i) => c.period === contents.cells[i]!.period && sameState(c.state, contents.cells[i]!.state),
          );
        if (!isSame) throw stale(`${snapshot.key}'s values`);
        return repos.series.deleteSeries(series.id);
      }
      return restoreSeries(repos, snapshot, contents);
    }
    case 'series.reorder': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      const byKey = new Map(repos.series.listSeries().map((s) => [s.key, s]));
      for (const place of from) {
        const series = byKey.get(place.series);
        if (!series) throw invalidInput(`${place.series}: the series was deleted`);
        if (series.order !== place.order) throw stale(`the order of ${place.series}`);
      }
      for (const place of to) repos.series.setSeriesOrder(byKey.get(place.series)!.id, place.order);
      return;
    }
    case 'periods.extend': {
      const [from, to] = isForward ? [change.before, change.after] : [change.after, change.before];
      const now = readPeriodExtent(repos);
      if (now.first !== from.first || now.last !== from.last) throw stale('the period range');
      return writePeriodExtent(repos, to);
    }
  }
}
