import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { buildAppMenu } from './app-menu';
import { startAutoBackup } from './auto-backup';
import { declareAppScheme, serveRenderer } from './app-protocol';
import { defaultWorkbookPath } from './file-commands';
import { registerIpc } from './ipc/register-ipc';
import { onRecentFilesChanged } from './recent-files';
import { hardenSession } from './security';
import { closeAllWorkbooks, contextForSender, showWorkbook } from './workbook-windows';

/** Workbook paths named on a command line (the OS passes a double-clicked .iwb this way). */
function workbookArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.toLowerCase().endsWith('.iwb'));
}

// A separate profile (recent files, the single-instance lock) for end-to-end tests and portable use.
if (process.env.IWB_USER_DATA_DIR) app.setPath('userData', process.env.IWB_USER_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareAppScheme();
  const pendingOpens: string[] = workbookArgs(process.argv.slice(1));

  // macOS delivers double-clicked files through open-file, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) showWorkbook(path);
    else pendingOpens.push(path);
  });
  app.on('second-instance', (_event, argv) => {
    const paths = workbookArgs(argv);
    if (paths.length === 0) showWorkbook(defaultWorkbookPath());
    for (const path of paths) showWorkbook(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', closeAllWorkbooks);

  void app.whenReady().then(() => {
    hardenSession();
    serveRenderer(join(__dirname, '..', 'renderer'));
    registerIpc(contextForSender);
    buildAppMenu();
    onRecentFilesChanged(buildAppMenu);
    startAutoBackup();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWorkbook(defaultWorkbookPath());
    });
    try {
      const paths = pendingOpens.length > 0 ? pendingOpens : [defaultWorkbookPath()];
      for (const path of paths) showWorkbook(path);
    } catch (error) {
      dialog.showErrorBox('Cannot create the default workbook', (error as Error).message);
    }
    // Every file was refused (each with its own message): nothing to show, so do not linger.
    if (BrowserWindow.getAllWindows().length === 0) app.quit();
  });
}
