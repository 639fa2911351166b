// npm install's last step. Electron's binary comes from the internet, which some machines (CI,
// sandboxes) lack: then install still succeeds, with one warning, and everything but the desktop
// window (tests, CLI, end-to-end tests in Chromium) works.
import {
  buildElectronBinding,
  downloadElectron,
  electronBinary,
  hasElectronBinding,
} from './electron-setup.mjs';

function warn(text) {
  process.stderr.write(`\nwarning: Instinct Workbook: ${text}\n\n`);
}

if (!process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !electronBinary()) {
  const download = downloadElectron();
  if (!download.ok) {
    warn(
      `Electron's binary could not be downloaded (${download.reason}). ` +
        'Tests, the CLI (npx iwb) and the Chromium end-to-end tests work without it; ' +
        'to run the desktop app, connect to the internet and run `npm run setup:electron`.',
    );
  }
}

if (electronBinary() && !hasElectronBinding()) {
  try {
    await buildElectronBinding();
  } catch (error) {
    warn(
      `better-sqlite3 could not be built for Electron (${error.message.split('\n')[0]}). ` +
        'Run `npm run setup:electron` when online.',
    );
  }
}
