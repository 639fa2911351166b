import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { APPLICATION_ID, readWorkbookHeader } from './file-header';
import { migrations, SCHEMA_VERSION } from './migrations';
import { seedDefaultAliases } from './seed/default-aliases';
import { seedDefaultContent } from './seed/seed-default-content';
import { Refusal } from '../projection/refusal';
import { acquireWriterLock } from './writer-lock';

import type { Db } from './db';

export type { Db };

/** Page size of new workbooks (see createWorkbook); files made with other sizes open as they are. */
export const PAGE_SIZE = 16384;

export interface OpenOptions {
  /** Path of better-sqlite3's native module built for the running runtime (Electron). */
  readonly nativeBinding?: string;
  /** Open without writing anything; migrations are not applied. */
  readonly readonly?: boolean;
  /**
   * With `readonly`: open even when SQLite's quick check finds damage, so the app can show what
   * is still readable (read-only, with the reason) instead of nothing.
   */
  readonly allowDamaged?: boolean;
}

/** An open workbook file. All repositories take its `db`. */
export interface Workbook {
  readonly path: string;
  readonly db: Db;
  /** Why it is open read-only when another process writes it (the app says so); absent otherwise. */
  readonly readOnlyReason?: string;
  close(): void;
}

function connect(path: string, options: OpenOptions, readonly: boolean, mustExist: boolean): Db {
  return new Database(path, {
    readonly,
    fileMustExist: mustExist,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/**
 * A read-only connection. SQLite may create -wal and -shm files beside a WAL workbook even to
 * read it; those it created (and that hold no data) are removed again on close, so reading a file
 * leaves its folder as it was.
 */
function readonlyConnection(path: string, options: OpenOptions): { db: Db; close: () => void } {
  const sideFiles = ['-wal', '-shm'].map((suffix) => path + suffix).filter((file) => !existsSync(file));
  const db = connect(path, options, true, true);
  return {
    db,
    close: () => {
      if (db.open) db.close();
      const wal = `${path}-wal`;
      if (sideFiles.includes(wal) && existsSync(wal) && statSync(wal).size > 0) return;
      for (const file of sideFiles) rmSync(file, { force: true });
    },
  };
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** Applies every migration newer than the file's `user_version`, each in its own transaction. */
function migrate(db: Db, from: number): void {
  for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
    const migration = migrations[version - 1]!;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

/**
 * A consistent copy made by SQLite itself (never a plain file copy of a live database). VACUUM
 * INTO is synchronous, unlike better-sqlite3's backup(), so the migration waits for it.
 */
function backupBeforeMigration(db: Db, destination: string): void {
  if (existsSync(destination)) rmSync(destination);
  db.prepare('VACUUM INTO ?').run(destination);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs SQLite's own consistency check on a read-only connection; throws on damage. */
function checkIntegrity(path: string, options: OpenOptions): void {
  let connection: ReturnType<typeof readonlyConnection> | undefined;
  try {
    connection = readonlyConnection(path, options);
    const rows = connection.db.pragma('quick_check(1)') as { quick_check: string }[];
    const result = rows[0]?.quick_check ?? 'no result';
    if (result !== 'ok') {
      throw new Refusal('corrupt', `${basename(path)}: the workbook is damaged (${oneLine(result)})`);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(
      'corrupt',
      `${basename(path)}: the workbook is damaged (${oneLine((error as Error).message)})`,
    );
  } finally {
    connection?.close();
  }
}

function wrap(path: string, db: Db, release: () => void): Workbook {
  return {
    path,
    db,
    close: () => {
      if (db.open) db.close();
      release();
    },
  };
}

/**
 * Opens an existing workbook. A file that is not ours, is damaged, or comes from a newer version
 * is refused with a WorkbookFileError before anything is written to it. An older schema is first
 * copied with the backup API to `<file>.v<N>.bak`, then migrated.
 */
export function openWorkbook(path: string, options: OpenOptions = {}): Workbook {
  const header = readWorkbookHeader(path, SCHEMA_VERSION);
  if (!(options.readonly && options.allowDamaged)) checkIntegrity(path, options);
  if (options.readonly) {
    const connection = readonlyConnection(path, options);
    return { path, db: connection.db, close: connection.close };
  }
  const release = acquireWriterLock(path);
  let db: Db | undefined;
  try {
    db = connect(path, options, false, true);
    applyPragmas(db);
    if (header.userVersion < SCHEMA_VERSION) {
      if (header.userVersion > 0) backupBeforeMigration(db, `${path}.v${header.userVersion}.bak`);
      migrate(db, header.userVersion);
    }
    return wrap(path, db, release);
  } catch (error) {
    db?.close();
    release();
    throw error;
  }
}

/** Creates a new workbook at `path` holding the default content; refuses to overwrite a file. */
export function createWorkbook(
  path: string,
  options: OpenOptions & { readonly empty?: boolean } = {},
): Workbook {
  if (existsSync(path)) {
    throw new Refusal('exists', `${basename(path)}: a file with this name already exists`);
  }
  const release = acquireWriterLock(path);
  let db: Db | undefined;
  try {
    db = connect(path, options, false, false);
    // Set before anything is written. 16 KB pages (SQLite's default is 4 KB) make a large import's
    // commit write and copy a quarter as many WAL frames; a one-cell edit still writes one page.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyPragmas(db);
    migrate(db, 0);
    if (!options.empty) {
      const created = db;
      created.transaction(() => {
        seedDefaultContent(created);
        seedDefaultAliases(created);
      })();
    }
    return wrap(path, db, release);
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    release();
    throw error;
  }
}

/**
 * Writes a copy of the open workbook to `destination` with SQLite's online backup API, which
 * copies a consistent snapshot while the workbook stays open.
 */
export async function saveWorkbookCopy(workbook: Workbook, destination: string): Promise<void> {
  if (destination === workbook.path) {
    throw new Refusal('exists', `${basename(destination)}: cannot save a workbook over itself`);
  }
  // A copy taken inside a transaction (an import awaiting its file) would hold half of it.
  if (workbook.db.inTransaction) {
    throw new Refusal(
      'busy',
      `${basename(workbook.path)}: a change is being written (an import); save a copy once it is done`,
    );
  }
  const temporary = `${destination}.saving`;
  rmSync(temporary, { force: true });
  await workbook.db.backup(temporary);
  renameSync(temporary, destination);
}
