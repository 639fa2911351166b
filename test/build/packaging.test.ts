import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

// electron-builder --dir with a stub Electron distribution: the real binary cannot be downloaded
// here, and the packaging layout (what goes into app.asar, what is unpacked) does not depend on it.
const temp = makeTempDir('iwb-pack-');
afterAll(() => temp.cleanup());

describe('electron-builder --dir', () => {
  it('packs the built main, preload and renderer, no tests, and unpacks the native module and the parse worker', () => {
    const stub = join(temp.dir, 'electron-dist');
    const output = join(temp.dir, 'release');
    spawnSync('mkdir', ['-p', stub]);
    writeFileSync(join(stub, 'electron'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(stub, 'electron'), 0o755);
    const result = spawnSync(
      process.execPath,
      [
        join('node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        '--config',
        'build/electron-builder.config.cjs',
        `-c.electronDist=${stub}`,
        `-c.directories.output=${output}`,
      ],
      { encoding: 'utf8', timeout: 5 * 60_000 },
    );
    expect(result.status, result.stderr + result.stdout).toBe(0);

    const resources = join(output, 'linux-unpacked', 'resources');
    const files = listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) =>
      f.replaceAll('\\', '/'),
    );
    for (const required of [
      '/dist/main/index.cjs',
      '/dist/preload/index.cjs',
      '/dist/renderer/index.html',
      '/package.json',
    ]) {
      expect(files).toContain(required);
    }
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => /^\/(test|bench|db|cli|projection|renderer|electron)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(test|spec)\.[jt]sx?$|\.map$/.test(f))).toEqual([]);
    expect(files.filter((f) => /node_modules\/(react|ag-grid|zod|vitest|electron\/)/.test(f))).toEqual([]);

    const unpacked = join(
      resources,
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
    );
    expect(existsSync(join(unpacked, 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(resources, 'app.asar.unpacked', 'dist', 'workers', 'parse-worker.cjs'))).toBe(
      true,
    );
    expect(existsSync(join(output, 'linux-unpacked', 'instinct-workbook'))).toBe(true);
  });
});
