import type { ImportDelimiter, ImportIssue } from '../import-types';
import type { ValueBatch } from './value-batch';
import type { ValueReaderSettings } from './value-reader';
import { type RefusalCode } from '../../../projection/refusal';

/** What a parse worker is started with (its workerData). */
export interface ParseWorkerData {
  readonly path: string;
  readonly delimiter: ImportDelimiter;
  readonly settings: ValueReaderSettings;
  /** Int32 [0]: batches posted and not yet written; [1]: 1 when the worker must stop. */
  readonly flags: SharedArrayBuffer;
  readonly batchSize: number;
  /** The worker waits while this many batches are posted and not yet written. */
  readonly maxInFlight: number;
}

/** What a parse worker posts: batches in file order, then `done` or `error`. */
export type ParseWorkerMessage =
  | { readonly kind: 'batch'; readonly batch: ValueBatch; readonly bytesRead: number }
  | { readonly kind: 'done'; readonly sha256: string }
  | {
      readonly kind: 'error';
      /** `code` is null for an error that is not a Refusal (a bug, or out of memory). */
      readonly error: {
        readonly code: RefusalCode | null;
        readonly message: string;
        readonly issues: readonly ImportIssue[];
      };
    };
