import { app } from 'electron';
import { join } from 'node:path';

/** The app's backup folder: `backups` in its data folder (db/backups/ holds the logic). */
export function backupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}
