import { describe, expect, it } from 'vitest';
import {
  itemByLetter,
  menuPosition,
  nextEnabled,
  type MenuItem,
} from '../../../renderer/components/context-menu-model';

const items: MenuItem[] = [
  { id: 'cut', label: 'Cut' },
  { id: 'copy', label: 'Copy' },
  { id: 'paste', label: 'Paste', isDisabled: true },
  { id: 'clear', label: 'Clear contents' },
  { id: 'details', label: 'Cell details' },
];

describe('context menu model', () => {
  it('moves over enabled items only, wrapping at both ends', () => {
    expect(nextEnabled(items, -1, 1)).toBe(0);
    expect(nextEnabled(items, 1, 1)).toBe(3);
    expect(nextEnabled(items, 3, -1)).toBe(1);
    expect(nextEnabled(items, 4, 1)).toBe(0);
    expect(nextEnabled(items, 0, -1)).toBe(4);
    expect(nextEnabled([{ id: 'x', label: 'X', isDisabled: true }], -1, 1)).toBe(-1);
  });

  it('jumps to the next item starting with a typed letter, cycling through those that do', () => {
    expect(itemByLetter(items, -1, 'c')).toBe(0);
    expect(itemByLetter(items, 0, 'C')).toBe(1);
    expect(itemByLetter(items, 1, 'c')).toBe(3);
    expect(itemByLetter(items, 4, 'c')).toBe(0);
    expect(itemByLetter(items, 0, 'p')).toBe(-1);
  });

  it('opens at the pointer, moved in to stay inside the window', () => {
    const window = { width: 1000, height: 700 };
    const size = { width: 220, height: 200 };
    expect(menuPosition({ x: 100, y: 100 }, size, window)).toEqual({ x: 100, y: 100 });
    expect(menuPosition({ x: 900, y: 650 }, size, window)).toEqual({ x: 780, y: 500 });
    expect(menuPosition({ x: 900, y: 10 }, { width: 2000, height: 10 }, window)).toEqual({ x: 0, y: 10 });
  });
});
