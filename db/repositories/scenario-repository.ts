import type { ScenarioSettings } from '../../projection/workbook-model';
import type { Db } from '../db';
import { dealRepository } from './deal-repository';

/** A scenario as stored: the model's settings, with its row id and place in the list. */
export interface Scenario extends ScenarioSettings {
  readonly id: number;
  readonly order: number;
}

export interface NewScenario {
  readonly name: string;
  readonly description: string;
  readonly probability: number;
  readonly order: number;
  readonly createdAt: string;
}

interface ScenarioRow {
  id: number;
  name: string;
  description: string;
  probability: number;
  sort_order: number;
}

/** The key whose per-year rows (year > 0 in the assumptions table) are TAM growth overrides. */
export const GROWTH_OVERRIDE_KEY = 'tam.growth';

/** Statements on the scenarios and assumptions tables, prepared once per connection. */
export function scenarioRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO scenarios (name, description, probability, sort_order, created_at)
     VALUES (@name, @description, @probability, @order, @createdAt)`,
  );
  const all = db.prepare<[], ScenarioRow>(
    'SELECT id, name, description, probability, sort_order FROM scenarios ORDER BY sort_order, id',
  );
  const values = db.prepare<[], { scenario_id: number; key: string; year: number; value: number }>(
    'SELECT scenario_id, key, year, value FROM assumptions ORDER BY scenario_id, key, year',
  );
  const update = db.prepare(
    'UPDATE scenarios SET name = @name, description = @description, probability = @probability WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM scenarios WHERE id = ?');
  const upsertValue = db.prepare(
    `INSERT INTO assumptions (scenario_id, key, year, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (scenario_id, key, year) DO UPDATE SET value = excluded.value`,
  );
  const removeValue = db.prepare('DELETE FROM assumptions WHERE scenario_id = ? AND key = ? AND year = ?');
  const maxOrder = db.prepare<[], { m: number | null }>('SELECT max(sort_order) AS m FROM scenarios');
  const deals = dealRepository(db);

  return {
    /** Adds a scenario (no assumptions yet) and returns its id. */
    insertScenario(scenario: NewScenario): number {
      return Number(insert.run(scenario).lastInsertRowid);
    },
    /** Every scenario with its assumptions and deals, in display order. */
    listScenarios(): Scenario[] {
      const dealsById = deals.listDealsByScenario();
      const byId = new Map<
        number,
        { assumptions: Record<string, number>; overrides: Record<number, number> }
      >();
      for (const row of values.all()) {
        const entry = byId.get(row.scenario_id) ?? { assumptions: {}, overrides: {} };
        if (row.year === 0) entry.assumptions[row.key] = row.value;
        else if (row.key === GROWTH_OVERRIDE_KEY) entry.overrides[row.year] = row.value;
        byId.set(row.scenario_id, entry);
      }
      return all.all().map((row) => ({
        id: row.id,
        name: row.name,
        description: row.description,
        probability: row.probability,
        order: row.sort_order,
        assumptions: byId.get(row.id)?.assumptions ?? {},
        growthOverrides: byId.get(row.id)?.overrides ?? {},
        deals: dealsById.get(row.id) ?? [],
      }));
    },
    /** Changes a scenario's name, description and probability. */
    updateScenario(id: number, fields: { name: string; description: string; probability: number }): void {
      update.run({ id, ...fields });
    },
    /** Removes a scenario and its assumptions. */
    deleteScenario(id: number): void {
      remove.run(id);
    },
    /** Sets one assumption value; `year` 0 is the scenario's value, another year an override. */
    setAssumptionValue(scenarioId: number, key: string, year: number, value: number): void {
      upsertValue.run(scenarioId, key, year, value);
    },
    /** Removes one assumption value (an override, usually). */
    deleteAssumptionValue(scenarioId: number, key: string, year: number): void {
      removeValue.run(scenarioId, key, year);
    },
    /** The next free display position. */
    nextScenarioOrder(): number {
      return (maxOrder.get()?.m ?? 0) + 10;
    },
  };
}
