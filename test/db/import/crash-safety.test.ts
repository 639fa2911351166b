import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook } from '../../../db/workbook';
import { BULK_JOURNAL_BYTES } from '../../../db/import/writing/bulk-journal';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = join(process.cwd(), 'bin', 'iwb.cjs');
const ROWS = 200_000;
const temp = makeTempDir();
const base = join(temp.dir, 'base.iwb');
let before = 0;

/**
 * The same 200,000 values with a short source (a file under BULK_JOURNAL_BYTES: the import writes
 * through the WAL) and with a long one (over it: the import switches to a rollback journal).
 */
const FILES = [
  { journal: 'the WAL', source: 'https://x', data: join(temp.dir, 'wal.csv') },
  { journal: 'a rollback journal', source: 'https://ir.example.com/q', data: join(temp.dir, 'bulk.csv') },
] as const;

beforeAll(() => {
  createWorkbook(base).close();
  for (const { source, data } of FILES) {
    const lines = ['period,company,metric,value,source'];
    for (let i = 0; i < ROWS; i++)
      lines.push(`${1950 + ((i % 800) >> 2)}Q${(i % 4) + 1},Co${Math.floor(i / 800)},m,${i}.5,${source}`);
    writeFileSync(data, `${lines.join('\n')}\n`);
  }
  expect(statSync(FILES[0].data).size).toBeLessThan(BULK_JOURNAL_BYTES);
  expect(statSync(FILES[1].data).size).toBeGreaterThan(BULK_JOURNAL_BYTES);
  const db = new Database(base, { readonly: true });
  before = db.prepare<[], number>('SELECT count(*) FROM observations').pluck().get()!;
  db.close();
});
afterAll(() => temp.cleanup());

/**
 * Runs `iwb import` on a copy of the base workbook and kills it with SIGKILL when `when` says so
 * (given each line the command writes to stderr, and the time since it started).
 */
function importAndKill(
  data: string,
  name: string,
  when: (line: string, ms: number) => boolean,
): Promise<{ file: string; wasKilled: boolean }> {
  const file = join(temp.dir, `${basename(data, '.csv')}-${name}.iwb`);
  copyFileSync(base, file);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', file, data, '--progress', '--json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const start = Date.now();
    let wasKilled = false;
    const check = (line: string) => {
      if (!wasKilled && when(line, Date.now() - start)) {
        wasKilled = true;
        child.kill('SIGKILL');
      }
    };
    const timer = setInterval(() => check(''), 5);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => chunk.split('\n').forEach(check));
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      resolve({ file, wasKilled });
    });
  });
}

/** The workbook after the kill: SQLite's verdict, and how many values and imports it holds. */
function inspect(file: string) {
  const db = new Database(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      observations: db.prepare<[], number>('SELECT count(*) FROM observations').pluck().get(),
      imports: db.prepare<[], number>('SELECT count(*) FROM imports').pluck().get(),
      replaced: db.prepare<[], number>('SELECT count(*) FROM import_replaced').pluck().get(),
    };
  } finally {
    db.close();
  }
}

const NOTHING = () => ({ integrity: 'ok', observations: before, imports: 0, replaced: 0 });
const EVERYTHING = () => ({ integrity: 'ok', observations: before + ROWS, imports: 1, replaced: 0 });

describe.each(FILES)(
  'SIGKILL during `iwb import` through $journal leaves the workbook as it was or fully imported',
  ({ data }) => {
    it.each([
      ['at once', (_line: string, ms: number) => ms >= 0],
      ['after 80 ms', (_line: string, ms: number) => ms >= 80],
      ['at the first progress line', (line: string) => line.startsWith('progress')],
      ['half way through the file', (line: string) => /^progress ([5-9]\d)%/.test(line)],
      ['when the file is read (writing, committing)', (line: string) => line.startsWith('progress 100%')],
    ])('killed %s', async (name, when) => {
      const { file, wasKilled } = await importAndKill(data, name.replace(/\W+/g, '-'), when);
      expect(wasKilled).toBe(true);
      expect([NOTHING(), EVERYTHING()]).toContainEqual(inspect(file));
    });

    it('killed at many moments in turn, never leaves a partial import', async () => {
      for (const ms of [150, 300, 450, 600, 800, 1000, 1300]) {
        const { file } = await importAndKill(data, `at-${ms}`, (_line, elapsed) => elapsed >= ms);
        expect([NOTHING(), EVERYTHING()]).toContainEqual(inspect(file));
      }
    }, 60_000);

    it('not killed, imports every row', async () => {
      const { file } = await importAndKill(data, 'not-killed', () => false);
      expect(inspect(file)).toEqual(EVERYTHING());
      // The import leaves the workbook in WAL mode, whichever journal it wrote through.
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    });
  },
);
