import { useCallback, useEffect, useRef } from 'react';
import type { GridApi } from 'ag-grid-community';
import { applyGridLayout, layoutOf, readGridLayout, writeGridLayout } from './grid-layout';

// Scrolling and resizing fire many events; the layout is written once they pause.
const SAVE_PAUSE_MS = 400;

/**
 * Keeps a grid's column widths and scroll position per workbook (grid-layout.ts): `restore` puts
 * them back once the grid shows its rows (false when none were kept, so the owner scrolls where
 * it would), `save` is for the grid's resize and scroll events.
 */
export function useGridLayout(workbookPath: string | null, grid: string) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<(() => void) | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current?.();
    pending.current = null;
  }, []);

  // A layout not yet written is written when the view closes or the workbook changes.
  useEffect(() => flush, [flush, workbookPath]);

  const restore = useCallback(
    (api: GridApi): boolean => {
      if (workbookPath === null) return false;
      const layout = readGridLayout(localStorage, workbookPath, grid);
      if (layout) applyGridLayout(api, layout);
      return layout !== null;
    },
    [workbookPath, grid],
  );

  const save = useCallback(
    (api: GridApi) => {
      if (workbookPath === null || api.isDestroyed()) return;
      pending.current = () => {
        if (!api.isDestroyed()) writeGridLayout(localStorage, workbookPath, grid, layoutOf(api));
      };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_PAUSE_MS);
    },
    [workbookPath, grid, flush],
  );

  return { restore, save };
}
