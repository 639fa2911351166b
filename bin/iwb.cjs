#!/usr/bin/env node
// The `iwb` command: runs the bundled CLI (built by `npm install` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'iwb.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('iwb: the CLI is not built yet; run `npm install` or `npm run build` first\n');
  process.exit(1);
}
require(bundle);
