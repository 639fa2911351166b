// `npm start`: checks that Electron and its native module are there (saying what is missing and how
// to get it, instead of a stack trace), builds, and opens the app on the default workbook.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary, hasElectronBinding, root } from './electron-setup.mjs';

function fail(text) {
  process.stderr.write(`\nInstinct Workbook cannot start: ${text}\n\n`);
  process.exit(1);
}

const electron = electronBinary();
if (!electron) {
  fail(
    "Electron's binary is not installed (it is downloaded during `npm install`, which needs the internet).\n" +
      'Connect to the internet and run `npm run setup:electron`, then `npm start` again.\n' +
      'Without it you can still use the CLI (`npx iwb --help`) and run `npm test`.',
  );
}
if (!hasElectronBinding()) {
  fail(
    'better-sqlite3 has not been built for Electron yet.\n' +
      'Run `npm run setup:electron` (it downloads a prebuilt module or compiles one), then `npm start` again.',
  );
}
const build = spawnSync('npm', ['run', 'build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) fail('the build failed (see above).');

const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
