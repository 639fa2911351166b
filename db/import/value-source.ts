import { Worker } from 'node:worker_threads';
import { createCsvTokenizer } from './sources/csv-tokenizer';
import type { ImportPlan } from './plan-import';
import type { ParseWorkerData, ParseWorkerMessage } from './reading/parse-worker-protocol';
import { readTextPieces } from './sources/text-source';
import type { ValueBatch } from './reading/value-batch';
import { createValueReader, type ValueReaderSettings } from './reading/value-reader';
import { hashFile, readXlsxRecords } from './sources/xlsx-source';
import { cancelled, Refusal } from '../../projection/refusal';

/**
 * Where an import's values come from: the file read in batches (value-batch.ts), on a parse worker
 * thread for large text files so that reading and writing use both cores, in the calling thread
 * otherwise. Either way the batches are the same, in file order.
 */

/** Values per batch: large enough that a batch costs little to hand over, small enough to start writing soon. */
const BATCH_SIZE = 16_384;
/** Batches a parse worker may be ahead of the writer: bounds memory when writing is the slower side. */
const MAX_IN_FLIGHT = 4;
/** Below this a worker's start-up (about 30 ms) costs more than the second core saves. */
const WORKER_MIN_BYTES = 2 * 1024 * 1024;

export interface BatchSourceOptions {
  /** Path of the built parse worker (dist/workers/parse-worker.cjs); without it, all is read here. */
  readonly parseWorker?: string;
  readonly signal?: AbortSignal;
}

/** The batches of a file, then its SHA-256 (the generator's return value). */
export type BatchSource = AsyncGenerator<{ batch: ValueBatch; bytesRead: number }, string, undefined>;

async function* readInThread(
  plan: ImportPlan,
  settings: ValueReaderSettings,
  signal?: AbortSignal,
): BatchSource {
  const ready: ValueBatch[] = [];
  const reader = createValueReader(settings, BATCH_SIZE, (batch) => ready.push(batch));
  if (plan.kind === 'xlsx') {
    // The sheet is read with callbacks: its batches (compact, and sheets are small as files go) are
    // handed on once it has been read.
    const sha256 = await hashFile(plan.path);
    await readXlsxRecords(plan.path, plan.sheet, reader.onRecord, { signal });
    reader.flush();
    for (const batch of ready.splice(0)) yield { batch, bytesRead: plan.size };
    return sha256;
  }
  const tokenizer = createCsvTokenizer(plan.options.delimiter, reader.onRecord, reader.onSyntaxError);
  const pieces = readTextPieces(plan.path, signal);
  for (;;) {
    const piece = await pieces.next();
    if (piece.done) {
      tokenizer.end();
      reader.flush();
      for (const batch of ready.splice(0)) yield { batch, bytesRead: plan.size };
      return piece.value;
    }
    tokenizer.push(piece.value.text);
    reader.flush();
    for (const batch of ready.splice(0)) yield { batch, bytesRead: piece.value.bytesRead };
  }
}

/** Turns a parse worker's error back into the Refusal (or Error) it threw. */
function rethrown(error: Extract<ParseWorkerMessage, { kind: 'error' }>['error']): Error {
  if (error.code === null) return new Error(`the parse worker failed: ${error.message}`);
  return new Refusal(error.code, error.message, error.issues);
}

async function* readOnWorker(
  script: string,
  plan: ImportPlan,
  settings: ValueReaderSettings,
  signal?: AbortSignal,
): BatchSource {
  // [0] batches posted and not yet written, [1] set to 1 to stop the worker.
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const data: ParseWorkerData = {
    path: plan.path,
    delimiter: plan.options.delimiter,
    settings,
    flags: flags.buffer as SharedArrayBuffer,
    batchSize: BATCH_SIZE,
    maxInFlight: MAX_IN_FLIGHT,
  };
  const worker = new Worker(script, { workerData: data });
  const messages: ParseWorkerMessage[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: ParseWorkerMessage) => {
    messages.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= new Error(`the parse worker failed: ${error.message}`);
    notify();
  });
  worker.on('exit', () => {
    failure ??= new Error('the parse worker stopped before the end of the file');
    notify();
  });
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (signal?.aborted) throw cancelled();
      const message = messages.shift();
      if (message === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.kind === 'error') throw rethrown(message.error);
      if (message.kind === 'done') return message.sha256;
      yield { batch: message.batch, bytesRead: message.bytesRead };
      // The batch has been written: the worker may read one more.
      Atomics.sub(flags, 0, 1);
      Atomics.notify(flags, 0);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 0);
    worker.removeAllListeners();
    // An error the worker throws while it is being ended has no one left to tell.
    worker.on('error', () => undefined);
    await worker.terminate();
  }
}

/**
 * The values of `plan`'s file, batch by batch. Records are read only when the mapping can be read
 * (check the reader's mappingIssues first). Throws Refusal for a file that is not UTF-8, and
 * `cancelled` when `signal` fires.
 */
export function readValueBatches(
  plan: ImportPlan,
  settings: ValueReaderSettings,
  options: BatchSourceOptions = {},
): BatchSource {
  const useWorker =
    options.parseWorker !== undefined && plan.kind === 'text' && plan.size >= WORKER_MIN_BYTES;
  return useWorker
    ? readOnWorker(options.parseWorker!, plan, settings, options.signal)
    : readInThread(plan, settings, options.signal);
}

/**
 * Hands each batch of `source` to `onBatch`, in order; resolves with the file's SHA-256. When
 * `onBatch` throws (an error to reject the file with, or a cancel), the source is stopped: its
 * worker ended, its file closed.
 */
export async function forEachBatch(
  source: BatchSource,
  onBatch: (batch: ValueBatch, bytesRead: number) => void,
): Promise<string> {
  let next = await source.next();
  try {
    for (; !next.done; next = await source.next()) {
      onBatch(next.value.batch, next.value.bytesRead);
      // Batches the worker has queued arrive as resolved promises, which never let the event loop
      // reach its I/O: without this, a cancel (an IPC message) waits for the whole file.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return next.value;
  } finally {
    if (!next.done) await source.return('');
  }
}

/** The mapping's problems, found without reading the file. */
export function mappingIssuesOf(settings: ValueReaderSettings) {
  return createValueReader(settings, 1, () => undefined).mappingIssues;
}
