import type { Db } from '../db';
import type { ImportIssue, ImportTotals } from './import-types';
import type { ImportPlan } from './plan-import';
import { Refusal } from '../../projection/refusal';

/** A preview waiting for commit: how to read the file, and what the preview found in it. */
export interface PreviewedImport {
  readonly plan: ImportPlan;
  readonly sha256: string;
  readonly totals: ImportTotals;
  /** The mapping cannot be read (see checkMapping): nothing can be committed. */
  readonly isFatal: boolean;
  readonly issues: readonly ImportIssue[];
}

// A UI keeps a few previews at most (one per import dialog); the oldest are forgotten.
const KEEP = 8;
const previews = new WeakMap<Db, Map<number, PreviewedImport>>();

/** Keeps a preview until commitImport or discardImportPreview. */
export function registerPreview(db: Db, id: number, entry: PreviewedImport): void {
  let byId = previews.get(db);
  if (!byId) previews.set(db, (byId = new Map()));
  byId.set(id, entry);
  for (const oldId of byId.keys()) {
    if (byId.size <= KEEP) break;
    byId.delete(oldId);
  }
}

/** Preview `id`; refuses one that was committed, discarded or never made. */
export function previewed(db: Db, id: number): PreviewedImport {
  const entry = previews.get(db)?.get(id);
  if (!entry)
    throw new Refusal('invalid', `no import preview ${id} is waiting (committed, discarded or replaced)`);
  return entry;
}

/** Forgets preview `id` (the user closed it without importing); returns whether there was one. */
export function discardImportPreview(db: Db, id: number): boolean {
  return previews.get(db)?.delete(id) ?? false;
}
