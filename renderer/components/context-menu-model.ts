/** A context menu's items and the keys that move through them, without a DOM (ContextMenu.tsx). */

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** The key that does the same, shown at the right ("Ctrl+C"). */
  readonly shortcut?: string;
  readonly isDisabled?: boolean;
  /** A line above this item. */
  readonly startsGroup?: boolean;
}

/** The next enabled item from `from` in `step`'s direction, wrapping; -1 when none is enabled. */
export function nextEnabled(items: readonly MenuItem[], from: number, step: 1 | -1): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (((from + step * k) % items.length) + items.length) % items.length;
    if (!items[i]!.isDisabled) return i;
  }
  return -1;
}

/** The first enabled item whose label starts with the typed letter after `from`, as native menus do. */
export function itemByLetter(items: readonly MenuItem[], from: number, letter: string): number {
  const wanted = letter.toLowerCase();
  for (let k = 1; k <= items.length; k++) {
    const i = (from + k) % items.length;
    const item = items[i]!;
    if (!item.isDisabled && item.label.toLowerCase().startsWith(wanted)) return i;
  }
  return -1;
}

/**
 * Where a menu of `size` opens for a press at `at` inside a window of `bounds`: at the pointer,
 * moved left or up as far as needed to stay inside the window.
 */
export function menuPosition(
  at: { readonly x: number; readonly y: number },
  size: { readonly width: number; readonly height: number },
  bounds: { readonly width: number; readonly height: number },
): { x: number; y: number } {
  return {
    x: Math.max(0, Math.min(at.x, bounds.width - size.width)),
    y: Math.max(0, Math.min(at.y, bounds.height - size.height)),
  };
}
