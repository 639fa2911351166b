import { useCallback, useMemo } from 'react';
import type { HistoryMoveResult } from '../../../electron/contract';
import type { CellBatchAction } from '../../../projection/journal';
import { call } from '../../api';
import type { CellWrite } from '../../components/sheet/sheet-edits';
import { useSheet, type SheetModel } from '../../components/sheet/use-sheet';
import type { StatusMessage } from '../../components/StatusBar';
import { batchSavedText, cellCopyText, interpretCellTexts } from './cell-batch';
import type { useData } from './use-data';

/** The series' name and unit stand for their row: a click there selects the whole row. */
const ROW_HEADERS = ['label', 'unit'] as const;

interface DataSheetOptions {
  readonly data: ReturnType<typeof useData>;
  readonly onStatus: (message: StatusMessage) => void;
  readonly onSaved: () => void;
  readonly onSelectionSummary: (text: string | null) => void;
}

/**
 * The Data grid as a spreadsheet (components/sheet): its cells as the sheet reads them, a paste,
 * fill, clear or cut saved as one step (observations:setMany), and Ctrl+Z / Ctrl+Y walking the
 * workbook's lasting journal (history:undo, history:redo); after either, the grid reloads the
 * cells the step wrote (everything, for a step that was not about cells) and the status bar says
 * what was undone or why it could not be.
 */
export function useDataSheet({ data, onStatus, onSaved, onSelectionSummary }: DataSheetOptions) {
  const { rows, periods, applyCells, reload } = data;

  const write = useCallback(
    (writes: readonly CellWrite[], action: CellBatchAction) => {
      if (!rows) return;
      const texts = writes.map((w) => ({ row: rows[w.row]!, period: periods[w.col]!, text: w.text }));
      const read = interpretCellTexts(texts, action);
      if (!read.ok) return onStatus({ kind: 'error', text: read.error.message });
      if (read.value.length === 0) {
        return onStatus({ kind: 'info', text: 'Nothing changed: the cells already hold those values.' });
      }
      call('observations:setMany', { action, cells: read.value }).then(
        (saved) => {
          applyCells(saved);
          onStatus({ kind: 'info', text: batchSavedText(action, read.value.length) });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${error.message}; nothing was saved.` }),
      );
    },
    [rows, periods, applyCells, onStatus, onSaved],
  );

  const walkHistory = useCallback(
    (channel: 'history:undo' | 'history:redo') => {
      const [done, cannot] = channel === 'history:undo' ? ['Undid', 'Cannot undo'] : ['Redid', 'Cannot redo'];
      call(channel).then(
        (moved: HistoryMoveResult) => {
          if (moved.cells) applyCells(moved.cells);
          else reload();
          onStatus({ kind: 'info', text: `${done}: ${moved.step.summary}` });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${cannot}: ${error.message}` }),
      );
    },
    [applyCells, reload, onStatus, onSaved],
  );

  const model = useMemo<SheetModel>(
    () => ({
      columns: periods,
      rowHeaders: ROW_HEADERS,
      rowCount: rows?.length ?? 0,
      textAt: ({ row, col }) => (rows?.[row] ? cellCopyText(rows[row], periods[col]!) : ''),
      numberAt: ({ row, col }) => rows?.[row]?.values[periods[col]!]?.value ?? null,
      describe: ({ row, col }) => `${rows?.[row]?.label ?? `Row ${row + 1}`}, ${periods[col] ?? ''}`,
      write,
      undo: () => walkHistory('history:undo'),
      redo: () => walkHistory('history:redo'),
      refuse: (message) => onStatus({ kind: 'error', text: message }),
      onSummary: onSelectionSummary,
    }),
    [rows, periods, write, walkHistory, onStatus, onSelectionSummary],
  );

  return useSheet(model);
}
