import type { Workbook } from '../../../db/workbook';
import type { Channel, IpcError } from '../../contract';

/** Channels that hold their workbook while they run: a commit keeps a write transaction open. */
const HOLDS_WORKBOOK: ReadonlySet<Channel> = new Set<Channel>(['imports:commit']);
/** What the page may still ask while its workbook is held: to stop the import (progress is pushed). */
const ANSWERED_WHILE_HELD: ReadonlySet<Channel> = new Set<Channel>(['imports:cancel']);

const held = new WeakMap<Workbook, Channel>();

/**
 * Keeps requests off a workbook while an import is being written to it. The commit reads the file
 * inside its write transaction and awaits between chunks, so other requests can arrive mid-import:
 * a read would see half an import, and a write would land inside the import's transaction (and be
 * undone with it if the import is cancelled). Returns the refusal for `channel`, or null.
 */
export function refuseWhileHeld(channel: Channel, workbook: Workbook): IpcError | null {
  const holder = held.get(workbook);
  if (holder === undefined || ANSWERED_WHILE_HELD.has(channel)) return null;
  return {
    code: 'busy',
    message: `${channel}: an import is being written; wait for it or cancel it`,
  };
}

/** Runs `work`, holding the workbook meanwhile if `channel` is one that holds it. */
export async function runHolding<T>(
  channel: Channel,
  workbook: Workbook,
  work: () => Promise<T>,
): Promise<T> {
  if (!HOLDS_WORKBOOK.has(channel)) return work();
  held.set(workbook, channel);
  try {
    return await work();
  } finally {
    held.delete(workbook);
  }
}
