import { useCallback, useState } from 'react';
import type { LayoutStorage } from './grid-layout';

/**
 * Whether a grid shows its quarters or only its Years, kept per workbook file and grid in the
 * window's localStorage beside its column widths (grid-layout.ts): a way of looking at the data,
 * not an edit to the workbook or a step to undo.
 */
export type PeriodView = 'quarters' | 'years';

const PREFIX = 'iwb.period-view';
const keyOf = (workbookPath: string, grid: string) => `${PREFIX}:${grid}:${workbookPath}`;

/** The view kept for this workbook and grid; quarters when none is (or it cannot be read). */
export function readPeriodView(storage: LayoutStorage, workbookPath: string, grid: string): PeriodView {
  try {
    return storage.getItem(keyOf(workbookPath, grid)) === 'years' ? 'years' : 'quarters';
  } catch {
    return 'quarters';
  }
}

/** Keeps the view for this workbook and grid; a storage that refuses it is ignored (a convenience). */
export function writePeriodView(
  storage: LayoutStorage,
  workbookPath: string,
  grid: string,
  view: PeriodView,
): void {
  try {
    storage.setItem(keyOf(workbookPath, grid), view);
  } catch {
    // QuotaExceededError: the grid opens on its quarters next time.
  }
}

/** A grid's period view for the open workbook (quarters without one), and its setter that keeps it. */
export function usePeriodView(workbookPath: string | null, grid: string) {
  const [kept, setKept] = useState(() => ({
    path: workbookPath,
    view: workbookPath === null ? 'quarters' : readPeriodView(localStorage, workbookPath, grid),
  }));
  // Another workbook in the window: its own view, read as it renders (no flash of the old one).
  let current = kept;
  if (kept.path !== workbookPath) {
    current = {
      path: workbookPath,
      view: workbookPath === null ? 'quarters' : readPeriodView(localStorage, workbookPath, grid),
    };
    setKept(current);
  }
  const setView = useCallback(
    (view: PeriodView) => {
      if (workbookPath !== null) writePeriodView(localStorage, workbookPath, grid, view);
      setKept({ path: workbookPath, view });
    },
    [workbookPath, grid],
  );
  return [current.view, setView] as const;
}
