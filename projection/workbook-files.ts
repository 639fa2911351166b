/**
 * What the app says about its workbook files: the long operations that can run on a workbook
 * (shown in the window title, and asked about before the window closes), the paper sizes of the
 * scenario report, and the window title itself.
 */

/** Long operations on a workbook, as main reports them on the `workbook:activity` event. */
export const WORKBOOK_ACTIVITIES = ['reading', 'importing', 'exporting', 'printing', 'restoring'] as const;
export type WorkbookActivity = (typeof WORKBOOK_ACTIVITIES)[number];

const ACTIVITY_TEXT: Record<WorkbookActivity, string> = {
  reading: 'Reading a file',
  importing: 'Importing',
  exporting: 'Exporting',
  printing: 'Printing the report',
  restoring: 'Restoring a backup',
};

/** The activity as the title and status bar say it: "Importing…". */
export function describeActivity(activity: WorkbookActivity): string {
  return `${ACTIVITY_TEXT[activity]}…`;
}

/**
 * The window title: the file name first (what a user looks for among windows), then the
 * operation running and whether the window may write: "Q3 thesis.iwb — Importing… — Instinct
 * Workbook", "Q3 thesis.iwb (read-only) — Instinct Workbook".
 */
export function windowTitle(
  fileName: string | null,
  activity: WorkbookActivity | null,
  isReadOnly = false,
): string {
  const parts = [
    fileName === null ? null : isReadOnly ? `${fileName} (read-only)` : fileName,
    activity === null ? null : describeActivity(activity),
    'Instinct Workbook',
  ];
  return parts.filter((p): p is string => p !== null).join(' — ');
}

/**
 * What to ask before a window closes while `activity` runs, or null to close at once. An import
 * or a restore stopped halfway writes nothing (the import rolls back), but the work is lost; an
 * export or the report is cheap to run again, yet the user should know it will not finish.
 */
export function closeQuestion(fileName: string, activity: WorkbookActivity | null): string | null {
  switch (activity) {
    case null:
    case 'reading':
      return null;
    case 'importing':
      return `An import into ${fileName} is running. Close the window and cancel it? Nothing of it will be written.`;
    default:
      return `${fileName}: ${ACTIVITY_TEXT[activity].toLowerCase()} is not finished. Close the window and stop it?`;
  }
}

/** The paper sizes the scenario report is laid out for (one page on each). */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
