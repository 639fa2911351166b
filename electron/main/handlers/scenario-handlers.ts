import {
  copyScenario,
  deleteScenario,
  setGrowthOverride,
  setHistoryAssumption as setHistorySetting,
  setScenarioAssumption,
  setScenarioAssumptions,
  setScenarioDeals,
  updateScenario,
} from '../../../db/commands';
import { loadProjectionData } from '../../../db/projection-data';
import { repositories } from '../../../db/repositories';
import type { Scenario } from '../../../db/repositories/scenario-repository';
import type { ScenarioDto } from '../../contract';
import type { Deal } from '../../../projection/market/deals';
import type { Handler } from './handler-context';

function toDto({
  name,
  description,
  probability,
  assumptions,
  growthOverrides,
  deals,
}: Scenario): ScenarioDto {
  return { name, description, probability, assumptions, growthOverrides, deals };
}

/** `scenarios:list`: every scenario in display order. */
export const listScenarios: Handler<'scenarios:list'> = ({ workbook }) =>
  repositories(workbook.db).scenarios.listScenarios().map(toDto);

/** `scenarios:setAssumption`: one assumption of one scenario, validated, journaled. */
export const setAssumption: Handler<'scenarios:setAssumption'> = ({ workbook, now }, input) =>
  toDto(setScenarioAssumption(workbook.db, input.scenario, input.key, input.value, now()));

/** `scenarios:setAssumptions`: many assumption cells as one step; returns every scenario as saved. */
export const setAssumptions: Handler<'scenarios:setAssumptions'> = (context, input) => {
  setScenarioAssumptions(context.workbook.db, input, context.now());
  return listScenarios(context, undefined);
};

/** `scenarios:setGrowthOverride`: a per-year TAM growth, or null to remove it. */
export const setOverride: Handler<'scenarios:setGrowthOverride'> = ({ workbook, now }, input) =>
  toDto(setGrowthOverride(workbook.db, input.scenario, input.year, input.value, now()));

/** `scenarios:copy`: duplicates a scenario under a new name. */
export const copy: Handler<'scenarios:copy'> = ({ workbook, now }, input) =>
  toDto(copyScenario(workbook.db, input.from, input.to, now()));

/** `scenarios:update`: rename, describe, or set the probability. */
export const update: Handler<'scenarios:update'> = ({ workbook, now }, { scenario, ...fields }) => {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return toDto(updateScenario(workbook.db, scenario, defined, now()));
};

/** `scenarios:delete`. */
export const remove: Handler<'scenarios:delete'> = ({ workbook, now }, input) => {
  deleteScenario(workbook.db, input.scenario, now());
  return null;
};

/** `projection:data`: the series values the projection runs on. */
export const projectionData: Handler<'projection:data'> = ({ workbook }) => loadProjectionData(workbook.db);

/** `scenarios:setDeals`: replaces a scenario's deals, validated, journaled as one step. */
export const setDeals: Handler<'scenarios:setDeals'> = ({ workbook, now }, input) =>
  // The contract's pattern has checked each start is a quarter (YYYYQn).
  toDto(setScenarioDeals(workbook.db, input.scenario, input.deals as readonly Deal[], now()));

/** `model:setHistoryAssumption`: one history setting of the workbook; replies with the data the projection runs on. */
export const setHistoryAssumption: Handler<'model:setHistoryAssumption'> = ({ workbook, now }, input) => {
  setHistorySetting(workbook.db, input.key, input.value, now());
  return loadProjectionData(workbook.db);
};
