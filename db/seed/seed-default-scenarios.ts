import { ASSUMPTION_KEYS, withDefaults } from '../../projection/assumptions';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';
import { repositories } from '../repositories';
import type { Db } from '../db';

/**
 * The default bull, base and bear scenarios with every assumption written out and the OpenAI and
 * Meta deals (the bear case's smaller), so a workbook keeps its numbers even if a later version changes the defaults. The
 * history settings are left to their defaults: they are the workbook's, not a scenario's.
 */
export function seedDefaultScenarios(db: Db, now: string): void {
  const repos = repositories(db);
  DEFAULT_SCENARIOS.forEach((definition, i) => {
    const id = repos.scenarios.insertScenario({
      name: definition.name,
      description: definition.description,
      probability: definition.probability,
      order: (i + 1) * 10,
      createdAt: now,
    });
    const values = withDefaults(definition.assumptions);
    for (const key of ASSUMPTION_KEYS) repos.scenarios.setAssumptionValue(id, key, 0, values[key]);
    repos.deals.replaceDeals(id, definition.deals);
  });
}
