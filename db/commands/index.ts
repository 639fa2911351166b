/**
 * Every change to a workbook, one command each. A command validates (refusing with a Refusal and
 * writing nothing), writes, and appends one typed journal entry (projection/journal.ts) in the
 * same transaction. The IPC handlers and the CLI call these; neither writes to a workbook itself.
 * Reads go through db/repositories and the import pipeline's preview.
 */
export {
  annotateObservation,
  setObservation,
  setObservations,
  setObservationsReporting,
  type AnnotateObservationInput,
  type SetObservationInput,
  type SetObservationsInput,
} from './observation-commands';
export { addSeriesAlias, setSeriesDisplay, updateSeries } from './series-commands';
export { addSeries, deleteSeries, moveSeries, type AddSeriesInput } from './series-structure-commands';
export { addPeriod, readPeriodRange } from './period-commands';
export { setScenarioAssumptions, type AssumptionWrite } from './assumption-batch-commands';
export { listHistory, redoStep, undoStep, type HistoryStep } from './history-commands';
export {
  copyScenario,
  deleteScenario,
  findScenario,
  setGrowthOverride,
  setScenarioAssumption,
  updateScenario,
} from './scenario-commands';
export { listHistorySettings, setHistoryAssumption, setScenarioDeals } from './model-commands';
export { copyVintage, deleteVintage, findVintage, freezeScenario } from './vintage-commands';
export { commitImport, deleteImportRecipe, importFile, saveImportRecipe, undoImport } from '../import';
