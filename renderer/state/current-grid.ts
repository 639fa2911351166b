import { createContext, useCallback, useContext, useLayoutEffect, useRef } from 'react';

/** How a grid is exported: the text it shows, or its numbers unformatted. */
export type GridForm = 'raw' | 'shown';
export type GridCell = string | number | null;

/** A grid's cells as a table: what exports:grid writes as CSV (built fresh for each export). */
export interface GridTable {
  readonly header: string[];
  readonly rows: GridCell[][];
}

/** How a grid is exported: its cells, read in the page; or the workbook's Data grid, which main holds whole. */
export type GridSource =
  | { readonly kind: 'table'; readonly read: (form: GridForm) => GridTable }
  | { readonly kind: 'workbook-data' };

export interface ExportableGrid {
  /** What the status bar and the suggested file name call it ("Backtest · vintage 2"). */
  readonly title: string;
  readonly source: GridSource;
  /** The view's main grid, current until the user picks another (the Data grid, the Outputs). */
  readonly isDefault?: boolean;
}

interface Registered {
  readonly grid: () => ExportableGrid;
  readonly element: HTMLElement;
}

/** Whether an element is drawn: a view kept mounted but hidden (the Import view) is not. */
const isShown = (element: HTMLElement) => element.isConnected && element.getClientRects().length > 0;

/**
 * The grids on screen and which one is current: the last one the user clicked or moved the
 * keyboard into, else the view's main grid. File › Export › Current Grid to CSV exports it.
 */
export class GridRegistry {
  private readonly grids = new Set<Registered>();
  private last: Registered | null = null;

  /** Adds a grid drawn in `element`; returns its removal. */
  register(element: HTMLElement, grid: () => ExportableGrid): () => void {
    const entry: Registered = { element, grid };
    const pick = () => {
      this.last = entry;
    };
    this.grids.add(entry);
    element.addEventListener('pointerdown', pick, true);
    element.addEventListener('focusin', pick);
    return () => {
      element.removeEventListener('pointerdown', pick, true);
      element.removeEventListener('focusin', pick);
      this.grids.delete(entry);
      if (this.last === entry) this.last = null;
    };
  }

  /** The grid File › Export › Current Grid to CSV exports, or null when none is. */
  current(): ExportableGrid | null {
    if (this.last && isShown(this.last.element)) return this.last.grid();
    for (const entry of this.grids) {
      if (!isShown(entry.element)) continue;
      const grid = entry.grid();
      if (grid.isDefault) return grid;
    }
    return null;
  }
}

export const GridRegistryContext = createContext<GridRegistry | null>(null);

/**
 * Registers a grid while it is drawn: returns the ref callback for the element it is drawn in.
 * `grid` is read when exported, so it may change with every render (the latest is used).
 */
export function useExportableGrid(
  grid: ExportableGrid,
): (element: HTMLElement | null) => (() => void) | void {
  const registry = useContext(GridRegistryContext);
  const latest = useRef(grid);
  useLayoutEffect(() => {
    latest.current = grid;
  }, [grid]);
  return useCallback(
    (element: HTMLElement | null) => {
      if (!registry || !element) return;
      return registry.register(element, () => latest.current);
    },
    [registry],
  );
}
