/**
 * What a key press means to a sheet, as in Excel: a pure mapping from the key and its modifiers to
 * a command, so the grid's key handling is a lookup tested without a DOM. On macOS Cmd takes
 * Ctrl's place (Cmd+C, Cmd+arrows, Cmd+Home), as Excel for Mac does.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Where a move goes. */
export type MoveTarget =
  /** One cell (arrows, Tab, Enter). */
  | { readonly kind: 'step'; readonly direction: Direction }
  /** The edge of the data (Ctrl+arrows): the last filled cell of a run, or the next filled one. */
  | { readonly kind: 'edge'; readonly direction: Direction }
  /** The first or last column of the row (Home, End). */
  | { readonly kind: 'row-start' }
  | { readonly kind: 'row-end' }
  /** The first cell; the last row and column that hold data (Ctrl+Home, Ctrl+End). */
  | { readonly kind: 'first-cell' }
  | { readonly kind: 'last-cell' }
  /** A page of rows (Page Up, Page Down). */
  | { readonly kind: 'page'; readonly direction: 'up' | 'down' };

export type SheetCommand =
  | {
      readonly kind: 'move';
      readonly to: MoveTarget;
      /** Shift: move the selection's far corner, keeping its anchor. */
      readonly extend: boolean;
      /** Enter and Tab: while a cell is being edited, they save it and move. */
      readonly commitsEdit: boolean;
    }
  | {
      readonly kind:
        'copy' | 'cut' | 'paste' | 'fill-down' | 'fill-right' | 'clear' | 'undo' | 'redo' | 'select-all';
    };

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Whether the platform string (navigator.platform) is a Mac's, where Cmd is the command key. */
export function isMacPlatform(platform: string): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(platform);
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const SHORTCUTS: Record<string, SheetCommand['kind']> = {
  c: 'copy',
  x: 'cut',
  v: 'paste',
  d: 'fill-down',
  r: 'fill-right',
  z: 'undo',
  y: 'redo',
  a: 'select-all',
};

const move = (to: MoveTarget, extend: boolean, commitsEdit = false): SheetCommand => ({
  kind: 'move',
  to,
  extend,
  commitsEdit,
});

/**
 * The command a key press stands for, or null for a key the sheet leaves alone (a character
 * starts editing, F2 edits, Escape cancels: the grid's own handling does those).
 */
export function keyCommand(press: KeyPress, isMac: boolean): SheetCommand | null {
  if (press.altKey) return null;
  const isCommand = isMac ? press.metaKey : press.ctrlKey;
  // The other platform's modifier (Ctrl on a Mac, the Windows key elsewhere) is not ours.
  if (isMac ? press.ctrlKey : press.metaKey) return null;
  const extend = press.shiftKey;
  const arrow = ARROWS[press.key];
  if (arrow) return move({ kind: isCommand ? 'edge' : 'step', direction: arrow }, extend);
  if (isCommand) {
    if (press.key === 'Home') return move({ kind: 'first-cell' }, extend);
    if (press.key === 'End') return move({ kind: 'last-cell' }, extend);
    const letter = press.key.toLowerCase();
    // Ctrl+Shift+Z redoes, as Cmd+Shift+Z does on a Mac; other letters want no Shift.
    if (letter === 'z' && press.shiftKey) return { kind: 'redo' };
    const shortcut = press.shiftKey ? undefined : SHORTCUTS[letter];
    return shortcut ? ({ kind: shortcut } as SheetCommand) : null;
  }
  switch (press.key) {
    case 'Tab':
      return move({ kind: 'step', direction: press.shiftKey ? 'left' : 'right' }, false, true);
    case 'Enter':
      return move({ kind: 'step', direction: press.shiftKey ? 'up' : 'down' }, false, true);
    case 'Home':
      return move({ kind: 'row-start' }, extend);
    case 'End':
      return move({ kind: 'row-end' }, extend);
    case 'PageUp':
      return move({ kind: 'page', direction: 'up' }, extend);
    case 'PageDown':
      return move({ kind: 'page', direction: 'down' }, extend);
    case 'Delete':
      return press.shiftKey ? null : { kind: 'clear' };
    case 'Backspace':
      // A Mac's delete key is Backspace, and clears the selection in Excel for Mac; elsewhere
      // Backspace edits the cell afresh, which the grid does itself.
      return isMac && !press.shiftKey ? { kind: 'clear' } : null;
    default:
      return null;
  }
}
