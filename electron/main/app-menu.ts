import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { newWorkbookCommand, openWorkbookCommand, saveAsCommand } from './file-commands';
import { editMenuItems } from './edit-menu';
import { clearRecentFiles, listRecentFiles } from './recent-files';
import { recentMenuItems } from './recent-list';
import { sendMenuCommand, showWorkbook } from './workbook-windows';

function recentSubmenu(): MenuItemConstructorOptions[] {
  return recentMenuItems(listRecentFiles(), showWorkbook, clearRecentFiles);
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
        // The page runs each export (it knows the view, the grid and the scenario shown); main
        // asks where to save and writes (exports:*, reports:savePdf).
        {
          label: 'Export',
          submenu: [
            {
              label: 'Workbook to XLSX…',
              accelerator: 'CmdOrCtrl+E',
              click: () => sendMenuCommand('export-xlsx'),
            },
            { label: 'Current Grid to CSV…', click: () => sendMenuCommand('export-csv') },
            {
              label: 'Current Grid to CSV, as Shown…',
              click: () => sendMenuCommand('export-csv-shown'),
            },
            {
              label: 'Scenario Report PDF…',
              accelerator: 'CmdOrCtrl+P',
              click: () => sendMenuCommand('export-report'),
            },
          ],
        },
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
        { label: 'Check Workbook', click: () => sendMenuCommand('check-workbook') },
        { label: 'Backups…', click: () => sendMenuCommand('backups') },
        { type: 'separator' },
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
