import { afterNextPaint } from '../../components/after-paint';

/**
 * Times an assumption edit as User Timing measures, read by the end-to-end tests
 * (performance.getEntriesByName(EDIT_TO_PAINT_MEASURE)).
 *
 * Start: the save's promise resolves (the workbook holds the value). What follows is the
 * renderer's own work: state update, recompute of every scenario, React render, AG Grid's row
 * update, AG Charts' redraw.
 * EDIT_TO_PAINT_MEASURE ends once the outputs grid has reported its new rows (rowDataUpdated) and
 * the revenue chart's update promise has resolved (waitForUpdate), at the first task after the
 * next painted frame. EDIT_TO_PAINT_ALL_MEASURE ends the same way after the panels below the fold
 * (comparison, history, capex), which update one painted frame later, have repainted too.
 */

export const EDIT_TO_PAINT_MEASURE = 'iwb:edit-to-paint';
export const EDIT_TO_PAINT_ALL_MEASURE = 'iwb:edit-to-paint-all';

/** What the chart offers to wait on: AgChartInstance.waitForUpdate. */
export interface UpdatingChart {
  waitForUpdate(): Promise<void>;
}

interface Edit {
  readonly start: number;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly grid: Promise<void>;
  readonly gridDone: () => void;
  isCommitted: boolean;
  isPanelsCommitted: boolean;
}

/** One timer per view; an edit's measures end after the first paints that show it. */
export class EditToPaintTimer {
  /** The latest edit, until its measures are taken. */
  private edit: Edit | null = null;

  /** The save resolved: the clock starts. */
  start(detail: Readonly<Record<string, unknown>>): void {
    let gridDone = () => {};
    const grid = new Promise<void>((resolve) => (gridDone = resolve));
    this.edit = {
      start: performance.now(),
      detail,
      grid,
      gridDone,
      isCommitted: false,
      isPanelsCommitted: false,
    };
  }

  /** The grid has taken its new rows (before or after React's commit, whichever AG Grid does). */
  gridUpdated(): void {
    this.edit?.gridDone();
  }

  /** React has committed the recomputed model (the chart's update has been requested): finish when painted. */
  committed(chart: UpdatingChart | null): void {
    const edit = this.edit;
    if (!edit || edit.isCommitted) return;
    edit.isCommitted = true;
    void Promise.all([edit.grid, chart?.waitForUpdate()])
      .then(afterNextPaint)
      .then(() => this.measure(EDIT_TO_PAINT_MEASURE, edit));
  }

  /** The panels below the fold have committed the recomputed model. */
  panelsCommitted(): void {
    const edit = this.edit;
    if (!edit || !edit.isCommitted || edit.isPanelsCommitted) return;
    edit.isPanelsCommitted = true;
    void afterNextPaint().then(() => {
      this.measure(EDIT_TO_PAINT_ALL_MEASURE, edit);
      if (this.edit === edit) this.edit = null;
    });
  }

  private measure(name: string, edit: Edit): void {
    performance.measure(name, { start: edit.start, end: performance.now(), detail: edit.detail });
  }
}
