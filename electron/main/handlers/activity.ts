import type { Workbook } from '../../../db/workbook';
import type { WorkbookActivity } from '../../../projection/workbook-files';
import type { EmitEvent } from './handler-context';

// What runs on each workbook, innermost last: an export can start while a preview reads.
const running = new WeakMap<Workbook, WorkbookActivity[]>();

/** The operation running on `workbook` now (the latest started), or null. */
export function currentActivity(workbook: Workbook): WorkbookActivity | null {
  return running.get(workbook)?.at(-1) ?? null;
}

/**
 * Runs `work` as `activity` on the workbook: the page is told when it starts and when it ends
 * (`workbook:activity`, shown in the window title), and a window closing meanwhile asks first
 * (projection/workbook-files.ts closeQuestion).
 */
export async function runActivity<T>(
  workbook: Workbook,
  emit: EmitEvent,
  activity: WorkbookActivity,
  work: () => Promise<T>,
): Promise<T> {
  const list = running.get(workbook) ?? [];
  running.set(workbook, [...list, activity]);
  emit('workbook:activity', { activity });
  try {
    return await work();
  } finally {
    const now = running.get(workbook) ?? [];
    const at = now.lastIndexOf(activity);
    const rest = at < 0 ? now : [...now.slice(0, at), ...now.slice(at + 1)];
    running.set(workbook, rest);
    emit('workbook:activity', { activity: rest.at(-1) ?? null });
  }
}
