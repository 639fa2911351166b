import Database from 'better-sqlite3';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/file-header';
import { SCHEMA_VERSION } from '../../db/migrations';
import { createWorkbook, openWorkbook, PAGE_SIZE, saveWorkbookCopy } from '../../db/workbook';
import { repositories } from '../../db/repositories';
import { makeHostileFiles } from '../helpers/hostile-files';
import { makeTempDir } from '../helpers/temp-dir';
import { Refusal } from '../../projection/refusal';

const temp = makeTempDir();
let files: ReturnType<typeof makeHostileFiles>;

beforeAll(() => {
  files = makeHostileFiles(temp.dir);
});
afterAll(() => temp.cleanup());

function refusal(path: string): Refusal {
  try {
    openWorkbook(path).close();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error(`${path} was opened`);
}

describe('openWorkbook refuses what is not a healthy workbook, writing nothing', () => {
  it.each([
    ['foreign', 'foreign', /a SQLite database but not an Instinct Workbook/],
    ['text', 'not_sqlite', /not a SQLite database file/],
    ['truncated', 'truncated', /truncated or damaged/],
    ['future', 'too_new', /newer Instinct Workbook \(schema 999; this version reads up to \d+\)/],
    ['empty', 'empty', /the file is empty/],
    ['garbled', 'corrupt', /the workbook is damaged/],
  ] as const)('%s file: code %s', (name, code, message) => {
    const path = files[name];
    const before = readFileSync(path);
    const error = refusal(path);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`${name}.iwb:`);
    expect(error.message).not.toContain('\n');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('names a missing file', () => {
    expect(refusal(join(temp.dir, 'nope.iwb')).code).toBe('not_found');
  });
});

describe('createWorkbook and openWorkbook', () => {
  it('marks the file as ours with the newest schema, WAL, full sync, foreign keys and 16 KB pages', () => {
    const path = join(temp.dir, 'new.iwb');
    createWorkbook(path).close();
    const wb = openWorkbook(path);
    try {
      expect(wb.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(wb.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(wb.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(wb.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(wb.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(wb.db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
      expect(PAGE_SIZE).toBe(16384);
      const tables = wb.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
        name: string;
        sql: string;
      }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'assumptions',
          'journal',
          'fiscal_calendars',
          'imports',
          'meta',
          'observations',
          'scenarios',
          'series',
          'statements',
        ]),
      );
      for (const table of tables) expect(table.sql, table.name).toMatch(/STRICT/);
    } finally {
      wb.close();
    }
  });

  it('refuses to create over an existing file and leaves it alone', () => {
    const before = readFileSync(files.text);
    expect(() => createWorkbook(files.text)).toThrow(/already exists/);
    expect(readFileSync(files.text).equals(before)).toBe(true);
  });

  it('migrates a workbook left at schema 0 (created but never migrated)', () => {
    const path = join(temp.dir, 'v0.iwb');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const reopened = openWorkbook(path);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(repositories(reopened.db).series.listSeries()).toEqual([]);
    reopened.close();
  });

  it('Save As writes a consistent copy with the backup API while the original stays open', async () => {
    const path = join(temp.dir, 'original.iwb');
    const copyPath = join(temp.dir, 'copy.iwb');
    const wb = createWorkbook(path);
    await saveWorkbookCopy(wb, copyPath);
    const copy = openWorkbook(copyPath, { readonly: true });
    expect(repositories(copy.db).observations.summarizeObservations()).toEqual(
      repositories(wb.db).observations.summarizeObservations(),
    );
    copy.close();
    wb.close();
    await expect(
      saveWorkbookCopy(createWorkbook(join(temp.dir, 'self.iwb')), join(temp.dir, 'self.iwb')),
    ).rejects.toThrow(/over itself/);
  });

  it('refuses Save As while a transaction is open (an import awaiting its file), writing no copy', async () => {
    const wb = createWorkbook(join(temp.dir, 'busy.iwb'));
    const copyPath = join(temp.dir, 'busy-copy.iwb');
    wb.db.exec('BEGIN IMMEDIATE');
    try {
      await expect(saveWorkbookCopy(wb, copyPath)).rejects.toThrow(
        'busy.iwb: a change is being written (an import); save a copy once it is done',
      );
    } finally {
      wb.db.exec('ROLLBACK');
      wb.close();
    }
    expect(existsSync(copyPath)).toBe(false);
  });
});
