import {
  isHistoryAssumptionKey,
  validateAssumption,
  validateAssumptions,
} from '../../projection/assumptions';
import type { JournalChange, ScenarioFields, ScenarioSnapshot } from '../../projection/journal';
import { validateGrowthOverrides } from '../../projection/scenario-model';
import { repositories } from '../repositories';
import { GROWTH_OVERRIDE_KEY, type Scenario } from '../repositories/scenario-repository';
import type { Db } from '../db';
import { invalidInput } from '../../projection/refusal';

/**
 * Changes to scenarios, each validated first (nothing is written when a value is refused) and
 * recorded in the edit journal in the same transaction as the change.
 */

const MAX_NAME_LENGTH = 80;

/** The scenario called `name` (exact match), or a WorkbookInputError listing the ones there are. */
export function findScenario(db: Db, name: string): Scenario {
  const scenarios = repositories(db).scenarios.listScenarios();
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario) {
    const names = scenarios.map((s) => s.name).join(', ') || 'none';
    throw invalidInput(`"${name}": no such scenario (scenarios: ${names})`);
  }
  return scenario;
}

function checkNewName(db: Db, name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw invalidInput('a scenario needs a name');
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw invalidInput(`scenario names are at most ${MAX_NAME_LENGTH} characters`);
  }
  if (
    repositories(db)
      .scenarios.listScenarios()
      .some((s) => s.name === trimmed)
  ) {
    throw invalidInput(`"${trimmed}": a scenario with this name already exists`);
  }
  return trimmed;
}

function journal(db: Db, now: string, change: JournalChange): void {
  repositories(db).journal.appendChange(now, change);
}

function snapshot({
  name,
  description,
  probability,
  order,
  assumptions,
  growthOverrides,
  deals,
}: Scenario): ScenarioSnapshot {
  return { name, description, probability, order, assumptions, growthOverrides, deals };
}

/** Sets one assumption of a scenario (value in the assumption's unit). */
export function setScenarioAssumption(
  db: Db,
  name: string,
  key: string,
  value: number,
  now: string,
): Scenario {
  const scenario = findScenario(db, name);
  if (isHistoryAssumptionKey(key)) {
    throw invalidInput(
      `${scenario.name}: ${key} is a history setting of the workbook, the same for every scenario; set it as one`,
    );
  }
  const problem =
    validateAssumption(key, value) ?? validateAssumptions({ ...scenario.assumptions, [key]: value })[0];
  if (problem) throw invalidInput(`${scenario.name}: ${problem}`);
  db.transaction(() => {
    repositories(db).scenarios.setAssumptionValue(scenario.id, key, 0, value);
    journal(db, now, {
      kind: 'scenario.assumption',
      scenario: scenario.name,
      key,
      year: null,
      before: scenario.assumptions[key] ?? null,
      after: value,
    });
  })();
  return findScenario(db, scenario.name);
}

/** Sets (or, with null, removes) the TAM growth override of one calendar year. */
export function setGrowthOverride(
  db: Db,
  name: string,
  year: number,
  value: number | null,
  now: string,
): Scenario {
  const scenario = findScenario(db, name);
  if (value !== null) {
    const problem =
      validateAssumption(GROWTH_OVERRIDE_KEY, value) ??
      (!Number.isInteger(year) || year < 2000 || year > 2100
        ? `${year} is not a year between 2000 and 2100`
        : null) ??
      validateGrowthOverrides({ [year]: value })[0];
    if (problem) throw invalidInput(`${scenario.name}, ${year}: ${problem}`);
  }
  db.transaction(() => {
    const repo = repositories(db).scenarios;
    if (value === null) repo.deleteAssumptionValue(scenario.id, GROWTH_OVERRIDE_KEY, year);
    else repo.setAssumptionValue(scenario.id, GROWTH_OVERRIDE_KEY, year, value);
    journal(db, now, {
      kind: 'scenario.assumption',
      scenario: scenario.name,
      key: GROWTH_OVERRIDE_KEY,
      year,
      before: scenario.growthOverrides[year] ?? null,
      after: value,
    });
  })();
  return findScenario(db, scenario.name);
}

/** What a new scenario copies: from a scenario or from a vintage. */
export interface ScenarioContent {
  readonly description: string;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly growthOverrides: Readonly<Record<number, number>>;
  readonly deals: Scenario['deals'];
}

/**
 * A new scenario `to` holding `content`, with probability 0 so the others' weights stay as they
 * were; journaled as created from `from` (a scenario's name, or a vintage).
 */
export function copyScenarioFrom(
  db: Db,
  content: ScenarioContent,
  from: string,
  to: string,
  now: string,
): Scenario {
  const name = checkNewName(db, to);
  return db.transaction(() => {
    const repo = repositories(db).scenarios;
    const id = repo.insertScenario({
      name,
      description: content.description,
      probability: 0,
      order: repo.nextScenarioOrder(),
      createdAt: now,
    });
    for (const [key, value] of Object.entries(content.assumptions))
      repo.setAssumptionValue(id, key, 0, value);
    for (const [year, value] of Object.entries(content.growthOverrides)) {
      repo.setAssumptionValue(id, GROWTH_OVERRIDE_KEY, Number(year), value);
    }
    repositories(db).deals.replaceDeals(id, content.deals);
    const copy = findScenario(db, name);
    journal(db, now, { kind: 'scenario.create', from, after: snapshot(copy) });
    return copy;
  })();
}

/** Copies a scenario under a new name, with probability 0 so the others' weights stay as they were. */
export function copyScenario(db: Db, from: string, to: string, now: string): Scenario {
  const source = findScenario(db, from);
  return copyScenarioFrom(db, source, source.name, to, now);
}

/** Renames a scenario, or changes its description or probability (a fraction in [0, 1]). */
export function updateScenario(db: Db, name: string, fields: Partial<ScenarioFields>, now: string): Scenario {
  const scenario = findScenario(db, name);
  const newName =
    fields.name === undefined || fields.name.trim() === scenario.name
      ? scenario.name
      : checkNewName(db, fields.name);
  const probability = fields.probability ?? scenario.probability;
  if (!Number.isFinite(probability) || probability < 0 || probability > 1) {
    throw invalidInput(`${scenario.name}: probability must be between 0% and 100%, got ${probability}`);
  }
  const description = fields.description ?? scenario.description;
  if (description.length > 2000)
    throw invalidInput(`${scenario.name}: the description is over 2,000 characters`);
  const after: ScenarioFields = { name: newName, description, probability };
  db.transaction(() => {
    repositories(db).scenarios.updateScenario(scenario.id, after);
    const before: ScenarioFields = {
      name: scenario.name,
      description: scenario.description,
      probability: scenario.probability,
    };
    journal(db, now, { kind: 'scenario.update', scenario: scenario.name, before, after });
  })();
  return findScenario(db, newName);
}

/** Deletes a scenario; the last one cannot go (a projection needs a scenario). */
export function deleteScenario(db: Db, name: string, now: string): void {
  const scenario = findScenario(db, name);
  if (repositories(db).scenarios.listScenarios().length === 1) {
    throw invalidInput(`${scenario.name}: the last scenario cannot be deleted`);
  }
  db.transaction(() => {
    repositories(db).scenarios.deleteScenario(scenario.id);
    journal(db, now, { kind: 'scenario.delete', before: snapshot(scenario) });
  })();
}
