import type { HistoryStepDto, StepDetailsDto } from '../../../electron/contract';
import type { StepValue, ValueOrigin } from '../../../projection/history-detail';

/** The history panel's words: who made a step, when, and a cell's value with who had set it. */

const ACTOR_TEXT: Readonly<Record<HistoryStepDto['actor'], string>> = { user: 'You', import: 'Import' };
const ORIGIN_TEXT: Readonly<Record<ValueOrigin, string>> = {
  user: 'your edit',
  import: 'import',
  defaults: 'default',
};

export function actorText(step: HistoryStepDto): string {
  return ACTOR_TEXT[step.actor];
}

/** "30 Nov 15:04": the step's time in the user's zone (an ISO time from main). */
export function stepTimeText(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} ${time}`;
}

/** A value as the panel shows it: "3,674" or "blank". */
export function stepValueText(value: StepValue | null): string {
  return value === null ? 'blank' : value.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Who had set a value and its source ("import · AMD 10-Q"): who first, as a long source is cut. */
export function stepOriginText(value: StepValue | null): string {
  if (value === null) return '';
  return [ORIGIN_TEXT[value.origin], value.source].filter((t) => t !== '').join(' · ');
}

/** The line above a step's cells: how many it changed, and how many are listed. */
export function cellsHeading(details: StepDetailsDto): string {
  const total = (details.moved ?? details.step).cellCount;
  if (total === 0) return 'No cells: this step changed the workbook’s structure, scenarios or settings.';
  const listed = details.cells.length;
  const cells = `${total.toLocaleString('en-US')} ${total === 1 ? 'cell' : 'cells'}`;
  return listed < total ? `${cells}; the first ${listed} listed` : cells;
}
