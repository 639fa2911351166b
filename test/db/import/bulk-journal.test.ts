import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BULK_JOURNAL_BYTES, bulkJournal } from '../../../db/import/writing/bulk-journal';
import { createWorkbook, openWorkbook } from '../../../db/workbook';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const modeOf = (db: Database.Database) => db.pragma('journal_mode', { simple: true });

describe('bulkJournal: a large import writes through a rollback journal, then the WAL is back', () => {
  it('keeps the WAL for a small file', () => {
    const workbook = createWorkbook(join(temp.dir, 'small.iwb'));
    const restore = bulkJournal(workbook.db, BULK_JOURNAL_BYTES - 1);
    expect(modeOf(workbook.db)).toBe('wal');
    restore();
    expect(modeOf(workbook.db)).toBe('wal');
    workbook.close();
  });

  it('switches a large file to a rollback journal and restores the WAL with the busy timeout', () => {
    const workbook = createWorkbook(join(temp.dir, 'large.iwb'));
    const timeout = workbook.db.pragma('busy_timeout', { simple: true });
    const restore = bulkJournal(workbook.db, BULK_JOURNAL_BYTES);
    expect(modeOf(workbook.db)).toBe('delete');
    expect(workbook.db.pragma('busy_timeout', { simple: true })).toBe(timeout);
    restore();
    expect(modeOf(workbook.db)).toBe('wal');
    workbook.close();
  });

  it('keeps the WAL, without waiting, when another connection has the file open', () => {
    const path = join(temp.dir, 'shared.iwb');
    createWorkbook(path).close();
    const workbook = openWorkbook(path);
    const reader = new Database(path, { readonly: true });
    reader.prepare('SELECT count(*) FROM series').get();
    const start = Date.now();
    const restore = bulkJournal(workbook.db, BULK_JOURNAL_BYTES * 4);
    // The workbook's busy timeout is 5 s: the switch must not sit in it.
    expect(Date.now() - start).toBeLessThan(4000);
    expect(modeOf(workbook.db)).toBe('wal');
    restore();
    expect(modeOf(workbook.db)).toBe('wal');
    reader.close();
    workbook.close();
  });

  it('does nothing inside a transaction', () => {
    const workbook = createWorkbook(join(temp.dir, 'nested.iwb'));
    workbook.db.exec('BEGIN');
    const restore = bulkJournal(workbook.db, BULK_JOURNAL_BYTES * 4);
    workbook.db.exec('COMMIT');
    restore();
    expect(modeOf(workbook.db)).toBe('wal');
    workbook.close();
  });
});
