import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The import's parse worker, bundled beside the main process in dist/workers (a packaged app
 * keeps it unpacked, beside app.asar: see build/electron-builder.config.cjs). Undefined when it is
 * missing, and imports then read files on the main thread.
 */
export function parseWorkerPath(mainDirectory: string = __dirname): string | undefined {
  const file = join(mainDirectory, '..', 'workers', 'parse-worker.cjs').replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  return existsSync(file) ? file : undefined;
}
