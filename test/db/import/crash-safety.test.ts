import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook } from '../../../db/workbook';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = join(process.cwd(), 'bin', 'iwb.cjs');
const ROWS = 200_000;
const temp = makeTempDir();
const base = join(temp.dir, 'base.iwb');
const data = join(temp.dir, 'big.csv');
let before = 0;

beforeAll(() => {
  createWorkbook(base).close();
  const lines = ['period,company,metric,value,source'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`${1950 + ((i % 800) >> 2)}Q${(i % 4) + 1},Co${Math.floor(i / 800)},m,${i}.5,https://x`);
  writeFileSync(data, `${lines.join('\n')}\n`);
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
  name: string,
  when: (line: string, ms: number) => boolean,
): Promise<{ file: string; wasKilled: boolean }> {
  const file = join(temp.dir, `${name}.iwb`);
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

describe('SIGKILL during `iwb import` leaves the workbook as it was or fully imported', () => {
  it.each([
    ['at once', (_line: string, ms: number) => ms >= 0],
    ['after 80 ms', (_line: string, ms: number) => ms >= 80],
    ['at the first progress line', (line: string) => line.startsWith('progress')],
    ['half way through the file', (line: string) => /^progress ([5-9]\d)%/.test(line)],
    ['when the file is read (writing, committing)', (line: string) => line.startsWith('progress 100%')],
  ])('killed %s', async (name, when) => {
    const { file, wasKilled } = await importAndKill(name.replace(/\W+/g, '-'), when);
    expect(wasKilled).toBe(true);
    expect([NOTHING(), EVERYTHING()]).toContainEqual(inspect(file));
  });

  it('killed at many moments in turn, never leaves a partial import', async () => {
    for (const ms of [150, 300, 450, 600, 800, 1000, 1300]) {
      const { file } = await importAndKill(`at-${ms}`, (_line, elapsed) => elapsed >= ms);
      expect([NOTHING(), EVERYTHING()]).toContainEqual(inspect(file));
    }
  }, 60_000);

  it('not killed, imports every row', async () => {
    const { file } = await importAndKill('not-killed', () => false);
    expect(inspect(file)).toEqual(EVERYTHING());
  });
});
