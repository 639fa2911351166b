import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkerPath } from '../../electron/main/parse-worker-path';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('parseWorkerPath', () => {
  it('finds the worker beside the main bundle, outside app.asar in a packaged app', () => {
    const resources = join(temp.dir, 'resources');
    const unpacked = join(resources, 'app.asar.unpacked', 'dist', 'workers');
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, 'parse-worker.cjs'), '');
    expect(parseWorkerPath(join(resources, 'app.asar', 'dist', 'main'))).toBe(
      join(unpacked, 'parse-worker.cjs'),
    );
  });

  it('finds the worker of a development build, and says when there is none', () => {
    expect(parseWorkerPath(join(process.cwd(), 'dist', 'main'))).toBe(
      join(process.cwd(), 'dist', 'workers', 'parse-worker.cjs'),
    );
    expect(parseWorkerPath(join(temp.dir, 'nowhere', 'main'))).toBeUndefined();
  });
});
