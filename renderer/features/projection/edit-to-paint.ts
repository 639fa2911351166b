import { afterNextPaint } from '../../components/after-paint';

/**
 * Times an assumption edit as User Timing measures, read by the end-to-end tests
 * (performance.getEntriesByName(EDIT_TO_PAINT_MEASURE)).
 *
 * Start: the save's promise resolves (the workbook holds the value). What follows is the
 * renderer's own work: state update, recompute of every scenario, React render, AG Charts' redraw,
 * AG Grid's row updates.
 * EDIT_TO_PAINT_MEASURE ends once everything in view at the top of the view (1600×900) has
 * repainted: the charts there (market, Instinct revenue; the x86 analog beside the revenue draws
 * the workbook's x86 history only and does not change) have resolved their update promises
 * (waitForUpdate), at the first task after the next painted frame. The outputs grid and
 * the other panels are below the fold; they take the model one painted frame later, and
 * EDIT_TO_PAINT_ALL_MEASURE ends the same way once they have repainted too (the outputs grid
 * having reported its new rows, rowDataUpdated).
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

  /**
   * React has committed a model run (the charts' updates have been requested). Resolves at the
   * first task after the frame that paints the charts; for an edit, its measure is taken then.
   * The panels below the fold take the run only after that, so their React render and grid
   * updates cannot run between the charts' update and their paint.
   */
  committed(chart: UpdatingChart): Promise<void> {
    const edit = this.edit && !this.edit.isCommitted ? this.edit : null;
    if (edit) edit.isCommitted = true;
    return chart
      .waitForUpdate()
      .then(afterNextPaint)
      .then(() => {
        if (edit) this.measure(EDIT_TO_PAINT_MEASURE, edit);
      });
  }

  /** The panels below the fold have committed the recomputed model (the outputs grid among them). */
  panelsCommitted(): void {
    const edit = this.edit;
    if (!edit || !edit.isCommitted || edit.isPanelsCommitted) return;
    edit.isPanelsCommitted = true;
    void edit.grid.then(afterNextPaint).then(() => {
      this.measure(EDIT_TO_PAINT_ALL_MEASURE, edit);
      if (this.edit === edit) this.edit = null;
    });
  }

  private measure(name: string, edit: Edit): void {
    performance.measure(name, { start: edit.start, end: performance.now(), detail: edit.detail });
  }
}
