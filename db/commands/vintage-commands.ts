import { invalidInput } from '../../projection/refusal';
import { defaultVintageLabel, freezeProjection, type Vintage } from '../../projection/vintage';
import { runWorkbookModel } from '../../projection/workbook-model';
import { loadProjectionData } from '../projection-data';
import { repositories } from '../repositories';
import type { Scenario } from '../repositories/scenario-repository';
import type { Db } from '../db';
import { copyScenarioFrom, findScenario } from './scenario-commands';

/**
 * Vintages: freezing a scenario (its inputs and what it projects today) as a dated, read-only
 * copy inside the workbook, deleting one, and copying one back into an editable scenario. Each
 * is one journaled step; freezing and deleting can be undone.
 */

const MAX_LABEL_LENGTH = 120;

/** The vintage `id`, or a refusal listing the ones there are. */
export function findVintage(db: Db, id: number): Vintage {
  const vintage = repositories(db).vintages.findVintage(id);
  if (!vintage) {
    const ids = repositories(db)
      .vintages.listVintages()
      .map((v) => v.id)
      .join(', ');
    throw invalidInput(`vintage ${id}: no such vintage (vintages: ${ids || 'none'})`);
  }
  return vintage;
}

/** Freezes scenario `name` as it projects on the workbook now; the label defaults to scenario and jump-off. */
export function freezeScenario(db: Db, name: string, label: string | undefined, now: string): Vintage {
  const scenario = findScenario(db, name);
  const typed = label?.trim() ?? '';
  if (typed.length > MAX_LABEL_LENGTH)
    throw invalidInput(`a vintage label is at most ${MAX_LABEL_LENGTH} characters`);
  const data = loadProjectionData(db);
  const result = runWorkbookModel(data, [scenario]);
  const projection = result.comparison.scenarios[0]!.projection;
  const snapshot = freezeProjection({
    scenario,
    label: typed || defaultVintageLabel(scenario.name, projection.jumpOff.quarter, now),
    frozenAt: now,
    historyAssumptions: data.historyAssumptions,
    projection,
  });
  return db.transaction(() => {
    const repos = repositories(db);
    const id = repos.vintages.insertVintage(snapshot);
    repos.journal.appendChange(now, { kind: 'vintage.freeze', vintage: id, after: snapshot });
    return findVintage(db, id);
  })();
}

/** Deletes vintage `id` (undoable: the journal keeps its snapshot). */
export function deleteVintage(db: Db, id: number, now: string): void {
  const { id: _id, ...before } = findVintage(db, id);
  db.transaction(() => {
    const repos = repositories(db);
    repos.vintages.deleteVintage(id);
    repos.journal.appendChange(now, { kind: 'vintage.delete', vintage: id, before });
  })();
}

/** A new editable scenario (probability 0) with vintage `id`'s assumptions, overrides and deals. */
export function copyVintage(db: Db, id: number, name: string, now: string): Scenario {
  const v = findVintage(db, id);
  return copyScenarioFrom(
    db,
    {
      description: `${v.description} (from vintage "${v.label}")`,
      assumptions: v.assumptions as Readonly<Record<string, number>>,
      growthOverrides: v.growthOverrides,
      deals: v.deals,
    },
    `vintage ${v.id} (${v.label})`,
    name,
    now,
  );
}
