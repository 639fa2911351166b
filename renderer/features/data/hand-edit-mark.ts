import type { ObservationDto } from '../../../electron/contract';

/** The class of a cell a hand edit wrote last: data.css draws a small mark in its corner. */
export const HAND_EDITED_CLASS = 'cell-hand-edited';

/**
 * The classes of one period's cell: a year's column is shaded (components.css `cell-year`), and a
 * value a hand edit wrote last (main says which, `isHandEdited`) is marked, as Excel marks a
 * cell with a note, so typed figures stand out from reported ones.
 */
export function periodCellClasses(period: string, observation: ObservationDto | undefined): string[] {
  const classes = period.length === 4 ? ['cell-year'] : [];
  if (observation?.isHandEdited) classes.push(HAND_EDITED_CLASS);
  return classes;
}
