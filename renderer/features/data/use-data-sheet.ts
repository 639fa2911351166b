import { useCallback, useMemo } from 'react';
import type { CellBatchAction } from '../../../projection/journal';
import { call } from '../../api';
import { packCellWrites, unpackCells } from '../../../projection/packed-cells';
import { walkJournal, type JournalCommand } from '../../state/journal-walk';
import type { CellWrite } from '../../components/sheet/sheet-edits';
import type { Bounds } from '../../components/sheet/sheet-range';
import { useSheet, type SheetModel } from '../../components/sheet/use-sheet';
import type { StatusMessage } from '../../components/StatusBar';
import { toShown } from '../../../projection/series-display';
import { batchSavedText, cellCopyText, interpretCellTexts } from './cell-batch';
import { cellNumber } from './data-columns';
import type { useData } from './use-data';
import type { SeriesRow } from './data-grid-model';
import { blockOfPeriod } from './value-blocks';

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
  const { rows, rowsRef, extents, periods, columns, applyCells, reload, blocks } = data;

  /** Reads the cells of `bounds` the page lacks (null when it holds them all). */
  const load = useCallback(
    (bounds: Bounds) =>
      blocks.ensure(bounds.top, bounds.bottom, periods[bounds.left]!, periods[bounds.right]!),
    [blocks, periods],
  );

  const saveTexts = useCallback(
    (writes: readonly CellWrite[], action: CellBatchAction) => {
      const current = rowsRef.current;
      if (!current) return;
      const texts = writes.map((w) => ({ row: current[w.row]!, period: periods[w.col]!, text: w.text }));
      const isRead = (row: SeriesRow, period: string) => row.loaded.has(blockOfPeriod(columns, period));
      const read = interpretCellTexts(texts, action, isRead);
      if (!read.ok) return onStatus({ kind: 'error', text: read.error.message });
      if (read.value.length === 0) {
        return onStatus({ kind: 'info', text: 'Nothing changed: the cells already hold those values.' });
      }
      call('observations:setMany', { action, ...packCellWrites(read.value) }).then(
        (saved) => {
          applyCells(unpackCells(saved));
          onStatus({ kind: 'info', text: batchSavedText(action, read.value.length) });
          onSaved();
        },
        (error: Error) => onStatus({ kind: 'error', text: `${error.message}; nothing was saved.` }),
      );
    },
    [rowsRef, periods, columns, applyCells, onStatus, onSaved],
  );

  /**
   * Saves texts into cells. A paste or fill goes at once: its cells not read yet are sent as they
   * are, and main leaves alone any that already hold the value (reading them first made a paste
   * of 10,000 cells wait for three block reads). A clear or cut reads its cells first, so that
   * only those holding a value are sent, however large the range.
   */
  const write = useCallback(
    (writes: readonly CellWrite[], action: CellBatchAction) => {
      if (writes.length === 0) return;
      if (action === 'paste' || action === 'fill') return saveTexts(writes, action);
      const bounds = writes.reduce(
        (b, w) => ({
          top: Math.min(b.top, w.row),
          bottom: Math.max(b.bottom, w.row),
          left: Math.min(b.left, w.col),
          right: Math.max(b.right, w.col),
        }),
        { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity },
      );
      const pending = load(bounds);
      if (!pending) return saveTexts(writes, action);
      pending.then(
        () => saveTexts(writes, action),
        (error: Error) => onStatus({ kind: 'error', text: `${error.message}; nothing was saved.` }),
      );
    },
    [load, saveTexts, onStatus],
  );

  /**
   * Ctrl+End: the last series with a value, and the last column any series has one in (its Year
   * when the quarters are hidden).
   */
  const lastCell = useCallback(() => {
    let row = 0;
    let col = 0;
    const columnOf = new Map(periods.map((p, i) => [p, i]));
    extents.forEach((e, index) => {
      if (e.lastPeriod === null) return;
      row = index;
      col = Math.max(col, columnOf.get(e.lastPeriod) ?? columnOf.get(e.lastPeriod.slice(0, 4)) ?? 0);
    });
    return { row, col };
  }, [extents, periods]);

  const walkHistory = useCallback(
    (command: JournalCommand) => {
      void walkJournal(command, onStatus).then((moved) => {
        if (!moved) return;
        if (moved.cells) applyCells(unpackCells(moved.cells));
        else reload();
        onSaved();
      });
    },
    [applyCells, reload, onStatus, onSaved],
  );

  const model = useMemo<SheetModel>(
    () => ({
      columns: periods,
      rowHeaders: ROW_HEADERS,
      rowCount: rows?.length ?? 0,
      // Through the ref: a copy reads its cells right after they arrive, before React renders.
      textAt: ({ row, col }) => {
        const r = rowsRef.current?.[row];
        return r ? cellCopyText(r, periods[col]!) : '';
      },
      // The number shown, in the row's shown unit: the sum of a selection is what the eye adds up.
      numberAt: ({ row, col }) => {
        const r = rowsRef.current?.[row];
        const value = r ? cellNumber(r, periods[col]!) : null;
        return r && value !== null ? toShown(value, r.unit, r.display) : null;
      },
      describe: ({ row, col }) =>
        `${rowsRef.current?.[row]?.label ?? `Row ${row + 1}`}, ${periods[col] ?? ''}`,
      write,
      load,
      lastCell,
      undo: () => walkHistory('undo'),
      redo: () => walkHistory('redo'),
      refuse: (message) => onStatus({ kind: 'error', text: message }),
      onSummary: onSelectionSummary,
    }),
    [rows, rowsRef, periods, write, load, lastCell, walkHistory, onStatus, onSelectionSummary],
  );

  return useSheet(model);
}
