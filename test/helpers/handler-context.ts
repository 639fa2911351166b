import type { Workbook } from '../../db/workbook';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../electron/contract';
import type { DesktopSide, HandlerContext, SaveRequest } from '../../electron/main/handlers/handler-context';
import type { PaperSize } from '../../projection/workbook-files';
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
  desktop: DesktopSide = testDesktop(),
): HandlerContext {
  return {
    workbook,
    now: () => '2026-11-25T00:00:00.000Z',
    chooseImportFile: () => Promise.resolve(chosen()),
    emit: (name, payload) => emitted.push({ name, payload, at: performance.now() }),
    parseWorker: parseWorkerPath(join(process.cwd(), 'dist', 'main')),
    desktop,
  };
}

/**
 * The desktop's part as tests see it: each save dialog answers the next of `saveAnswers` (null:
 * the user cancels; none left: cancels too) and is recorded in `saveRequests`; the printer answers
 * `printed` for the paper asked (the e2e tests print the real page); clipboard images and opened
 * workbooks are recorded.
 */
export interface TestDesktop extends DesktopSide {
  readonly saveAnswers: (string | null)[];
  readonly saveRequests: SaveRequest[];
  readonly printedPapers: PaperSize[];
  readonly copied: Uint8Array[];
  readonly opened: string[];
  /** What readClipboard answers. */
  clipboard: { text: string; html: string };
}

export function testDesktop(backupFolder = '/nonexistent/backups'): TestDesktop {
  const desktop: TestDesktop = {
    saveAnswers: [],
    saveRequests: [],
    printedPapers: [],
    copied: [],
    clipboard: { text: '', html: '' },
    opened: [],
    backupFolder,
    chooseSavePath: (request) => {
      desktop.saveRequests.push(request);
      return Promise.resolve(desktop.saveAnswers.shift() ?? null);
    },
    printToPdf: (paper) => {
      desktop.printedPapers.push(paper);
      return Promise.resolve(new TextEncoder().encode(`%PDF-1.4\n% ${paper}\n%%EOF\n`));
    },
    copyImage: (png) => desktop.copied.push(png),
    readClipboard: () => Promise.resolve(desktop.clipboard),
    writeClipboard: (clip) => {
      desktop.clipboard = clip;
      return Promise.resolve();
    },
    openWorkbook: (path) => desktop.opened.push(path),
  };
  return desktop;
}
