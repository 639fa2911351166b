import { basename, extname } from 'node:path';
import { listBackups, restoreBackup } from '../../../db/backups/workbook-backups';
import { checkWorkbook } from '../../../db/check-workbook';
import { Refusal } from '../../../projection/refusal';
import { runActivity } from './activity';
import type { Handler } from './handler-context';

/** `workbook:check`: Help › Check Workbook (db/check-workbook.ts; reads only). */
export const check: Handler<'workbook:check'> = ({ workbook }) => ({ problems: checkWorkbook(workbook.db) });

/** `backups:list`: Help › Backups, this workbook's automatic backups, newest first. */
export const listWorkbookBackups: Handler<'backups:list'> = ({ workbook, desktop }) =>
  listBackups(desktop.backupFolder, basename(workbook.path)).map(({ name, takenAt }) => ({ name, takenAt }));

/**
 * `backups:restore`: copies one of this workbook's backups into a new file the user names (never
 * over a workbook) and opens it in a window of its own.
 */
export const restore: Handler<'backups:restore'> = async (context, input) => {
  const { workbook, desktop } = context;
  const backup = listBackups(desktop.backupFolder, basename(workbook.path)).find(
    (b) => b.name === input.name,
  );
  if (!backup) throw new Refusal('not_found', `${input.name}: no such backup of ${basename(workbook.path)}`);
  const stem = basename(workbook.path, extname(workbook.path));
  const chosen = await desktop.chooseSavePath({
    title: 'Restore backup as',
    defaultName: `${stem} (restored ${backup.takenAt.slice(0, 10)}).iwb`,
    extension: 'iwb',
    filterName: 'Instinct Workbook',
  });
  if (chosen === null) return null;
  const path = extname(chosen).toLowerCase() === '.iwb' ? chosen : `${chosen}.iwb`;
  await runActivity(workbook, context.emit, 'restoring', () =>
    restoreBackup(backup.path, path, context.nativeBinding ? { nativeBinding: context.nativeBinding } : {}),
  );
  desktop.openWorkbook(path);
  return { path, fileName: basename(path) };
};
