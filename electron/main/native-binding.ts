import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is built twice: for Node (tests, CLI) in node_modules, and for Electron's ABI in
 * native/electron/ by the postinstall script (see docs/ARCHITECTURE.md). Inside a packaged app the
 * native folder sits beside app.asar in app.asar.unpacked.
 */
export function electronNativeBinding(): string | undefined {
  const file = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node').replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  return existsSync(file) ? file : undefined;
}
