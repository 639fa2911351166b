// npm install's last step. Electron's binary comes from the internet, which some machines (CI,
// sandboxes) lack: then install still succeeds, with one warning, and everything but the desktop
// window (tests, CLI, end-to-end tests in Chromium) works. `npm run setup:electron`
// (setup-electron.mjs) does the same steps but fails when they fail.
import { setUpElectron } from './electron-setup.mjs';

function warn(text) {
  process.stderr.write(`\nwarning: Instinct Workbook: ${text}\n\n`);
}

const { failed, reason } = await setUpElectron({
  isDownloadAllowed: !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD,
});
if (failed === 'download') {
  warn(
    `Electron's binary could not be downloaded (${reason}). ` +
      'Tests, the CLI (npx iwb) and the Chromium end-to-end tests work without it; ' +
      'to run the desktop app, connect to the internet and run `npm run setup:electron`.',
  );
} else if (failed === 'binding') {
  warn(
    `better-sqlite3 could not be built for Electron (${reason}). Run \`npm run setup:electron\` when online.`,
  );
}
