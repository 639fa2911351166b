import { createRequire } from 'node:module';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/**
 * The real app in Electron, for machines where Electron's binary is installed: main process,
 * preload and IPC as users run them, on the given workbook. Selected with IWB_E2E_RUNTIME=electron.
 */
export async function launchElectron(
  workbookPath: string,
  userDataDir: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
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
  return { page, close: () => app.close() };
}

/** True when the end-to-end tests should drive Electron rather than Chromium. */
export function isElectronRuntime(): boolean {
  return process.env.IWB_E2E_RUNTIME === 'electron';
}
