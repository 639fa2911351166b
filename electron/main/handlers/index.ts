import type { Channel } from '../../contract';
import type { Handler } from './handler-context';
import { copyPng, exportCsv, exportXlsx, readClipboardText, savePdf, savePng } from './export-handlers';
import { check, listWorkbookBackups, restore } from './file-handlers';
import { listSteps, redoHistory, stepDetails, undoHistory } from './history-handlers';
import { copyToScenario, freeze, listVintages, removeVintage } from './vintage-handlers';
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
  setAssumptions,
  setDeals,
  setHistoryAssumption,
  setOverride,
  update,
} from './scenario-handlers';
import {
  annotateObservationCell,
  cellHistory,
  listObservations,
  listSeriesExtents,
  readBlock,
  setObservationCell,
  setObservationCells,
} from './cell-handlers';
import {
  addNewSeries,
  addQuarter,
  moveSeriesTo,
  periodRange,
  removeSeries,
  seriesDetails,
  updateSeriesFields,
} from './series-handlers';
import { findText, getWorkbookSummary, listSeries } from './workbook-handlers';

export type { Handler } from './handler-context';

/** The main-process implementation of every channel; plain Node, no Electron. */
export const handlers: { readonly [C in Channel]: Handler<C> } = {
  'workbook:summary': getWorkbookSummary,
  'series:list': listSeries,
  'workbook:find': findText,
  'series:details': seriesDetails,
  'series:update': updateSeriesFields,
  'series:add': addNewSeries,
  'series:delete': removeSeries,
  'series:move': moveSeriesTo,
  'periods:range': periodRange,
  'periods:add': addQuarter,
  'observations:list': listObservations,
  'observations:extents': listSeriesExtents,
  'observations:block': readBlock,
  'observations:set': setObservationCell,
  'observations:setMany': setObservationCells,
  'vintages:list': listVintages,
  'vintages:freeze': freeze,
  'vintages:delete': removeVintage,
  'vintages:copy': copyToScenario,
  'history:list': listSteps,
  'history:step': stepDetails,
  'history:undo': undoHistory,
  'history:redo': redoHistory,
  'observations:history': cellHistory,
  'observations:annotate': annotateObservationCell,
  'scenarios:list': listScenarios,
  'scenarios:setAssumption': setAssumption,
  'scenarios:setAssumptions': setAssumptions,
  'scenarios:setGrowthOverride': setOverride,
  'scenarios:copy': copy,
  'scenarios:update': update,
  'scenarios:delete': remove,
  'scenarios:setDeals': setDeals,
  'projection:data': projectionData,
  'model:setHistoryAssumption': setHistoryAssumption,
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
  'charts:savePng': savePng,
  'charts:copyPng': copyPng,
  'clipboard:read': readClipboardText,
  'reports:savePdf': savePdf,
  'exports:xlsx': exportXlsx,
  'exports:csv': exportCsv,
  'workbook:check': check,
  'backups:list': listWorkbookBackups,
  'backups:restore': restore,
};
