import { resolve } from 'node:path';
import { backUpWorkbook, listBackups, restoreBackup } from '../../db/backups/workbook-backups';
import { basename } from 'node:path';
import { UsageError } from '../cli-errors';
import { formatTable } from '../format-table';
import { openForCli } from '../open-for-cli';
import type { CommandContext } from './command';

function backupDir(flags: CommandContext['flags']): string {
  const dir = flags.dir as string | undefined;
  if (!dir) throw new UsageError('--dir names the folder the backups are kept in');
  return resolve(dir);
}

/** `iwb backup FILE --dir DIR`: a consistent copy of the workbook now, pruning old ones. */
export async function backupCommand({ positionals, flags, json, print }: CommandContext): Promise<void> {
  const dir = backupDir(flags);
  const workbook = openForCli(positionals[0]!, { readonly: true });
  try {
    const made = await backUpWorkbook(workbook, dir, new Date().toISOString());
    if (json) return print(JSON.stringify(made));
    print(`backed up ${made.of} to ${made.path}`);
  } finally {
    workbook.close();
  }
}

/** `iwb backups --dir DIR [FILE] [--json]`: the backups kept, newest first. */
export function backupsCommand({ positionals, flags, json, print }: CommandContext): void {
  const file = positionals[0];
  const list = listBackups(backupDir(flags), file === undefined ? undefined : basename(file));
  if (json) return print(JSON.stringify(list));
  if (list.length === 0) return print('no backups');
  print(
    formatTable(
      ['of', 'taken at', 'file'],
      list.map((b) => [b.of, b.takenAt, b.path]),
    ),
  );
}

/** `iwb restore BACKUP OUT`: a backup into a new workbook file; the backup stays as it is. */
export async function restoreCommand({ positionals, print }: CommandContext): Promise<void> {
  const [backup, out] = positionals;
  await restoreBackup(resolve(backup!), resolve(out!));
  print(`restored ${basename(backup!)} to ${resolve(out!)}`);
}
