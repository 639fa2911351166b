import type { ImportPhase, ImportProgress, RunningImportProgress } from '../../../db/import';
import type { Workbook } from '../../../db/workbook';

/** The preview or commit running on a workbook: what progress reports and cancel aborts. */
interface RunningImport {
  readonly phase: Exclude<ImportPhase, 'idle'>;
  readonly controller: AbortController;
  progress: ImportProgress;
}

export interface ImportHooks {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ImportProgress) => void;
}

const running = new WeakMap<Workbook, RunningImport>();

/**
 * Runs `work` as the workbook's import until it settles, so that imports:progress and
 * imports:cancel reach it. A window shows one preview at a time, so a new preview cancels the one
 * still reading (its reply is stale); a commit cancels it too, as the commit's writes would change
 * what it reads. Nothing starts beside a commit: dispatch's gate refuses it first.
 */
export async function runImport<T>(
  workbook: Workbook,
  phase: RunningImport['phase'],
  work: (hooks: ImportHooks) => Promise<T>,
): Promise<T> {
  running.get(workbook)?.controller.abort();
  const job: RunningImport = {
    phase,
    controller: new AbortController(),
    progress: { bytesRead: 0, totalBytes: 0, values: 0 },
  };
  running.set(workbook, job);
  try {
    return await work({
      signal: job.controller.signal,
      onProgress: (progress) => {
        job.progress = progress;
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

/** How far the workbook's running import has got, or `idle`. */
export function importProgress(workbook: Workbook): RunningImportProgress {
  const job = running.get(workbook);
  if (!job) return { phase: 'idle', bytesRead: 0, totalBytes: 0, values: 0 };
  return { phase: job.phase, ...job.progress };
}
