import type { Channel } from '../../contract';
import type { Handler } from './handler-context';
import {
  cancel,
  chooseFile,
  commit,
  deleteRecipe,
  discard,
  grantDroppedFile,
  listImports,
  listRecipes,
  preview,
  undo,
} from './import-handlers';
import {
  copy,
  listScenarios,
  projectionData,
  remove,
  setAssumption,
  setOverride,
  update,
} from './scenario-handlers';
import { annotateObservationCell, cellHistory, listObservations, setObservationCell } from './cell-handlers';
import { seriesDetails, updateSeriesFields } from './series-handlers';
import { getWorkbookSummary, listSeries } from './workbook-handlers';

export type { Handler } from './handler-context';

/** The main-process implementation of every channel; plain Node, no Electron. */
export const handlers: { readonly [C in Channel]: Handler<C> } = {
  'workbook:summary': getWorkbookSummary,
  'series:list': listSeries,
  'series:details': seriesDetails,
  'series:update': updateSeriesFields,
  'observations:list': listObservations,
  'observations:set': setObservationCell,
  'observations:history': cellHistory,
  'observations:annotate': annotateObservationCell,
  'scenarios:list': listScenarios,
  'scenarios:setAssumption': setAssumption,
  'scenarios:setGrowthOverride': setOverride,
  'scenarios:copy': copy,
  'scenarios:update': update,
  'scenarios:delete': remove,
  'projection:data': projectionData,
  'files:choose': chooseFile,
  'files:grantDropped': grantDroppedFile,
  'imports:preview': preview,
  'imports:commit': commit,
  'imports:cancel': cancel,
  'imports:discard': discard,
  'imports:list': listImports,
  'imports:undo': undo,
  'recipes:list': listRecipes,
  'recipes:delete': deleteRecipe,
};
