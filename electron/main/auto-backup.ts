import { app } from 'electron';
import { join } from 'node:path';
import { backUpIfDue } from '../../db/backups/backup-if-due';
import { openWorkbooks } from './workbook-windows';

const CHECK_EVERY_MS = 60_000;

/** The app's backup folder: `backups` in its data folder (db/backups/ holds the logic). */
export function backupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

/** Checks every open workbook once a minute and backs up those that are due. */
export function startAutoBackup(): void {
  setInterval(() => {
    const now = new Date().toISOString();
    for (const workbook of openWorkbooks()) {
      backUpIfDue(workbook, backupFolder(), now).catch((error: Error) =>
        console.error(`backup of ${workbook.path} failed: ${error.message}`),
      );
    }
  }, CHECK_EVERY_MS).unref();
}
