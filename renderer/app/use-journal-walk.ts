import { useCallback, useState } from 'react';
import { call } from '../api';
import type { StatusMessage } from '../components/StatusBar';
import type { EditCommand } from './edit-commands';

/**
 * Undo and redo over the workbook's journal from outside a grid (the Edit menu, the history
 * panel): the status bar says what was taken back or why it could not be, and `revision` moves,
 * so the shell remounts the view to read what the step left.
 */
export function useJournalWalk(onStatus: (message: StatusMessage) => void, onChanged: () => void) {
  const [revision, setRevision] = useState(0);
  const walk = useCallback(
    (command: EditCommand) => {
      const [done, cannot] = command === 'undo' ? ['Undid', 'Cannot undo'] : ['Redid', 'Cannot redo'];
      call(command === 'undo' ? 'history:undo' : 'history:redo').then(
        (moved) => {
          onStatus({ kind: 'info', text: `${done}: ${moved.step.summary}` });
          setRevision((r) => r + 1);
          onChanged();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${cannot}: ${error.message}` }),
      );
    },
    [onStatus, onChanged],
  );
  return { revision, walk };
}
