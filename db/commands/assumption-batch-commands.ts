import {
  isHistoryAssumptionKey,
  validateAssumption,
  validateAssumptions,
} from '../../projection/assumptions';
import type { AssumptionChange, CellBatchAction } from '../../projection/journal';
import { invalidInput } from '../../projection/refusal';
import { validateGrowthOverrides } from '../../projection/scenario-model';
import { repositories } from '../repositories';
import { GROWTH_OVERRIDE_KEY, type Scenario } from '../repositories/scenario-repository';
import type { Db } from '../db';
import { findScenario } from './scenario-commands';

/** One assumption cell to write: a scenario's value (year null) or one year's override; null clears it. */
export interface AssumptionWrite {
  readonly scenario: string;
  readonly key: string;
  readonly year: number | null;
  readonly value: number | null;
}

export interface AssumptionBatchInput {
  readonly action: CellBatchAction;
  readonly writes: readonly AssumptionWrite[];
}

const where = (w: AssumptionWrite) => `${w.scenario}, ${w.key}${w.year === null ? '' : ` ${w.year}`}`;

/** The cell's value now: the scenario's own value, or the year's override (null when not set). */
function currentValue(scenario: Scenario, write: AssumptionWrite): number | null {
  return (
    (write.year === null ? scenario.assumptions[write.key] : scenario.growthOverrides[write.year]) ?? null
  );
}

/** Refuses a write that cannot be made, naming its cell; each value is checked on its own here. */
function checkWrite(write: AssumptionWrite): void {
  if (isHistoryAssumptionKey(write.key)) {
    throw invalidInput(
      `${where(write)}: a history setting of the workbook, the same for every scenario; set it as one`,
    );
  }
  if (write.year !== null && write.key !== GROWTH_OVERRIDE_KEY) {
    throw invalidInput(`${where(write)}: only ${GROWTH_OVERRIDE_KEY} has values per year`);
  }
  if (write.year !== null && (!Number.isInteger(write.year) || write.year < 2000 || write.year > 2100)) {
    throw invalidInput(`${where(write)}: ${write.year} is not a year between 2000 and 2100`);
  }
  if (write.value === null) return;
  const problem =
    validateAssumption(write.key, write.value) ??
    (write.year === null ? null : validateGrowthOverrides({ [write.year]: write.value })[0]);
  if (problem) throw invalidInput(`${where(write)}: ${problem}`);
}

/**
 * Writes many assumption cells as one step of the journal (a paste, fill or clear in the
 * Scenarios view): every value is checked, and each scenario's assumptions together (a floor not
 * above its ceiling), before anything is written; a refusal names the first bad cell and writes
 * nothing. Cells that already hold their value are left out; returns the changes made.
 */
export function setScenarioAssumptions(db: Db, input: AssumptionBatchInput, now: string): AssumptionChange[] {
  const scenarios = new Map<string, Scenario>();
  const seen = new Set<string>();
  const changes: AssumptionChange[] = [];
  for (const write of input.writes) {
    const id = `${write.scenario}\u0000${write.key}\u0000${write.year ?? ''}`;
    if (seen.has(id)) throw invalidInput(`${where(write)}: written twice in one step`);
    seen.add(id);
    checkWrite(write);
    const scenario = scenarios.get(write.scenario) ?? findScenario(db, write.scenario);
    scenarios.set(write.scenario, scenario);
    const before = currentValue(scenario, write);
    if (before !== write.value) changes.push({ ...write, before, after: write.value });
  }
  for (const scenario of scenarios.values()) {
    const assumptions: Record<string, number> = { ...scenario.assumptions };
    for (const c of changes) {
      if (c.scenario !== scenario.name || c.year !== null) continue;
      if (c.after === null) delete assumptions[c.key];
      else assumptions[c.key] = c.after;
    }
    const problem = validateAssumptions(assumptions)[0];
    if (problem) throw invalidInput(`${scenario.name}: ${problem}`);
  }
  if (changes.length === 0) return changes;
  db.transaction(() => {
    const repos = repositories(db);
    for (const c of changes) {
      const { id } = scenarios.get(c.scenario)!;
      if (c.after === null) repos.scenarios.deleteAssumptionValue(id, c.key, c.year ?? 0);
      else repos.scenarios.setAssumptionValue(id, c.key, c.year ?? 0, c.after);
    }
    repos.journal.appendChange(now, { kind: 'scenario.assumptions', action: input.action, changes });
  })();
  return changes;
}
