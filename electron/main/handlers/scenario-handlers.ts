import { loadProjectionData } from '../../../db/projection-data';
import { repositories } from '../../../db/repositories';
import type { Scenario } from '../../../db/repositories/scenario-repository';
import {
  copyScenario,
  deleteScenario,
  setGrowthOverride,
  setScenarioAssumption,
  updateScenario,
} from '../../../db/scenarios/scenario-edits';
import type { ProjectionDataDto, ScenarioDto } from '../../contract';
import type { HandlerContext } from './handler-context';

function toDto({ name, description, probability, assumptions, growthOverrides }: Scenario): ScenarioDto {
  return { name, description, probability, assumptions, growthOverrides };
}

/** `scenarios:list`: every scenario in display order. */
export function listScenarios({ workbook }: HandlerContext): ScenarioDto[] {
  return repositories(workbook.db).scenarios.listScenarios().map(toDto);
}

/** `scenarios:setAssumption`: one assumption of one scenario, validated, journaled. */
export function setAssumption(
  { workbook, now }: HandlerContext,
  input: { scenario: string; key: string; value: number },
): ScenarioDto {
  return toDto(setScenarioAssumption(workbook.db, input.scenario, input.key, input.value, now()));
}

/** `scenarios:setGrowthOverride`: a per-year TAM growth, or null to remove it. */
export function setOverride(
  { workbook, now }: HandlerContext,
  input: { scenario: string; year: number; value: number | null },
): ScenarioDto {
  return toDto(setGrowthOverride(workbook.db, input.scenario, input.year, input.value, now()));
}

/** `scenarios:copy`: duplicates a scenario under a new name. */
export function copy({ workbook, now }: HandlerContext, input: { from: string; to: string }): ScenarioDto {
  return toDto(copyScenario(workbook.db, input.from, input.to, now()));
}

/** `scenarios:update`: rename, describe, or set the probability. */
export function update(
  { workbook, now }: HandlerContext,
  input: {
    scenario: string;
    name?: string | undefined;
    description?: string | undefined;
    probability?: number | undefined;
  },
): ScenarioDto {
  const { scenario, ...fields } = input;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return toDto(updateScenario(workbook.db, scenario, defined, now()));
}

/** `scenarios:delete`. */
export function remove({ workbook, now }: HandlerContext, input: { scenario: string }): null {
  deleteScenario(workbook.db, input.scenario, now());
  return null;
}

/** `projection:data`: the series values the projection runs on. */
export function projectionData({ workbook }: HandlerContext): ProjectionDataDto {
  return loadProjectionData(workbook.db);
}
