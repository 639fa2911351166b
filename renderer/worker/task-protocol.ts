/**
 * The messages between the page and an engine worker. A worker runs one task: the page posts a
 * request, the worker posts progress (any number) and then one result or one failure.
 */

/** How far a task has got: `done` of `total` steps. */
export interface TaskProgress {
  readonly done: number;
  readonly total: number;
}

/** A task: a pure function of its input that may report progress as it goes. */
export type Task<Input, Output> = (input: Input, report: (progress: TaskProgress) => void) => Output;

/** The tasks a worker serves, by name. */
export type TaskTable = Record<string, Task<never, unknown>>;

export interface TaskRequest {
  readonly task: string;
  readonly input: unknown;
}

export type TaskReply =
  | { readonly kind: 'progress'; readonly progress: TaskProgress }
  | { readonly kind: 'done'; readonly output: unknown }
  | { readonly kind: 'failed'; readonly message: string };

/** The worker's side of a message channel: the worker's global scope, or a test's stand-in. */
export interface TaskPort {
  postMessage(reply: TaskReply): void;
  addEventListener(type: 'message', listener: (event: { readonly data: TaskRequest }) => void): void;
}

/**
 * Serves `tasks` on `port`: runs each request's task and posts its progress and its output, or the
 * message of what it threw (the engine's refusals say what was wrong for people).
 */
export function serveTasks(tasks: TaskTable, port: TaskPort): void {
  port.addEventListener('message', ({ data }) => {
    const task = Object.hasOwn(tasks, data.task) ? tasks[data.task] : undefined;
    if (!task) {
      port.postMessage({ kind: 'failed', message: `unknown engine task "${data.task}"` });
      return;
    }
    try {
      const output = task(data.input as never, (progress) =>
        port.postMessage({ kind: 'progress', progress }),
      );
      port.postMessage({ kind: 'done', output });
    } catch (error) {
      port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
