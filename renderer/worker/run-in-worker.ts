import type { EngineTasks } from './engine-tasks';
import type { Task, TaskProgress, TaskReply, TaskRequest, TaskTable } from './task-protocol';

/** What the page needs of a Worker: a test can stand in an in-process one. */
export interface WorkerLike {
  postMessage(request: TaskRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { readonly data: TaskReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { readonly message?: string }) => void): void;
}

export interface RunOptions {
  /** Aborting stops the worker at once (its work is thrown away) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: TaskProgress) => void;
}

type InputOf<T> = T extends Task<infer Input, unknown> ? Input : never;
type OutputOf<T> = T extends Task<never, infer Output> ? Output : never;

/**
 * A function that runs one task of `Tasks` in a new worker and resolves with its output. Each run
 * has its own worker, ended when it settles: a task is synchronous code, so ending its worker is
 * the one way to stop it, and a fresh worker holds nothing of an earlier run.
 */
export function createTaskRunner<Tasks extends TaskTable>(createWorker: () => WorkerLike) {
  return function run<Name extends keyof Tasks & string>(
    task: Name,
    input: InputOf<Tasks[Name]>,
    { signal, onProgress }: RunOptions = {},
  ): Promise<OutputOf<Tasks[Name]>> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const worker = createWorker();
      const settle = () => {
        worker.terminate();
        signal?.removeEventListener('abort', abort);
      };
      const abort = () => {
        settle();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      worker.addEventListener('message', ({ data }) => {
        if (data.kind === 'progress') return onProgress?.(data.progress);
        settle();
        if (data.kind === 'done') resolve(data.output as OutputOf<Tasks[Name]>);
        else reject(new Error(data.message));
      });
      worker.addEventListener('error', (event) => {
        settle();
        reject(new Error(`the engine worker failed: ${event.message ?? 'it could not start'}`));
      });
      worker.postMessage({ task, input });
    });
  };
}

/**
 * Runs engine work (ENGINE_TASKS) off the UI thread: `runInWorker('goalSeek', request, { signal })`.
 * Vite bundles engine.worker.ts as its own module script, served from the app's origin (the CSP's
 * worker-src 'self').
 */
export const runInWorker = createTaskRunner<EngineTasks>(
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
);
