import type { JournalChange, JournalEntry } from '../../projection/journal';
import type { Repositories } from '../repositories';

/**
 * Which steps can be undone and redone: the journal's changes replayed with its undo and redo
 * entries (see history-commands.ts). The replay needs each entry's kind and, for an undo or a
 * redo, its step; only the step moved next is read in full.
 */

interface HistoryState<Step> {
  /** Steps that can be undone, oldest first (the last is undone next). */
  readonly done: Step[];
  /** Steps that can be redone, the last undone last (redone next). */
  readonly undone: Step[];
}

interface HistoryMark {
  readonly id: number;
  readonly kind: JournalChange['kind'];
  /** The step an undo or redo moved; null for the other kinds. */
  readonly step?: number | null;
}

/** Replays the journal's undo and redo entries over its changes. */
export function historyState<Entry extends HistoryMark>(entries: readonly Entry[]): HistoryState<Entry> {
  const done: Entry[] = [];
  let undone: Entry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'history.undo') {
      const at = done.findIndex((s) => s.id === entry.step);
      if (at >= 0) undone.push(...done.splice(at, 1));
    } else if (entry.kind === 'history.redo') {
      const at = undone.findIndex((s) => s.id === entry.step);
      if (at >= 0) done.push(...undone.splice(at, 1));
    } else {
      done.push(entry);
      undone = [];
    }
  }
  return { done, undone };
}

/**
 * The step an undo (`done`) or a redo (`undone`) would take next, read in full; the rest of the
 * journal is replayed from each entry's kind and step only, not parsed.
 */
export function nextStep(repos: Repositories, side: 'done' | 'undone'): JournalEntry | undefined {
  const mark = historyState(repos.journal.listHistoryMarks())[side].at(-1);
  return mark && repos.journal.findEntry(mark.id);
}
