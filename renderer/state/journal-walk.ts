import type { HistoryMoveResult } from '../../electron/contract';
import { call } from '../api';
import type { StatusMessage } from '../components/StatusBar';

export type JournalCommand = 'undo' | 'redo';

/**
 * Undoes or redoes the newest step of the workbook's journal (history:undo / history:redo) and
 * says in the status bar what was taken back, or why it could not be; resolves with the step moved
 * (and the cells it wrote, when it was about cells), or null when it was refused. Every view's
 * Ctrl+Z / Ctrl+Y, the Edit menu and the history panel go through here.
 */
export function walkJournal(
  command: JournalCommand,
  onStatus: (message: StatusMessage) => void,
): Promise<HistoryMoveResult | null> {
  const [done, cannot] = command === 'undo' ? ['Undid', 'Cannot undo'] : ['Redid', 'Cannot redo'];
  return call(command === 'undo' ? 'history:undo' : 'history:redo').then(
    (moved) => {
      onStatus({ kind: 'info', text: `${done}: ${moved.step.summary}` });
      return moved;
    },
    (error: Error) => {
      onStatus({ kind: 'error', text: `${cannot}: ${error.message}` });
      return null;
    },
  );
}
