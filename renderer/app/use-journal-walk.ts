import { useCallback, useState } from 'react';
import { walkJournal } from '../state/journal-walk';
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
      void walkJournal(command, onStatus).then((moved) => {
        if (!moved) return;
        setRevision((r) => r + 1);
        onChanged();
      });
    },
    [onStatus, onChanged],
  );
  return { revision, walk };
}
