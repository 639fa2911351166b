// `npm run setup:electron`: installs what the desktop app needs beyond npm install (Electron's
// binary, better-sqlite3 built for Electron). Unlike npm install's postinstall, which only warns so
// that install succeeds offline, this fails (exit 1) when the app still cannot run, so a script
// that calls it knows.
import { setUpElectron } from './electron-setup.mjs';

const { failed, reason } = await setUpElectron({ isDownloadAllowed: true });
if (failed === 'download') {
  process.stderr.write(
    `error: Electron's binary could not be downloaded (${reason}). Connect to the internet and run \`npm run setup:electron\` again.\n`,
  );
  process.exitCode = 1;
} else if (failed === 'binding') {
  process.stderr.write(`error: better-sqlite3 could not be built for Electron (${reason}).\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('Electron and better-sqlite3 for Electron are installed: `npm start` runs the app.\n');
}
