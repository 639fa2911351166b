import type { Workbook } from '../../db/workbook';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { parseWorkerPath } from '../../electron/main/parse-worker-path';

/** One event a handler pushed to the page, and when (performance.now(), ms). */
export interface EmittedEvent<E extends EventName = EventName> {
  readonly name: E;
  readonly payload: EventPayload<E>;
  readonly at: number;
}

/**
 * A handler context over a real workbook, as main builds one per message. The open dialog is the
 * one part that needs Electron: `chosen` stands in for the user's pick (null: they cancel). The
 * events handlers push to the page are appended to `emitted`. Large files are read on the built
 * parse worker, as in the app.
 */
export function handlerContext(
  workbook: Workbook,
  chosen: () => string | null = () => null,
  emitted: EmittedEvent[] = [],
): HandlerContext {
  return {
    workbook,
    now: () => '2026-11-25T00:00:00.000Z',
    chooseImportFile: () => Promise.resolve(chosen()),
    emit: (name, payload) => emitted.push({ name, payload, at: performance.now() }),
    parseWorker: parseWorkerPath(join(process.cwd(), 'dist', 'main')),
  };
}
