import { repositories } from '../repositories';
import type { Db } from '../workbook';
import { previewed } from './preview-registry';
import { toRecipeMapping, toRecipeOptions } from './reading/recipes';
import { Refusal } from '../../projection/refusal';

/**
 * Saves the mapping and options of preview `previewId` as recipe `name` (replacing one of that
 * name), to be applied again to files whose header has the same shape.
 */
export function saveImportRecipe(
  db: Db,
  previewId: number,
  name: string,
  now = new Date().toISOString(),
): void {
  if (name.trim() === '') throw new Refusal('invalid', 'a recipe needs a name');
  const { plan } = previewed(db, previewId);
  repositories(db).recipes.saveRecipe({
    name: name.trim(),
    headerSignature: plan.headerSignature,
    mapping: toRecipeMapping(plan.mapping, plan.rawHeader),
    options: toRecipeOptions(plan.options),
    now,
  });
}
