import type { Workbook } from '../../db/workbook';
import { join } from 'node:path';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { parseWorkerPath } from '../../electron/main/parse-worker-path';

/**
 * A handler context over a real workbook, as main builds one per message. The open dialog is the
 * one part that needs Electron: `chosen` stands in for the user's pick (null: they cancel). Large
 * files are read on the built parse worker, as in the app.
 */
export function handlerContext(workbook: Workbook, chosen: () => string | null = () => null): HandlerContext {
  return {
    workbook,
    now: () => '2026-11-25T00:00:00.000Z',
    chooseImportFile: () => Promise.resolve(chosen()),
    parseWorker: parseWorkerPath(join(process.cwd(), 'dist', 'main')),
  };
}
