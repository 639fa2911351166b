/**
 * Which automatic backups of a workbook to keep: the newest `recent` (10), and the newest of each
 * of the last `days` (7) calendar days (UTC), so a mistake noticed a week later can still be undone;
 * everything else may be deleted. And whether a new backup is due: not within `minutes` (15) of the
 * last one, and only when the workbook changed since. Pure: times come in as ISO 8601 strings.
 */

export const BACKUP_POLICY = { recent: 10, days: 7, minutes: 15 } as const;

export interface BackupStamp {
  readonly name: string;
  /** When it was taken, ISO 8601 UTC. */
  readonly takenAt: string;
}

/** The backups to delete under the policy, oldest first. */
export function backupsToDelete(
  backups: readonly BackupStamp[],
  now: string,
  policy: { readonly recent: number; readonly days: number } = BACKUP_POLICY,
): BackupStamp[] {
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, policy.recent).map((b) => b.name));
  const oldestDay = new Date(Date.parse(now) - (policy.days - 1) * 86_400_000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const b of newestFirst) {
    const day = b.takenAt.slice(0, 10);
    if (day >= oldestDay && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(b.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).reverse();
}

/** True when a backup should be taken now: the workbook changed since the last one, at least `minutes` ago. */
export function isBackupDue(
  lastBackupAt: string | null,
  lastChangeAt: string | null,
  now: string,
  minutes: number = BACKUP_POLICY.minutes,
): boolean {
  if (lastChangeAt === null) return false;
  if (lastBackupAt === null) return true;
  return lastChangeAt > lastBackupAt && Date.parse(now) - Date.parse(lastBackupAt) >= minutes * 60_000;
}
