import { useCallback, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { FindHit } from '../../../projection/find-query';
import type { SeriesRow } from './data-grid-model';

/**
 * The Data view's find bar: Ctrl+F (Cmd+F) opens it, or selects its text when it is open; a hit
 * moves the grid's focus (and so the sheet's selection) to the hit's cell (its Year when the
 * quarters are hidden), or to its series' name;
 * closing gives the focus back to the grid's cell.
 */
export function useFind(api: GridApi<SeriesRow> | null, rows: readonly SeriesRow[] | null) {
  const [isOpen, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  const onKeyDown = useCallback((event: React.KeyboardEvent) => {
    if (
      !(event.ctrlKey || event.metaKey) ||
      event.altKey ||
      event.shiftKey ||
      event.key.toLowerCase() !== 'f'
    )
      return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);

  const goTo = useCallback(
    (hit: FindHit) => {
      const row = rows?.findIndex((r) => r.key === hit.seriesKey) ?? -1;
      if (!api || row < 0) return;
      const found = hit.period === null ? null : api.getColumn(hit.period);
      // A quarter hidden by Years only: the focus goes to its Year, the column that holds it now.
      const column =
        !found || hit.period === null ? 'label' : found.isVisible() ? hit.period : hit.period.slice(0, 4);
      api.ensureIndexVisible(row, 'middle');
      api.ensureColumnVisible(column, 'middle');
      api.setFocusedCell(row, column);
    },
    [api, rows],
  );

  const close = useCallback(() => {
    setOpen(false);
    const cell = api?.getFocusedCell();
    if (api && cell) api.setFocusedCell(cell.rowIndex, cell.column);
  }, [api]);

  return { isOpen, focusRequest, onKeyDown, goTo, close };
}
