import { describe, expect, it } from 'vitest';
import { isMacPlatform, keyCommand, type KeyPress } from '../../../../renderer/components/sheet/sheet-keys';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyCommand (Windows and Linux: Ctrl)', () => {
  it.each([
    ['ArrowDown', {}, { kind: 'move', to: { kind: 'step', direction: 'down' }, extend: false }],
    [
      'ArrowLeft',
      { shiftKey: true },
      { kind: 'move', to: { kind: 'step', direction: 'left' }, extend: true },
    ],
    [
      'ArrowRight',
      { ctrlKey: true },
      { kind: 'move', to: { kind: 'edge', direction: 'right' }, extend: false },
    ],
    [
      'ArrowUp',
      { ctrlKey: true, shiftKey: true },
      { kind: 'move', to: { kind: 'edge', direction: 'up' }, extend: true },
    ],
    ['Home', {}, { kind: 'move', to: { kind: 'row-start' }, extend: false }],
    ['End', { shiftKey: true }, { kind: 'move', to: { kind: 'row-end' }, extend: true }],
    ['Home', { ctrlKey: true }, { kind: 'move', to: { kind: 'first-cell' } }],
    ['End', { ctrlKey: true }, { kind: 'move', to: { kind: 'last-cell' } }],
    ['PageDown', {}, { kind: 'move', to: { kind: 'page', direction: 'down' } }],
    ['PageUp', { shiftKey: true }, { kind: 'move', to: { kind: 'page', direction: 'up' }, extend: true }],
    ['Tab', {}, { kind: 'move', to: { kind: 'step', direction: 'right' }, extend: false, commitsEdit: true }],
    ['Tab', { shiftKey: true }, { kind: 'move', to: { kind: 'step', direction: 'left' }, commitsEdit: true }],
    ['Enter', {}, { kind: 'move', to: { kind: 'step', direction: 'down' }, commitsEdit: true }],
    ['Enter', { shiftKey: true }, { kind: 'move', to: { kind: 'step', direction: 'up' }, extend: false }],
    ['Delete', {}, { kind: 'clear' }],
    ['c', { ctrlKey: true }, { kind: 'copy' }],
    ['x', { ctrlKey: true }, { kind: 'cut' }],
    ['v', { ctrlKey: true }, { kind: 'paste' }],
    ['d', { ctrlKey: true }, { kind: 'fill-down' }],
    ['r', { ctrlKey: true }, { kind: 'fill-right' }],
    ['z', { ctrlKey: true }, { kind: 'undo' }],
    ['y', { ctrlKey: true }, { kind: 'redo' }],
    ['Z', { ctrlKey: true, shiftKey: true }, { kind: 'redo' }],
    ['a', { ctrlKey: true }, { kind: 'select-all' }],
  ])('%s with %j is %j', (key, mods, command) => {
    expect(keyCommand(press(key, mods), false)).toMatchObject(command);
  });

  it.each([
    ['a', {}],
    ['5', {}],
    ['F2', {}],
    ['Escape', {}],
    ['Backspace', {}],
    ['ArrowDown', { altKey: true }],
    ['c', { metaKey: true }],
    ['V', { ctrlKey: true, shiftKey: true }],
    ['1', { ctrlKey: true }],
  ])('leaves %s with %j to the grid', (key, mods) => {
    expect(keyCommand(press(key, mods), false)).toBeNull();
  });
});

describe('keyCommand on macOS: Cmd', () => {
  it('reads Cmd where Windows reads Ctrl, and leaves Ctrl alone', () => {
    expect(keyCommand(press('c', { metaKey: true }), true)).toEqual({ kind: 'copy' });
    expect(keyCommand(press('z', { metaKey: true, shiftKey: true }), true)).toEqual({ kind: 'redo' });
    expect(keyCommand(press('ArrowDown', { metaKey: true }), true)).toMatchObject({
      to: { kind: 'edge', direction: 'down' },
    });
    expect(keyCommand(press('c', { ctrlKey: true }), true)).toBeNull();
    expect(keyCommand(press('Backspace'), true)).toEqual({ kind: 'clear' });
  });

  it('knows a Mac by navigator.platform', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('iPad')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
