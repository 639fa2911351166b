import type { RecipeChange, RecipeSnapshot } from '../../projection/journal';
import { Refusal } from '../../projection/refusal';
import { repositories } from '../repositories';
import type { Db } from '../db';
import type { ImportOptions } from './import-types';
import type { ImportPlan } from './plan-import';
import { previewed } from './preview-registry';
import { toRecipeMapping, toRecipeOptions } from './reading/recipes';

/**
 * Writes the mapping and `options` of `plan` as recipe `name` (replacing one of that name);
 * returns the change for the journal. The caller journals it, in its own transaction.
 */
export function writeRecipe(
  db: Db,
  plan: ImportPlan,
  name: string,
  options: ImportOptions,
  now: string,
): RecipeChange {
  const recipes = repositories(db).recipes;
  const found = recipes.findRecipe(name);
  const after: RecipeSnapshot = {
    name,
    headerSignature: plan.headerSignature,
    mapping: toRecipeMapping(plan.mapping, plan.rawHeader),
    options: toRecipeOptions(options),
  };
  recipes.saveRecipe({ ...after, now });
  const before: RecipeSnapshot | null = found
    ? {
        name: found.name,
        headerSignature: found.headerSignature,
        mapping: found.mapping,
        options: found.options,
      }
    : null;
  return { before, after };
}

/**
 * Saves the mapping and options of preview `previewId` as recipe `name` (replacing one of that
 * name), to be applied again to files whose header has the same shape; journaled.
 */
export function saveImportRecipe(
  db: Db,
  previewId: number,
  name: string,
  now = new Date().toISOString(),
): void {
  if (name.trim() === '') throw new Refusal('invalid', 'a recipe needs a name');
  const { plan } = previewed(db, previewId);
  db.transaction(() => {
    const change = writeRecipe(db, plan, name.trim(), plan.options, now);
    repositories(db).journal.appendChange(now, { kind: 'recipe.save', ...change });
  })();
}

/** Deletes the recipe called `name`, journaled; returns whether there was one. */
export function deleteImportRecipe(db: Db, name: string, now: string): boolean {
  return db.transaction(() => {
    const recipes = repositories(db).recipes;
    const found = recipes.findRecipe(name);
    if (!found) return false;
    recipes.deleteRecipe(name);
    const { headerSignature, mapping, options } = found;
    repositories(db).journal.appendChange(now, {
      kind: 'recipe.delete',
      before: { name, headerSignature, mapping, options },
    });
    return true;
  })();
}
