import Database from 'better-sqlite3';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../db/import';
import { PAGES_ONCE_FROM_BYTES, writePagesOnce } from '../../../db/import/writing/pages-once';
import { createWorkbook, type Workbook } from '../../../db/workbook';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const mode = (db = wb.db) => db.pragma('journal_mode', { simple: true });

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

describe('writePagesOnce', () => {
  it('leaves a small import in WAL', () => {
    const restore = writePagesOnce(wb.db, PAGES_ONCE_FROM_BYTES - 1);
    expect(mode()).toBe('wal');
    restore();
    expect(mode()).toBe('wal');
  });

  it('writes a large one with a rollback journal, and puts WAL back', () => {
    const restore = writePagesOnce(wb.db, PAGES_ONCE_FROM_BYTES);
    expect(mode()).toBe('delete');
    restore();
    expect(mode()).toBe('wal');
  });

  it('stays in WAL when another connection has the file open', () => {
    const other = new Database(join(temp.dir, 'w.iwb'), { readonly: true });
    try {
      other.prepare('SELECT count(*) FROM series').get();
      const restore = writePagesOnce(wb.db, PAGES_ONCE_FROM_BYTES);
      expect(mode()).toBe('wal');
      restore();
      expect(mode()).toBe('wal');
    } finally {
      other.close();
    }
  });
});

describe('a large import', () => {
  // 100 companies × 1,000 quarters: above the size from which pages are written once.
  function writeLargeCsv(): string {
    const path = join(temp.dir, 'large.csv');
    const lines = ['period,company,metric,value,source'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `${1950 + ((i % 1000) >> 2)}Q${(i % 4) + 1},Co${Math.floor(i / 1000)},metric,${i}.25,https://example.com/q`,
      );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect(statSync(path).size).toBeGreaterThan(PAGES_ONCE_FROM_BYTES);
    return path;
  }
  const count = () => wb.db.prepare<[], number>('SELECT count(*) FROM observations').pluck().get()!;

  it('imports every value and leaves the workbook in WAL and sound, alone or beside a reader', async () => {
    const path = writeLargeCsv();
    const before = count();
    const alone = await importFile(wb.db, { path, options: {} });
    expect(alone.inserted).toBe(100_000);
    expect(mode()).toBe('wal');
    expect(count()).toBe(before + 100_000);

    const other = new Database(join(temp.dir, 'w.iwb'), { readonly: true });
    try {
      other.prepare('SELECT count(*) FROM series').get();
      const beside = await importFile(wb.db, { path, options: {} });
      expect(beside.unchanged).toBe(100_000);
      expect(mode()).toBe('wal');
    } finally {
      other.close();
    }
    expect(wb.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);
});
