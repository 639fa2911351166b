import Database from 'better-sqlite3';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkbook } from '../../db/workbook';

/** Files a workbook opener must refuse, each made for real in `dir`. */
export function makeHostileFiles(
  dir: string,
): Record<'foreign' | 'text' | 'truncated' | 'future' | 'empty' | 'garbled', string> {
  const foreign = join(dir, 'foreign.iwb');
  const other = new Database(foreign);
  other.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');",
  );
  other.close();

  const text = join(dir, 'text.iwb');
  writeFileSync(text, 'period,value\n2024Q1,100\n');

  const truncated = join(dir, 'truncated.iwb');
  createWorkbook(truncated).close();
  const size = readFileSync(truncated).length;
  truncateSync(truncated, Math.floor(size / 2));

  const future = join(dir, 'future.iwb');
  const wb = createWorkbook(future);
  wb.db.pragma('user_version = 999');
  wb.close();

  const empty = join(dir, 'empty.iwb');
  writeFileSync(empty, '');

  // A workbook whose pages past the header are overwritten with noise: header checks pass,
  // SQLite's own check must catch it.
  const garbled = join(dir, 'garbled.iwb');
  createWorkbook(garbled).close();
  const bytes = readFileSync(garbled);
  for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
  writeFileSync(garbled, bytes);

  return { foreign, text, truncated, future, empty, garbled };
}
