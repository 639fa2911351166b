import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryDto, StepDetailsDto } from '../../../electron/contract';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';

/**
 * The history panel's state: the journal's steps (history:list), read again whenever the
 * workbook changes (`changes` moves), and the chosen step's cells (history:step).
 */
export function useHistory(changes: unknown, onStatus: (message: StatusMessage) => void) {
  const [history, setHistory] = useState<HistoryDto | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [details, setDetails] = useState<StepDetailsDto | null>(null);
  // The step chosen last: an answer for an earlier choice that arrives late is dropped.
  const latest = useRef<number | null>(null);

  useEffect(() => {
    let isCurrent = true;
    call('history:list').then(
      (list) => isCurrent && setHistory(list),
      (error: Error) => onStatus({ kind: 'error', text: `Cannot read the history: ${error.message}` }),
    );
    return () => {
      isCurrent = false;
    };
  }, [changes, onStatus]);

  const choose = useCallback(
    (id: number) => {
      setChosen(id);
      latest.current = id;
      call('history:step', { id }).then(
        (read) => read.step.id === latest.current && setDetails(read),
        (error: Error) => onStatus({ kind: 'error', text: `Step ${id}: ${error.message}` }),
      );
    },
    [onStatus],
  );

  return { history, chosen, details: details?.step.id === chosen ? details : null, choose };
}
