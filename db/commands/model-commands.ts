import {
  isHistoryAssumptionKey,
  validateAssumption,
  validateAssumptions,
} from '../../projection/assumptions';
import { validateDeals, type Deal } from '../../projection/market/deals';
import { invalidInput } from '../../projection/refusal';
import { repositories } from '../repositories';
import type { Scenario } from '../repositories/scenario-repository';
import type { Db } from '../db';
import { findScenario } from './scenario-commands';

/**
 * The market model's inputs that are not single assumptions: a scenario's deals (a list, replaced
 * whole, so adding, editing, reordering and removing a deal are each one step) and the workbook's
 * history settings, held once because every scenario shares the rebuilt past.
 */

/** Replaces a scenario's deals; refuses with every problem found (a bad quarter, a share outside 0-100%). */
export function setScenarioDeals(db: Db, name: string, deals: readonly Deal[], now: string): Scenario {
  const scenario = findScenario(db, name);
  const problems = validateDeals(deals);
  const names = deals.map((d) => d.name.trim());
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length > 0) problems.push(`two deals are called "${repeated[0]}"`);
  if (problems.length > 0) throw invalidInput(`${scenario.name}: ${problems.join('; ')}`);
  const after = deals.map((d) => ({ ...d, name: d.name.trim() }));
  db.transaction(() => {
    const repos = repositories(db);
    repos.deals.replaceDeals(scenario.id, after);
    repos.journal.appendChange(now, {
      kind: 'scenario.deals',
      scenario: scenario.name,
      before: scenario.deals,
      after: findScenario(db, scenario.name).deals,
    });
  })();
  return findScenario(db, scenario.name);
}

/** The workbook's history settings (`history.*`) it holds; keys left out take their defaults. */
export function listHistorySettings(db: Db): Record<string, number> {
  return repositories(db).modelSettings.listModelSettings();
}

/** Sets one history setting (null restores its default); refuses a key that is not one or a value out of range. */
export function setHistoryAssumption(db: Db, key: string, value: number | null, now: string): void {
  if (!isHistoryAssumptionKey(key)) {
    throw invalidInput(`"${key}" is not a history setting (they start with "history.")`);
  }
  const current = listHistorySettings(db);
  if (value !== null) {
    const problem = validateAssumption(key, value) ?? validateAssumptions({ ...current, [key]: value })[0];
    if (problem) throw invalidInput(problem);
  }
  db.transaction(() => {
    const repos = repositories(db);
    repos.modelSettings.setModelSetting(key, value);
    repos.journal.appendChange(now, {
      kind: 'model.setting',
      key,
      before: current[key] ?? null,
      after: value,
    });
  })();
}
