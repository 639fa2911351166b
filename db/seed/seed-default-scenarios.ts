import { withDefaults } from '../../projection/assumptions';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';
import { repositories } from '../repositories';
import type { Db } from '../workbook';

/**
 * The default bull, base and bear scenarios with every assumption written out, so a workbook keeps
 * its numbers even if a later version changes the defaults.
 */
export function seedDefaultScenarios(db: Db, now: string): void {
  const repo = repositories(db).scenarios;
  DEFAULT_SCENARIOS.forEach((definition, i) => {
    const id = repo.insertScenario({
      name: definition.name,
      description: definition.description,
      probability: definition.probability,
      order: (i + 1) * 10,
      createdAt: now,
    });
    for (const [key, value] of Object.entries(withDefaults(definition.assumptions))) {
      repo.setAssumptionValue(id, key, 0, value);
    }
  });
}
