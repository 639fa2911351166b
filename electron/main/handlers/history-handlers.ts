import { listHistory, redoStep, undoStep, type HistoryStep } from '../../../db/commands';
import { repositories } from '../../../db/repositories';
import { changedCells } from '../../../projection/journal';
import { viewStep } from '../../../projection/history-detail';
import { packCells } from '../../../projection/packed-cells';
import { readStepDetails } from '../../../db/step-details';
import type { HistoryMoveResult, HistoryStepDto } from '../../contract';
import type { Handler, HandlerContext } from './handler-context';

const stepDto = (step: HistoryStep): HistoryStepDto => viewStep(step);

/**
 * The step moved and the cells it wrote, as they are after the move: read in one statement per
 * series, with the hand-edit marks asked of the journal once for all of them.
 */
function moved({ workbook }: HandlerContext, step: HistoryStep): HistoryMoveResult {
  const { observations, journal } = repositories(workbook.db);
  const changed = changedCells(step);
  if (!changed) return { step: stepDto(step), cells: null };
  const found = observations.findCells(changed.map((c) => ({ seriesKey: c.series, period: c.period })));
  const handEdited = journal.handEditedAmong(found.filter((o) => o !== undefined));
  const cells = changed.map(({ series, period }, at) => {
    const held = found[at];
    return {
      seriesKey: series,
      period,
      observation: held ? { ...held, isHandEdited: handEdited.has(`${series}@${period}`) } : null,
      replacedSource: null,
    };
  });
  return { step: stepDto(step), cells: packCells(cells) };
}

/** `history:list`: every step, newest first, and what undo and redo would take next. */
export const listSteps: Handler<'history:list'> = ({ workbook }) => {
  const history = listHistory(workbook.db);
  return {
    steps: history.steps.map(stepDto),
    canUndo: history.canUndo && stepDto(history.canUndo),
    canRedo: history.canRedo && stepDto(history.canRedo),
  };
};

/** `history:undo`: takes back the newest step not undone yet (the workbook's lasting journal). */
export const undoHistory: Handler<'history:undo'> = (context) =>
  moved(context, undoStep(context.workbook.db, context.now()));

/** `history:redo`: does again the step undone last. */
export const redoHistory: Handler<'history:redo'> = (context) =>
  moved(context, redoStep(context.workbook.db, context.now()));

/** `history:step`: one step with the cells it changed, before and after, and who had set them. */
export const stepDetails: Handler<'history:step'> = ({ workbook }, { id }) =>
  readStepDetails(workbook.db, id);
