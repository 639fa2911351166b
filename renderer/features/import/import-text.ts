import type {
  ImportPreviewDto,
  ImportProgressDto,
  ImportRecordDto,
  ImportResultDto,
  PreviewStatus,
  UndoResultDto,
} from '../../../electron/contract';
import { formatNumber } from '../../components/number-format';

const count = (n: number) => formatNumber(n, 0);

/** "1 value", "2,345 values". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A size for people: 512 bytes, 1.2 KB, 54 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "Q3.csv · 1.2 KB · delimited text" or "· Excel workbook". */
export function describeFile(file: ImportPreviewDto['file']): string {
  return `${file.name} · ${formatBytes(file.size)} · ${file.kind === 'xlsx' ? 'Excel workbook' : 'delimited text'}`;
}

export const STATUS_LABELS: Readonly<Record<PreviewStatus, string>> = {
  new: 'New',
  changed: 'Changed',
  unchanged: 'Unchanged',
  error: 'Error',
};

/**
 * Why the Import button is disabled, or null when the preview can be committed. Says what to do:
 * wait for the preview being read, change a choice the file could not be read with, confirm the
 * decimal mark, skip or fix the bad rows, or fix the columns.
 */
export function commitBlocker(
  preview: ImportPreviewDto,
  state: { readonly isReading: boolean; readonly previewError: string | null },
): string | null {
  if (state.isReading) return 'Wait for the preview to finish reading the file.';
  if (state.previewError !== null) return 'The file could not be read with these choices: change them.';
  if (preview.canCommit) return null;
  if (preview.toConfirm.length > 0) return 'Confirm the decimal mark above first.';
  const errors = preview.totals.errors;
  if (preview.options.onError !== 'skip') {
    return `${plural(errors, 'row has', 'rows have')} errors: fix the file, or choose “Skip bad rows”.`;
  }
  const first = preview.issues[0];
  return `The columns cannot be read as mapped${first ? `: ${first.message}` : ''}. Change the column roles.`;
}

/** The Import button's label: what it will write. */
export function commitLabel(preview: ImportPreviewDto): string {
  const { new: added, changed } = preview.totals;
  const writes = added + changed;
  return writes === 0 ? 'Import (nothing changes)' : `Import ${plural(writes, 'value')}`;
}

/** "Reading… 45% · 12,345 values" for a running preview or commit. */
export function describeProgress(progress: ImportProgressDto, phase: 'preview' | 'commit'): string {
  const verb = phase === 'preview' ? 'Reading the file' : 'Writing to the workbook';
  if (progress.phase === 'idle' || progress.totalBytes === 0) return `${verb}…`;
  const percent = Math.min(100, Math.floor((100 * progress.bytesRead) / progress.totalBytes));
  return `${verb}… ${percent}% · ${plural(progress.values, 'value')}`;
}

/** What a commit wrote, in one sentence. */
export function describeResult(result: ImportResultDto): string {
  const parts = [
    `${count(result.inserted)} new`,
    `${count(result.updated)} updated`,
    `${count(result.unchanged)} unchanged`,
    `${count(result.skipped)} skipped`,
    plural(result.seriesCreated, 'series', 'series') + ' created',
  ];
  return `Import ${result.importId}: ${parts.join(', ')}.`;
}

/** What an undo did, in one sentence. */
export function describeUndo(result: UndoResultDto): string {
  const kept = result.kept > 0 ? `, ${count(result.kept)} kept (edited since)` : '';
  return (
    `Undid import ${result.importId}: ${count(result.restored)} restored, ${count(result.removed)} removed` +
    `${kept}, ${plural(result.seriesRemoved, 'series', 'series')} removed.`
  );
}

/** A stored time (ISO 8601, UTC) in local time as the history shows it: "2026-11-25 14:03". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The counts of one past import: "12 new · 3 updated · 40 unchanged · 1 skipped". */
export function describeCounts(record: ImportRecordDto): string {
  return [
    `${count(record.inserted)} new`,
    `${count(record.updated)} updated`,
    `${count(record.unchanged)} unchanged`,
    `${count(record.skipped)} skipped`,
  ].join(' · ');
}
