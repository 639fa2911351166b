import { useCallback, useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { PeriodEdge } from '../../../projection/journal-structure';
import { call } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { newSeriesOf, type NewSeriesDraft } from './add-series-model';
import type { SeriesRow } from './data-grid-model';

interface StructureOptions {
  readonly api: GridApi<SeriesRow> | null;
  readonly rows: readonly SeriesRow[];
  readonly onStatus: (message: StatusMessage) => void;
  /** The workbook's structure changed: the grid reads it all again. */
  readonly onChanged: () => void;
}

/**
 * The Data view's structure actions, one journaled step each (Ctrl+Z takes it back): add a
 * series, add a quarter at either end, move or delete the focused series. The focused series is
 * the row of the grid's focused cell.
 */
export function useStructure({ api, rows, onStatus, onChanged }: StructureOptions) {
  const [focused, setFocused] = useState<SeriesRow | null>(null);

  useEffect(() => {
    if (!api) return;
    const read = () => {
      const cell = api.getFocusedCell();
      setFocused((cell && api.getDisplayedRowAtIndex(cell.rowIndex)?.data) ?? null);
    };
    read();
    api.addEventListener('cellFocused', read);
    api.addEventListener('rowDataUpdated', read);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('cellFocused', read);
      api.removeEventListener('rowDataUpdated', read);
    };
  }, [api]);

  const fail = useCallback((error: Error) => onStatus({ kind: 'error', text: error.message }), [onStatus]);

  const addSeries = useCallback(
    async (draft: NewSeriesDraft) => {
      const input = newSeriesOf(draft);
      if (!input.ok) throw new Error(input.error.message);
      const saved = await call('series:add', input.value);
      onStatus({
        kind: 'info',
        text: `Added series ${saved.label} (${saved.key}), last in the list. Ctrl+Z takes it back.`,
      });
      onChanged();
    },
    [onStatus, onChanged],
  );

  const addQuarter = useCallback(
    (edge: PeriodEdge) => {
      call('periods:add', { edge }).then((range) => {
        onStatus({
          kind: 'info',
          text: `Added ${range.added}: the workbook runs from ${range.first} to ${range.last}.`,
        });
        onChanged();
      }, fail);
    },
    [onStatus, onChanged, fail],
  );

  const move = useCallback(
    (delta: -1 | 1) => {
      if (!focused) return;
      const position = rows.findIndex((r) => r.key === focused.key) + delta;
      if (position < 0 || position >= rows.length) return;
      call('series:move', { key: focused.key, position }).then(() => {
        onStatus({ kind: 'info', text: `Moved ${focused.label} ${delta < 0 ? 'up' : 'down'}.` });
        onChanged();
      }, fail);
    },
    [focused, rows, onStatus, onChanged, fail],
  );

  const remove = useCallback(
    async (series: SeriesRow) => {
      const { removedValues } = await call('series:delete', { key: series.key });
      const values = `${removedValues} ${removedValues === 1 ? 'value' : 'values'}`;
      onStatus({ kind: 'info', text: `Deleted ${series.label} with its ${values}. Ctrl+Z puts it back.` });
      onChanged();
    },
    [onStatus, onChanged],
  );

  return { focused, addSeries, addQuarter, move, remove };
}
