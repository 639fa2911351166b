import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setObservation } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook } from '../../db/workbook';
import { lockPathOf } from '../../db/writer-lock';
import { runCli } from '../helpers/run-cli';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** Another process holding `path` open for writing; resolves once it says it holds it. */
function holdInAnotherProcess(path: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './build/scripts/text-assets-hook.mjs',
      'test/helpers/hold-workbook.ts',
      path,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('holding')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the holding process exited with ${code}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.on('exit', resolve));

describe('one writer per workbook', () => {
  it('refuses a second process the right to write, lets it read, and frees the file when the first closes', async () => {
    const path = join(temp.dir, 'w.iwb');
    createWorkbook(path).close();
    expect(existsSync(lockPathOf(path))).toBe(false);
    const holder = await holdInAnotherProcess(path);
    try {
      expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: holder.pid });
      expect(() => openWorkbook(path)).toThrow(
        new RegExp(`w.iwb is open for writing in another process \\(${holder.pid} on `),
      );
      // The CLI refuses to write (exit 1, one line) and leaves the file as it was; reading works.
      const before = readFileSync(path);
      const set = runCli('set', path, 'amd.instinct_revenue_est', '2025Q1', '1600');
      expect(set.code).toBe(1);
      expect(set.stderr).toMatch(/is open for writing in another process/);
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(runCli('get', path, 'amd.instinct_revenue_est').code).toBe(0);
      const reader = openWorkbook(path, { readonly: true });
      expect(() =>
        setObservation(
          reader.db,
          { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1 },
          'now',
        ),
      ).toThrow(/readonly/);
      reader.close();
    } finally {
      holder.stdin!.end();
      await exited(holder);
    }
    expect(existsSync(lockPathOf(path))).toBe(false);
    const writer = openWorkbook(path);
    setObservation(
      writer.db,
      { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1600 },
      'now',
    );
    writer.close();
  }, 60_000);

  it('takes over the lock of a process that died holding it', async () => {
    const path = join(temp.dir, 'crashed.iwb');
    createWorkbook(path).close();
    const holder = await holdInAnotherProcess(path);
    holder.kill('SIGKILL');
    await exited(holder);
    expect(existsSync(lockPathOf(path))).toBe(true);
    const writer = openWorkbook(path);
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid });
    writer.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  }, 60_000);

  it('counts the connections of one process, releasing the lock with the last', () => {
    const path = join(temp.dir, 'twice.iwb');
    createWorkbook(path).close();
    const first = openWorkbook(path);
    const second = openWorkbook(path);
    first.close();
    expect(existsSync(lockPathOf(path))).toBe(true);
    expect(repositories(second.db).series.listSeries().length).toBeGreaterThan(0);
    second.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });
});
