import type { ImportProgress } from '../../../db/import';
import type { Workbook } from '../../../db/workbook';
import type { EmitEvent } from './handler-context';
import { throttle } from './throttle';

/** The preview or commit running on a workbook: what cancel aborts. */
interface RunningImport {
  readonly controller: AbortController;
}

export interface ImportHooks {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ImportProgress) => void;
}

/** The pipeline reports every chunk; the page repaints a progress bar, so ten a second is plenty. */
export const PROGRESS_EVENT_INTERVAL_MS = 100;

const running = new WeakMap<Workbook, RunningImport>();

/**
 * Runs `work` as the workbook's import until it settles, so that imports:cancel reaches it, and
 * pushes its progress to the page as `imports:progress` events (throttled). A window shows one
 * preview at a time, so a new preview cancels the one still reading (its reply is stale, and so is
 * its progress: only the workbook's current import reports); a commit cancels it too, as the
 * commit's writes would change what it reads. Nothing starts beside a commit: dispatch's gate
 * refuses it first.
 */
export async function runImport<T>(
  workbook: Workbook,
  phase: 'preview' | 'commit',
  emit: EmitEvent,
  work: (hooks: ImportHooks) => Promise<T>,
): Promise<T> {
  running.get(workbook)?.controller.abort();
  const job: RunningImport = { controller: new AbortController() };
  running.set(workbook, job);
  const report = throttle(
    (progress: ImportProgress) => emit('imports:progress', { phase, ...progress }),
    PROGRESS_EVENT_INTERVAL_MS,
  );
  try {
    return await work({
      signal: job.controller.signal,
      onProgress: (progress) => {
        if (running.get(workbook) === job) report(progress);
      },
    });
  } finally {
    if (running.get(workbook) === job) running.delete(workbook);
  }
}

/** Cancels the workbook's running import; false when none runs. */
export function cancelImport(workbook: Workbook): boolean {
  const job = running.get(workbook);
  if (!job || job.controller.signal.aborted) return false;
  job.controller.abort();
  return true;
}
