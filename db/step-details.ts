import type { JournalEntry } from '../projection/journal';
import { stepCells, viewStep, type StepDetails } from '../projection/history-detail';
import { Refusal } from '../projection/refusal';
import { repositories } from './repositories';
import type { Db } from './db';

/** The cells the history panel lists of one step: a paste of 10,000 shows its first ones. */
export const STEP_CELL_LIMIT = 500;

/**
 * A step with its cells. An undo or redo changed the cells of the step it moved: an undo's cells
 * are that step's, turned around.
 */
export function readStepDetails(db: Db, id: number): StepDetails {
  const repos = repositories(db);
  const entries = repos.journal.listEntries();
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Refusal('not_found', `step ${id}: no such step in the history`);
  const createdAt = repos.meta.getMeta('created_at') ?? null;
  const isMove = entry.kind === 'history.undo' || entry.kind === 'history.redo';
  const moved: JournalEntry | undefined = isMove ? entries.find((e) => e.id === entry.step) : undefined;
  const cells = stepCells(withKeptCells(repos, moved ?? entry), createdAt, STEP_CELL_LIMIT);
  return {
    step: viewStep(entry),
    moved: moved ? viewStep(moved) : null,
    cells:
      entry.kind === 'history.undo' ? cells.map((c) => ({ ...c, before: c.after, after: c.before })) : cells,
  };
}

/**
 * An import's undo keeps its cells in import_taken (schema 9), not in its entry: the first ones
 * the panel lists are read from there.
 */
function withKeptCells(repos: ReturnType<typeof repositories>, change: JournalEntry): JournalEntry {
  if (change.kind !== 'import.undo' || change.taken?.kept === undefined) return change;
  const cells = repos.importTaken.listTakenCells(change.taken.kept.taking, STEP_CELL_LIMIT);
  return { ...change, taken: { ...change.taken, cells } };
}
