import { useLayoutEffect, useRef, useState } from 'react';
import { itemByLetter, menuPosition, nextEnabled, type MenuItem } from './context-menu-model';

export type { MenuItem } from './context-menu-model';

interface ContextMenuProps {
  readonly items: readonly MenuItem[];
  /** Where it was asked for, in the window's coordinates (the pointer, or the focused cell's corner). */
  readonly at: { readonly x: number; readonly y: number };
  readonly onSelect: (id: string) => void;
  /** Closed without a choice (Escape, Tab, a press elsewhere); the owner gives the focus back. */
  readonly onClose: () => void;
}

/**
 * A context menu as the desktop draws one: opens at the pointer (kept inside the window), takes
 * the keyboard (arrows, Home, End, a letter, Enter or Space to choose, Escape or Tab to close),
 * and closes on a press outside it.
 */
export function ContextMenu({ items, at, onSelect, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => nextEnabled(items, -1, 1));
  const [position, setPosition] = useState(at);

  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPosition(menuPosition(at, { width, height }, { width: innerWidth, height: innerHeight }));
    element.focus();
  }, [at]);

  useLayoutEffect(() => {
    const onPress = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', onPress, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('mousedown', onPress, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const choose = (index: number) => {
    const item = items[index];
    if (item && !item.isDisabled) onSelect(item.id);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => nextEnabled(items, active, 1),
      ArrowUp: () => nextEnabled(items, active, -1),
      Home: () => nextEnabled(items, -1, 1),
      End: () => nextEnabled(items, items.length, -1),
    };
    const move = moves[event.key];
    event.preventDefault();
    event.stopPropagation();
    if (move) return setActive(move());
    if (event.key === 'Enter' || event.key === ' ') return choose(active);
    if (event.key === 'Escape' || event.key === 'Tab') return onClose();
    if (event.key.length === 1) {
      const found = itemByLetter(items, active, event.key);
      if (found >= 0) setActive(found);
    }
  };

  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      tabIndex={-1}
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      aria-activedescendant={active >= 0 ? `menu-item-${items[active]!.id}` : undefined}
    >
      {items.map((item, i) => (
        <div
          key={item.id}
          id={`menu-item-${item.id}`}
          role="menuitem"
          aria-disabled={item.isDisabled || undefined}
          className={`context-menu-item${i === active ? ' active' : ''}${item.startsGroup ? ' group-start' : ''}`}
          onMouseEnter={() => !item.isDisabled && setActive(i)}
          onClick={() => choose(i)}
        >
          <span>{item.label}</span>
          {item.shortcut && <span className="context-menu-shortcut">{item.shortcut}</span>}
        </div>
      ))}
    </div>
  );
}
