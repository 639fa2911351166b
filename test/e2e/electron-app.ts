import { createRequire } from 'node:module';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/**
 * The real app in Electron, for machines where Electron's binary is installed: main process,
 * preload and IPC as users run them, on the given workbook. Selected with IWB_E2E_RUNTIME=electron.
 */
export async function launchElectron(
  workbookPath: string,
  userDataDir: string,
): Promise<{
  page: Page;
  sendMenuCommand: (command: string) => Promise<void>;
  setChosenFile: (path: string | null) => Promise<void>;
  close: () => Promise<void>;
}> {
  const require = createRequire(import.meta.url);
  const executablePath = require('electron') as unknown as string;
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: ['.', workbookPath],
    cwd: process.cwd(),
    env: { ...process.env, IWB_USER_DATA_DIR: userDataDir },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1600, height: 900 });
  // As the menu item's click does (electron/main/app-menu.ts), from inside the main process.
  const sendMenuCommand = (command: string) =>
    app.evaluate(({ BrowserWindow }, c) => {
      BrowserWindow.getAllWindows()[0]?.webContents.send('menu:command', c);
    }, command);
  // Playwright's way with Electron's dialogs: main's showOpenDialog answers the test's file.
  const setChosenFile = (path: string | null) =>
    app.evaluate(({ dialog }, chosen) => {
      const answer = { canceled: chosen === null, filePaths: chosen === null ? [] : [chosen] };
      dialog.showOpenDialog = (() => Promise.resolve(answer)) as typeof dialog.showOpenDialog;
    }, path);
  return { page, sendMenuCommand, setChosenFile, close: () => app.close() };
}

/** True when the end-to-end tests should drive Electron rather than Chromium. */
export function isElectronRuntime(): boolean {
  return process.env.IWB_E2E_RUNTIME === 'electron';
}
