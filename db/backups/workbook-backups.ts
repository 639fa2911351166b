import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupsToDelete, type BackupStamp } from '../../projection/backup-retention';
import { Refusal } from '../../projection/refusal';
import { openWorkbook, type Workbook } from '../workbook';

/**
 * Automatic backups of open workbooks, in a folder of the app's (its data folder; the CLI takes
 * `--dir`): `<workbook name>.<time>.iwb`, each a consistent copy made by SQLite's online backup
 * API while the workbook stays open. Old ones are pruned by projection/backup-retention.ts. A
 * backup is restored into a new file, never over the workbook.
 */

export interface BackupFile extends BackupStamp {
  readonly path: string;
  /** The workbook file name it is a backup of. */
  readonly of: string;
}

// 2026-11-30T14-05-00.123Z: an ISO time with the colons a Windows file name cannot hold replaced.
const STAMP = /^(.*)\.(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z)\.iwb$/;

const toStamp = (iso: string) => iso.replace(/:/g, '-');
const fromStamp = (stamp: string) => stamp.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');

/** The backups in `dir`, of the workbook named `of` (its file name) or of all, newest first. */
export function listBackups(dir: string, of?: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: STAMP.exec(name) }))
    .filter((f) => f.match !== null && (of === undefined || f.match[1] === of))
    .map((f) => ({
      name: f.name,
      path: join(dir, f.name),
      of: f.match![1]!,
      takenAt: fromStamp(f.match![2]!),
    }))
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
}

/** Takes a backup of an open workbook into `dir` and prunes that workbook's old ones; returns it. */
export async function backUpWorkbook(workbook: Workbook, dir: string, now: string): Promise<BackupFile> {
  if (workbook.db.inTransaction) {
    throw new Refusal(
      'busy',
      `${basename(workbook.path)}: a change is being written; the backup waits for it`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const of = basename(workbook.path);
  const name = `${of}.${toStamp(now)}.iwb`;
  const path = join(dir, name);
  const temporary = `${path}.partial`;
  await workbook.db.backup(temporary);
  renameSync(temporary, path);
  for (const old of backupsToDelete(listBackups(dir, of), now)) rmSync(join(dir, old.name), { force: true });
  return { name, path, of, takenAt: now };
}

/** Restores a backup into a new file at `destination` (refused if it exists); the backup stays. */
export async function restoreBackup(
  backupPath: string,
  destination: string,
  options: { readonly nativeBinding?: string } = {},
): Promise<void> {
  if (existsSync(destination)) {
    throw new Refusal('exists', `${basename(destination)}: a file with this name already exists`);
  }
  // Refuses anything that is not a sound workbook this version can open, before copying it.
  const source = openWorkbook(backupPath, { ...options, readonly: true });
  try {
    await source.db.backup(`${destination}.partial`);
    renameSync(`${destination}.partial`, destination);
  } finally {
    source.close();
  }
}
