import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

/**
 * `npm run setup:electron` fails when Electron cannot be installed; npm install's postinstall only
 * warns. The download is made to fail on any machine: Electron's mirror is a closed local port and
 * its download cache an empty folder. With Electron's binary already present nothing is downloaded,
 * so there is nothing to test.
 */
const temp = makeTempDir();
afterAll(() => temp.cleanup());

function hasElectronBinary(): boolean {
  try {
    const path: unknown = createRequire(join(process.cwd(), 'package.json'))('electron');
    return typeof path === 'string';
  } catch {
    return false;
  }
}

function runScript(name: string) {
  const result = spawnSync(process.execPath, [join('build', 'scripts', name)], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '',
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: temp.dir,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(hasElectronBinary())("when Electron's binary cannot be downloaded", () => {
  it('setup:electron exits 1 and says why', () => {
    const result = runScript('setup-electron.mjs');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Electron's binary could not be downloaded \(.+\)/);
  });

  it("npm install's postinstall warns and exits 0", () => {
    const result = runScript('postinstall.mjs');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: Instinct Workbook: Electron's binary could not be downloaded/);
  });
});
