import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForWindow } from '../../db/open-for-window';
import { createWorkbook } from '../../db/workbook';
import { Refusal } from '../../projection/refusal';
import { makeHostileFiles } from '../helpers/hostile-files';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let files: ReturnType<typeof makeHostileFiles>;

beforeAll(() => {
  files = makeHostileFiles(temp.dir);
});
afterAll(() => temp.cleanup());

describe('openForWindow', () => {
  it('opens a sound workbook to write, with no reason to be read-only', () => {
    const path = join(temp.dir, 'sound.iwb');
    createWorkbook(path).close();
    const workbook = openForWindow(path);
    try {
      expect(workbook.readOnlyReason).toBeUndefined();
      expect(workbook.db.readonly).toBe(false);
    } finally {
      workbook.close();
    }
  });

  it('opens a workbook whose foreign keys are broken read-only, saying why, and never writes it', () => {
    const path = join(temp.dir, 'orphans.iwb');
    createWorkbook(path).close();
    const raw = new Database(path);
    raw.pragma('foreign_keys = OFF');
    raw.exec(`INSERT INTO observations (series_id, period, value, updated_at)
              SELECT 9999, period, value, updated_at FROM observations LIMIT 1`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = readFileSync(path);
    const workbook = openForWindow(path);
    try {
      expect(workbook.db.readonly).toBe(true);
      expect(workbook.readOnlyReason).toMatch(
        /^orphans\.iwb: file: a row of observations refers to a missing series; it is opened read-only/,
      );
      expect(() => workbook.db.exec('DELETE FROM observations')).toThrow(/readonly/i);
    } finally {
      workbook.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('opens a garbled workbook read-only when SQLite can still read it, else refuses it; the file stays as it was', () => {
    const before = readFileSync(files.garbled);
    let workbook;
    try {
      workbook = openForWindow(files.garbled);
    } catch (error) {
      expect(error).toBeInstanceOf(Refusal);
      expect((error as Refusal).code).toBe('corrupt');
    }
    if (workbook) {
      expect(workbook.db.readonly).toBe(true);
      expect(workbook.readOnlyReason).toMatch(/garbled\.iwb: the workbook is damaged .*opened read-only/);
      workbook.close();
    }
    expect(readFileSync(files.garbled).equals(before)).toBe(true);
  });

  it('still refuses a file that is not a workbook', () => {
    expect(() => openForWindow(files.text)).toThrow(/not an Instinct Workbook/);
  });
});
