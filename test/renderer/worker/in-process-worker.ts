import type { WorkerLike } from '../../../renderer/worker/run-in-worker';
import {
  serveTasks,
  type TaskReply,
  type TaskRequest,
  type TaskTable,
} from '../../../renderer/worker/task-protocol';

export interface InProcessWorker extends WorkerLike {
  readonly isTerminated: boolean;
  /** Raises the worker's error event, as a worker script that fails to load does. */
  fail(message: string): void;
}

/**
 * A stand-in for a Web Worker (vitest runs in Node, which has none): it serves `tasks` with the
 * worker's own serveTasks and passes each message on in a later task, as postMessage does. Once
 * terminated it delivers nothing more.
 */
export function inProcessWorker(tasks: TaskTable): InProcessWorker {
  const toPage: ((event: { data: TaskReply }) => void)[] = [];
  const onError: ((event: { message?: string }) => void)[] = [];
  const toWorker: ((event: { data: TaskRequest }) => void)[] = [];
  let isTerminated = false;
  const later = (deliver: () => void) =>
    setTimeout(() => {
      if (!isTerminated) deliver();
    }, 0);
  serveTasks(tasks, {
    postMessage: (reply) => later(() => toPage.forEach((listener) => listener({ data: reply }))),
    addEventListener: (_type, listener) => toWorker.push(listener),
  });
  return {
    get isTerminated() {
      return isTerminated;
    },
    postMessage: (request) => later(() => toWorker.forEach((listener) => listener({ data: request }))),
    terminate: () => {
      isTerminated = true;
    },
    addEventListener: (type: 'message' | 'error', listener: never) => {
      if (type === 'message') toPage.push(listener);
      else onError.push(listener);
    },
    fail: (message) => later(() => onError.forEach((listener) => listener({ message }))),
  };
}
