import { useCallback, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { GridApi } from 'ag-grid-community';
import { ContextMenu, type MenuItem } from '../ContextMenu';
import { cellFromEvent } from './sheet-grid';
import type { SheetController } from './sheet-controller';
import type { ClipboardWriter } from './sheet-reads';

/** A command the owner adds below the sheet's own (the Data view's cell details). */
export interface ExtraMenuItem extends MenuItem {
  readonly run: () => void;
}

interface SheetMenuOptions {
  readonly controller: SheetController;
  readonly api: GridApi | null;
  /** Reads the system clipboard (text and HTML): the page may not read it itself. */
  readonly readClipboard: () => Promise<{ readonly text: string; readonly html: string }>;
  /** Writes the system clipboard (text and HTML), for Copy and Cut. */
  readonly writeClipboard: ClipboardWriter;
  readonly onError: (message: string) => void;
  readonly extras?: readonly ExtraMenuItem[];
  readonly isMac: boolean;
}

type SheetAction = 'cut' | 'copy' | 'paste' | 'clear' | 'fill-down' | 'fill-right';

/**
 * The context menu of a sheet (right click, Shift+F10 or the menu key on a cell): cut, copy and
 * paste with the system clipboard, clear, fill down and right, then the owner's commands. A right
 * click outside the selection selects the cell first, as Excel does. Copy, cut and paste go
 * through the owner (main's clipboard, in the app), as there is no clipboard event to answer.
 */
export function useSheetMenu({
  controller,
  api,
  readClipboard,
  writeClipboard,
  onError,
  extras = [],
  isMac,
}: SheetMenuOptions) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const mod = isMac ? 'Cmd' : 'Ctrl';
  // The menu opens on a cell, which is then selected (the grid's focus moves it there).
  const items: MenuItem[] = [
    { id: 'cut', label: 'Cut', shortcut: `${mod}+X` },
    { id: 'copy', label: 'Copy', shortcut: `${mod}+C` },
    { id: 'paste', label: 'Paste', shortcut: `${mod}+V` },
    {
      id: 'clear',
      label: 'Clear contents',
      shortcut: 'Delete',
      startsGroup: true,
    },
    { id: 'fill-down', label: 'Fill down', shortcut: `${mod}+D` },
    { id: 'fill-right', label: 'Fill right', shortcut: `${mod}+R` },
    ...extras.map(({ run: _run, ...item }, i) => (i === 0 ? { ...item, startsGroup: true } : item)),
  ];

  /** Gives the keyboard back to the grid's focused cell. */
  const refocus = useCallback(() => {
    const cell = api?.getFocusedCell();
    if (api && cell) api.setFocusedCell(cell.rowIndex, cell.column);
  }, [api]);

  const close = useCallback(() => {
    setAt(null);
    refocus();
  }, [refocus]);

  const run = (id: string) => {
    setAt(null);
    refocus();
    const extra = extras.find((e) => e.id === id);
    if (extra) return extra.run();
    const action = id as SheetAction;
    if (action === 'cut' || action === 'copy') {
      controller.copySelection(writeClipboard, action === 'cut');
      return;
    }
    if (action === 'paste') {
      readClipboard().then(
        (clip) => controller.pasteClipboard(clip),
        (error: Error) => onError(`Cannot read the clipboard: ${error.message}`),
      );
      return;
    }
    controller.perform(action);
  };

  const onContextMenu = (event: MouseEvent) => {
    const cell = cellFromEvent(event.target);
    if (!cell || !api) return;
    event.preventDefault();
    // A cell outside the selection is selected first; inside it, the selection stays.
    if (!controller.contains(cell.row, cell.colId)) api.setFocusedCell(cell.row, cell.colId);
    setAt({ x: event.clientX, y: event.clientY });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const isMenuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
    if (!isMenuKey) return;
    const target = (event.target as HTMLElement).closest?.('.ag-cell');
    if (!target || !api) return;
    event.preventDefault();
    event.stopPropagation();
    const box = target.getBoundingClientRect();
    setAt({ x: box.left + 4, y: box.bottom });
  };

  const menu: ReactNode = at && <ContextMenu items={items} at={at} onSelect={run} onClose={close} />;
  return { onContextMenu, onKeyDown, menu };
}
