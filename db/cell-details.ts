import { buildCellDetails, type CellDetails, type CellStep } from '../projection/cell-history';
import type { JournalEntry } from '../projection/journal';
import { isPeriod } from '../projection/period';
import { invalidInput } from '../projection/refusal';
import { repositories } from './repositories';
import type { Db } from './db';

/**
 * One cell's details: its value, what set it, and its earlier values with their sources, read
 * from the journal (hand edits and their undos and redos) and the imports' record of the values
 * they replaced. Reads only. Refuses an unknown series or a period that is not one.
 */
export function readCellDetails(db: Db, seriesKey: string, period: string): CellDetails {
  const repos = repositories(db);
  if (!repos.series.findSeries(seriesKey)) throw invalidInput(`${seriesKey}: no such series`);
  if (!isPeriod(period)) throw invalidInput(`${period}: not a period (expected YYYYQn or YYYY)`);
  const current = repos.observations.findObservation(seriesKey, period) ?? null;
  const entries = repos.journal.listCellEntries(seriesKey, period);
  const record = current?.importId == null ? undefined : repos.imports.findImport(current.importId);
  return buildCellDetails({
    seriesKey,
    period,
    current,
    steps: cellSteps(entries),
    imports: repos.imports.listReplacedInCell(seriesKey, period),
    currentImport: record
      ? { importId: record.id, fileName: record.fileName, at: record.importedAt, undoneAt: record.undoneAt }
      : null,
  });
}

/** The cell's edits as steps, with each undo and redo turned into the change it made to the cell. */
function cellSteps(entries: readonly JournalEntry[]): CellStep[] {
  const edits = new Map<number, Extract<JournalEntry, { kind: 'observation.set' }>>();
  const steps: CellStep[] = [];
  for (const entry of entries) {
    if (entry.kind === 'observation.set') {
      edits.set(entry.id, entry);
      steps.push({
        id: entry.id,
        at: entry.madeAt,
        kind: 'edit',
        of: null,
        before: entry.before,
        after: entry.after,
      });
    } else if (entry.kind === 'history.undo' || entry.kind === 'history.redo') {
      const edit = edits.get(entry.step);
      if (!edit) continue;
      const isUndo = entry.kind === 'history.undo';
      steps.push({
        id: entry.id,
        at: entry.madeAt,
        kind: isUndo ? 'undo' : 'redo',
        of: edit.id,
        before: isUndo ? edit.after : edit.before,
        after: isUndo ? edit.before : edit.after,
      });
    }
  }
  return steps;
}
