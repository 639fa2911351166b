// Bundles the Node-side entry points (Electron main and preload, the CLI, the import's parse worker) with
// esbuild. SQL migrations and the default workbook's CSV files are embedded as text, so the
// bundles never read files beside themselves. Runs on `npm install` (prepare) and before tests.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  loader: { '.sql': 'text', '.csv': 'text' },
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
};

const entries = [
  { entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' },
  { entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload/index.cjs', target: 'chrome130' },
  { entryPoints: ['cli/iwb.ts'], outfile: 'dist/cli/iwb.cjs' },
  // The import's parse worker thread, started by the CLI and the app (db/import/value-source.ts).
  { entryPoints: ['db/import/reading/parse-worker.ts'], outfile: 'dist/workers/parse-worker.cjs' },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
