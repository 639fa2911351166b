import type { HistoryStepView, StepDetails } from '../projection/history-detail';
import type { Observation, SeriesInfo } from '../projection/series-types';
import type { PackedCells, WrittenCell } from '../projection/packed-cells';
import type { Vintage } from '../projection/vintage';
import type { ScenarioSettings, WorkbookModelData } from '../projection/workbook-model';

/**
 * What the contract's channels answer about a workbook's data (contract.ts declares the channels
 * and checks their inputs; these are the shapes of their results), apart so the contract reads as
 * its list of channels.
 */

export type { Qualifier, SeriesDetails, SeriesKind } from '../projection/series-types';
export type { CellDetails, CellOrigin, EarlierValue } from '../projection/cell-history';

export interface WorkbookSummary {
  readonly path: string;
  readonly fileName: string;
  readonly schemaVersion: number;
  readonly series: number;
  readonly observations: number;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
  /** Why the workbook is open read-only (another process writes it); null when this window may write. */
  readonly readOnlyReason: string | null;
}

export type SeriesDto = SeriesInfo;

/** A value as the page gets it: with whether a hand edit wrote it last (the grid marks those). */
export interface ObservationDto extends Observation {
  readonly isHandEdited: boolean;
}

/** A series' first and last period in time order (null when it holds no value): the grid's extent. */
export interface SeriesExtentDto {
  readonly seriesKey: string;
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
}

/** The result of writing one cell: the saved observation (null when cleared) and the source it replaced. */
export type CellWriteResult = WrittenCell;

/** Many cells written in one step (a paste, fill, clear, undo or redo), packed for the trip. */
export type { PackedCells };

/** One step of the workbook's history, as people read it (with who made it and how many cells). */
export type HistoryStepDto = HistoryStepView;

/** One step with the cells it changed, before and after (`history:step`). */
export type StepDetailsDto = StepDetails;

/** The workbook's first and last quarter (`YYYYQn`), null in a workbook without periods. */
export interface PeriodRangeDto {
  readonly first: string | null;
  readonly last: string | null;
}

/**
 * An undo or redo: the step taken back or done again, and the cells it wrote as they are now, so
 * a grid reloads just those; null when the step was not about cells alone (reload everything).
 */
export interface HistoryMoveResult {
  readonly step: HistoryStepDto;
  readonly cells: PackedCells | null;
}

/** The history, newest first, with the step an undo or a redo would take next. */
export interface HistoryDto {
  readonly steps: HistoryStepDto[];
  readonly canUndo: HistoryStepDto | null;
  readonly canRedo: HistoryStepDto | null;
}

/** A scenario as the renderer sees it: the model's ScenarioSettings (shares as fractions). */
export type ScenarioDto = ScenarioSettings;

/** A vintage as stored: the frozen scenario, its inputs and what it projected. */
export type VintageDto = Vintage;

/** The workbook data the projection runs on (see projection/workbook-model.ts). */
export type ProjectionDataDto = WorkbookModelData;
