import { describe, expect, it } from 'vitest';
import { createTaskRunner } from '../../../renderer/worker/run-in-worker';
import type { Task, TaskProgress } from '../../../renderer/worker/task-protocol';
import { inProcessWorker, type InProcessWorker } from './in-process-worker';

// Tasks of the kind the engine runs: synchronous, reporting progress as they go.
const TEST_TASKS = {
  sumTo: ((n, report) => {
    let sum = 0;
    for (let i = 1; i <= n; i++) {
      sum += i;
      report({ done: i, total: n });
    }
    return sum;
  }) as Task<number, number>,
  refuse: ((reason) => {
    throw new Error(reason);
  }) as Task<string, never>,
};

function runner() {
  const workers: InProcessWorker[] = [];
  const run = createTaskRunner<typeof TEST_TASKS>(() => {
    const worker = inProcessWorker(TEST_TASKS);
    workers.push(worker);
    return worker;
  });
  return { run, workers };
}

describe('runInWorker (createTaskRunner)', () => {
  it('resolves with the task’s output, reports its progress in order, and ends the worker', async () => {
    const { run, workers } = runner();
    const progress: TaskProgress[] = [];
    expect(await run('sumTo', 4, { onProgress: (p) => progress.push(p) })).toBe(10);
    expect(progress).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4 })));
    expect(workers.map((w) => w.isTerminated)).toEqual([true]);
  });

  it('rejects with the message of what the task threw', async () => {
    const { run, workers } = runner();
    await expect(run('refuse', 'the target must be a finite number')).rejects.toThrow(
      'the target must be a finite number',
    );
    expect(workers[0]?.isTerminated).toBe(true);
  });

  it('names a task the worker does not have', async () => {
    const { run } = runner();
    await expect(run('missing' as 'sumTo', 1)).rejects.toThrow('unknown engine task "missing"');
  });

  it('cancels: aborting ends the worker at once and rejects with the abort, and nothing more arrives', async () => {
    const { run, workers } = runner();
    const controller = new AbortController();
    const progress: TaskProgress[] = [];
    const running = run('sumTo', 1000, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 2) controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.isTerminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(progress.map((p) => p.done)).toEqual([1, 2]);
  });

  it('starts no worker for a signal already aborted', async () => {
    const { run, workers } = runner();
    const controller = new AbortController();
    controller.abort();
    await expect(run('sumTo', 3, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(workers).toEqual([]);
  });

  it('rejects when the worker fails to start (its script refused or broken)', async () => {
    const workers: InProcessWorker[] = [];
    const run = createTaskRunner<typeof TEST_TASKS>(() => {
      const worker = inProcessWorker({});
      workers.push(worker);
      worker.fail('blocked by the Content-Security-Policy');
      return worker;
    });
    await expect(run('sumTo', 3)).rejects.toThrow(
      'the engine worker failed: blocked by the Content-Security-Policy',
    );
    expect(workers[0]?.isTerminated).toBe(true);
  });
});
