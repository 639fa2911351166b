import { isBackupDue } from '../../projection/backup-retention';
import { repositories } from '../repositories';
import type { Workbook } from '../workbook';
import { backUpWorkbook, listBackups } from './workbook-backups';
import { basename } from 'node:path';

/**
 * Backs up an open workbook into `dir` when it is due (it changed since its last backup, at least
 * 15 minutes ago: projection/backup-retention.ts); the app calls this on a timer for each window.
 * The last change is the journal's newest entry; a read-only window is skipped (it changes nothing).
 */
export async function backUpIfDue(workbook: Workbook, dir: string, now: string): Promise<boolean> {
  if (workbook.readOnlyReason !== undefined || workbook.db.inTransaction) return false;
  const lastChange = repositories(workbook.db).journal.listRecentEntries(1)[0]?.madeAt ?? null;
  const lastBackup = listBackups(dir, basename(workbook.path))[0]?.takenAt ?? null;
  if (!isBackupDue(lastBackup, lastChange, now)) return false;
  await backUpWorkbook(workbook, dir, now);
  return true;
}
