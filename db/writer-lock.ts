import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { Refusal } from '../projection/refusal';

/**
 * One writer per workbook, across processes: a lock file beside it (`<file>.writer`) holding the
 * writing process's id and host, created exclusively (O_EXCL) so two processes cannot both take
 * it. SQLite would let two writers take turns, each unaware of the other's edits, undo steps and
 * open import; this makes the second one a reader (the app) or a refusal (the CLI). A lock whose
 * process is gone (a crash) is taken over. Within one process the lock is counted, so a file the
 * app opens twice (a window and a save) is released when the last connection closes.
 */

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

const held = new Map<string, number>();

export const lockPathOf = (path: string): string => `${path}.writer`;

function readHolder(lockPath: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string'
      ? { pid: holder.pid, host: holder.host, since: String(holder.since ?? '') }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The other process writing `path`, or null when none is (a stale lock is removed). */
export function otherWriter(path: string): Holder | null {
  const lockPath = lockPathOf(path);
  const holder = readHolder(lockPath);
  if (holder === null) return null;
  if (holder.host === hostname() && (holder.pid === process.pid || !isAlive(holder.pid))) return null;
  return holder;
}

/**
 * Takes the write lock of `path` for this process, or refuses (`busy`) naming the process that
 * holds it. Returns the release, to call when the connection closes.
 */
export function acquireWriterLock(path: string): () => void {
  const lockPath = lockPathOf(path);
  const count = held.get(lockPath) ?? 0;
  if (count === 0) {
    for (let attempt = 0; !tryCreate(lockPath); attempt++) {
      const holder = readHolder(lockPath);
      const isOurs = holder !== null && holder.host === hostname() && holder.pid === process.pid;
      if (!isOurs && otherWriter(path) !== null && holder !== null) {
        throw new Refusal(
          'busy',
          `${basename(path)} is open for writing in another process (${holder.pid} on ${holder.host}, since ${holder.since}); it can be opened read-only`,
        );
      }
      // A stale lock (its process is gone, or unreadable): remove it and take the lock.
      if (attempt > 0)
        throw new Refusal('busy', `${basename(path)}: its write lock ${lockPath} cannot be taken`);
      rmSync(lockPath, { force: true });
    }
  }
  held.set(lockPath, count + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (held.get(lockPath) ?? 1) - 1;
    if (left > 0) return void held.set(lockPath, left);
    held.delete(lockPath);
    const holder = readHolder(lockPath);
    if (holder?.pid === process.pid && holder.host === hostname()) rmSync(lockPath, { force: true });
  };
}
