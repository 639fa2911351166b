import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { newWorkbookCommand, openWorkbookCommand, saveAsCommand } from './file-commands';
import { editMenuItems } from './edit-menu';
import { clearRecentFiles, listRecentFiles } from './recent-files';
import { sendMenuCommand, showWorkbook } from './workbook-windows';

function recentSubmenu(): MenuItemConstructorOptions[] {
  const recent = listRecentFiles();
  if (recent.length === 0) return [{ label: 'No recent workbooks', enabled: false }];
  return [
    ...recent.map((path) => ({ label: basename(path), sublabel: path, click: () => showWorkbook(path) })),
    { type: 'separator' },
    {
      label: 'Clear Recent',
      click: () => {
        clearRecentFiles();
      },
    },
  ];
}

/** The native menu: File, Edit, View, Help. Rebuilt when the recent list changes. */
export function buildAppMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New…', accelerator: 'CmdOrCtrl+N', click: () => void newWorkbookCommand() },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => void openWorkbookCommand() },
        { label: 'Open Recent', submenu: recentSubmenu() },
        { type: 'separator' },
        // The page opens its Import view and asks for the file there (files:choose).
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => sendMenuCommand('import') },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void saveAsCommand() },
        { type: 'separator' },
        {
          label: 'Close',
          accelerator: 'CmdOrCtrl+W',
          click: () => BrowserWindow.getFocusedWindow()?.close(),
        },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: editMenuItems(sendMenuCommand),
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'About Instinct Workbook',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Instinct Workbook',
              message: `Instinct Workbook ${app.getVersion()}`,
              detail: 'An offline workbook for modelling AMD’s AI-accelerator (Instinct) business.',
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
