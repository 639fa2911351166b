import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../electron/contract';
import { editMenuItems } from '../../electron/main/edit-menu';

describe('the Edit menu', () => {
  it("sends Undo and Redo to the focused window's page, with their keys shown but left to the page", () => {
    const sent: MenuCommand[] = [];
    const items = editMenuItems((command) => sent.push(command));
    const undo = items.find((i) => i.label === 'Undo')!;
    const redo = items.find((i) => i.label === 'Redo')!;
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo.registerAccelerator).toBe(false);
    const click = (item: typeof undo) => (item.click as () => void)();
    click(undo);
    click(redo);
    click(undo);
    expect(sent).toEqual(['undo', 'redo', 'undo']);
  });

  it("keeps Cut, Copy and Paste as the system's roles, which fire the page's clipboard events", () => {
    const roles = editMenuItems(() => undefined).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });
});
