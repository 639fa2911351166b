import { parentPort, workerData } from 'node:worker_threads';
import type { ParseWorkerData, ParseWorkerMessage } from './parse-worker-protocol';
import { readTextRecordsSync } from '../sources/text-source';
import { transferablesOf } from './value-batch';
import { createValueReader } from './value-reader';
import { Refusal } from '../../../projection/refusal';

/**
 * A parse worker thread (built to dist/workers/parse-worker.cjs): reads a text file's records into
 * batches of values and posts them, so the thread that writes them to the workbook only writes.
 * See value-source.ts for the other side.
 */

class Stopped extends Error {}

function run(data: ParseWorkerData, post: (message: ParseWorkerMessage, transfer?: ArrayBuffer[]) => void) {
  const flags = new Int32Array(data.flags);
  let bytesRead = 0;
  const checkStop = () => {
    if (Atomics.load(flags, 1) !== 0) throw new Stopped();
  };
  const reader = createValueReader(data.settings, data.batchSize, (batch) => {
    // Wait for the writer when it is behind, so that memory stays bounded.
    for (let posted = Atomics.load(flags, 0); posted >= data.maxInFlight; posted = Atomics.load(flags, 0)) {
      checkStop();
      Atomics.wait(flags, 0, posted, 1000);
    }
    checkStop();
    Atomics.add(flags, 0, 1);
    post({ kind: 'batch', batch, bytesRead }, transferablesOf(batch));
  });
  const sha256 = readTextRecordsSync(
    data.path,
    data.delimiter,
    reader.onRecord,
    reader.onSyntaxError,
    (n) => {
      bytesRead = n;
      checkStop();
    },
  );
  reader.flush();
  post({ kind: 'done', sha256 });
}

const port = parentPort;
if (port) {
  const post = (message: ParseWorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);
  try {
    run(workerData as ParseWorkerData, post);
  } catch (error) {
    if (!(error instanceof Stopped)) {
      const isRefusal = error instanceof Refusal;
      post({
        kind: 'error',
        error: {
          code: isRefusal ? error.code : null,
          message: error instanceof Error ? error.message : String(error),
          issues: isRefusal ? error.issues : [],
        },
      });
    }
  }
}
