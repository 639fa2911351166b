import { backUpIfDue } from '../../db/backups/backup-if-due';
import { backupFolder } from './backup-folder';
import { openWorkbooks } from './workbook-windows';

const CHECK_EVERY_MS = 60_000;

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
