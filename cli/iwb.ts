import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main';

// Entry of the bundled `iwb` command (bin/iwb.cjs loads dist/cli/iwb.cjs); the parse worker is
// bundled beside it, in dist/workers.
const parseWorker = join(__dirname, '..', 'workers', 'parse-worker.cjs');

void main(process.argv.slice(2), process.stdout, process.stderr, {
  parseWorker: existsSync(parseWorker) ? parseWorker : undefined,
}).then((code) => {
  process.exitCode = code;
});
