import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { call } from '../../api';
import { BlockLoader, type BlockStore } from './block-loader';
import { withBlock, withoutBlocks, type SeriesRow } from './data-grid-model';
import { blockOfPeriod, type BlockColumns } from './value-blocks';

interface ValueBlocksOptions {
  /** The rows as the last change left them (not waiting for React's render). */
  readonly getRows: () => readonly SeriesRow[] | null;
  readonly updateRows: (change: (current: SeriesRow[]) => SeriesRow[]) => void;
  readonly columns: BlockColumns;
  readonly onError: (message: string) => void;
}

/** Rows read before the grid first draws: about a screen. */
const OPENING_ROWS = 40;

const isPeriodColumn = (colId: string) => /^\d{4}(Q[1-4])?$/.test(colId);

/**
 * The Data grid's values read in blocks (block-loader.ts): what the grid shows after each scroll
 * (`showView`), and what a copy, a sum or a move over the data needs before it runs (`ensure`).
 *
 * Why blocks of rows by series over a client-side row model rather than AG Grid's infinite row
 * model: every series is a row from the start (a thousand rows of names are cheap), so the
 * sheet's ranges, keys and row ids work as over a small workbook; and the values are read by
 * series *and* years, since a row of 1,000 quarters is itself too large to read or hold at once,
 * which the infinite model (whole rows per block) cannot do.
 */
export function useValueBlocks({ getRows, updateRows, columns, onError }: ValueBlocksOptions) {
  const store = useMemo<BlockStore>(
    () => ({
      keys: () => getRows()?.map((r) => r.key) ?? null,
      isLoaded: (row, block) => getRows()?.[row]?.loaded.has(block) ?? true,
      held: () => (getRows() ?? []).flatMap((r, row) => [...r.loaded].map((block) => ({ row, block }))),
      fetch: (seriesKeys, fromYear, toYear) =>
        call('observations:block', { seriesKeys: [...seriesKeys], fromYear, toYear }),
      apply: (seriesKeys, block, years, observations) =>
        updateRows((rows) => withBlock(rows, seriesKeys, block, years, observations)),
      drop: (blocks, columns) => updateRows((rows) => withoutBlocks(rows, blocks, columns)),
      onError,
    }),
    [getRows, updateRows, onError],
  );
  const [loader] = useState(() => new BlockLoader(store));
  useLayoutEffect(() => loader.connect(store), [loader, store]);

  /** Reads what the grid shows now: its rendered rows and columns. */
  const showView = useCallback(
    (api: GridApi) => {
      const top = api.getFirstDisplayedRowIndex();
      const bottom = api.getLastDisplayedRowIndex();
      const blocks = api
        .getAllDisplayedVirtualColumns()
        .map((c) => c.getColId())
        .filter(isPeriodColumn)
        .map((period) => blockOfPeriod(columns, period));
      if (top < 0 || bottom < top || blocks.length === 0) return;
      loader.show({ top, bottom, left: Math.min(...blocks), right: Math.max(...blocks) });
    },
    [loader, columns],
  );

  /**
   * Reads the cells of rows `top` to `bottom` and periods `fromPeriod` to `toPeriod` if the page
   * lacks any: null when it holds them all, else a promise settled once it does.
   */
  const ensure = useCallback(
    (top: number, bottom: number, fromPeriod: string, toPeriod: string) =>
      loader.ensure({
        top,
        bottom,
        left: blockOfPeriod(columns, fromPeriod),
        right: blockOfPeriod(columns, toPeriod),
      }),
    [loader, columns],
  );

  /**
   * Starts afresh over new rows and years, and reads the top rows of the last years at once,
   * where the grid opens, before it has drawn them.
   */
  const reset = useCallback(
    (next: BlockColumns, rowCount: number) => {
      loader.reset(next);
      const last = next.count - 1;
      if (rowCount > 0)
        loader.show({ top: 0, bottom: Math.min(rowCount, OPENING_ROWS) - 1, left: last, right: last });
    },
    [loader],
  );
  const changed = useCallback(
    (cells: readonly { row: number; block: number }[]) => loader.changed(cells),
    [loader],
  );

  return useMemo(() => ({ showView, ensure, reset, changed }), [showView, ensure, reset, changed]);
}
