import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract';

/**
 * The Edit menu. Undo and Redo walk the workbook's journal: a click sends `undo` or `redo` to the
 * focused workbook window's page, which takes back the journal's newest step, or, when focus is in
 * a text field, the field's own typing (renderer/app/edit-commands.ts). Their shortcuts are shown
 * but not registered with the system: Ctrl+Z and Ctrl+Y reach the page as keys, where the grids
 * and text fields already handle them, so a key press never undoes twice. Cut, Copy and Paste keep
 * Electron's roles: they fire the page's clipboard events, which the grids' sheet layer handles
 * (renderer/components/sheet/) and text fields handle natively.
 */
export function editMenuItems(send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  return [
    { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
    {
      label: 'Redo',
      accelerator: process.platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y',
      registerAccelerator: false,
      click: () => send('redo'),
    },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ];
}
