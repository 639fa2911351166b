// Finds Electron's binary and builds better-sqlite3 for Electron's ABI into native/electron/.
// Shared by postinstall.mjs (on npm install) and start.mjs (on npm start). See
// docs/ARCHITECTURE.md, "Native module": the Node build in node_modules serves tests and the CLI;
// this second build serves the app through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const nativeDir = join(root, 'native', 'electron');
export const nativeBindingFile = join(nativeDir, 'better_sqlite3.node');

function packageVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Path of Electron's executable, or null when its binary was never downloaded. */
export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs electron's own download step (npm's allowScripts skips it so a failure cannot fail install). */
export function downloadElectron() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: join(root, 'node_modules', 'electron'),
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (result.status === 0 && electronBinary()) return { ok: true };
  const lines = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n');
  return { ok: false, reason: lines.find((l) => /Error/.test(l)) ?? lines[0] ?? 'unknown error' };
}

function bindingStamp() {
  return { electron: packageVersion('electron'), betterSqlite3: packageVersion('better-sqlite3') };
}

/** True when native/electron holds better-sqlite3 built for the installed Electron. */
export function hasElectronBinding() {
  try {
    const stamp = JSON.parse(readFileSync(join(nativeDir, 'stamp.json'), 'utf8'));
    const want = bindingStamp();
    return (
      existsSync(nativeBindingFile) &&
      stamp.electron === want.electron &&
      stamp.betterSqlite3 === want.betterSqlite3
    );
  } catch {
    return false;
  }
}

/**
 * Builds better-sqlite3 for Electron in a scratch copy (so the Node build in node_modules, which
 * tests and the CLI load, is left alone) with @electron/rebuild: a prebuilt binary when one is
 * published, otherwise a compile against Electron's headers.
 */
export async function buildElectronBinding() {
  const scratch = join(root, 'native', '.rebuild');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, 'node_modules'), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(scratch, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({
      name: 'iwb-native',
      version: '1.0.0',
      dependencies: { 'better-sqlite3': packageVersion('better-sqlite3') },
    }),
  );
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({
      buildPath: scratch,
      electronVersion: packageVersion('electron'),
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    mkdirSync(nativeDir, { recursive: true });
    cpSync(
      join(scratch, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
      nativeBindingFile,
    );
    writeFileSync(join(nativeDir, 'stamp.json'), JSON.stringify(bindingStamp(), null, 2));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Makes the desktop app runnable: downloads Electron's binary when it is missing (unless
 * `isDownloadAllowed` is false) and builds better-sqlite3 for it. Says which step failed, if one
 * did: `skipped` when the binary is missing and was not to be downloaded, `download`, or `binding`;
 * the caller decides whether that is a warning (npm install) or a failure (setup:electron).
 */
export async function setUpElectron({ isDownloadAllowed }) {
  if (!electronBinary()) {
    if (!isDownloadAllowed) return { failed: 'skipped', reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
    const download = downloadElectron();
    if (!download.ok) return { failed: 'download', reason: download.reason };
  }
  if (!hasElectronBinding()) {
    try {
      await buildElectronBinding();
    } catch (error) {
      return { failed: 'binding', reason: error.message.split('\n')[0] };
    }
  }
  return { failed: null, reason: null };
}
