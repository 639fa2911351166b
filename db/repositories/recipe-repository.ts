import type { Recipe, RecipeMapping, RecipeOptions } from '../../projection/import-types';
import type { RecipeSnapshot } from '../../projection/journal';
import type { Db } from '../db';
import { prepareOnFirstUse as prepare } from './import-repository';

/** A saved import mapping: how to read files whose header has `headerSignature`. */
export interface ImportRecipe extends Recipe, RecipeSnapshot {
  readonly id: number;
}

export type SaveRecipeInput = RecipeSnapshot & { readonly now: string };

interface RecipeRow {
  id: number;
  name: string;
  header_signature: string;
  mapping: string;
  options: string;
  created_at: string;
  updated_at: string;
}

function toRecipe(row: RecipeRow): ImportRecipe {
  return {
    id: row.id,
    name: row.name,
    headerSignature: row.header_signature,
    // Written only by saveRecipe, from these types.
    mapping: JSON.parse(row.mapping) as RecipeMapping,
    options: JSON.parse(row.options) as RecipeOptions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Statements on import_recipes (saved mappings), prepared once per connection. */
export function recipeRepository(db: Db) {
  const upsert = prepare(() =>
    db.prepare(
      `INSERT INTO import_recipes (name, header_signature, mapping, options, created_at, updated_at)
     VALUES (@name, @headerSignature, @mapping, @options, @now, @now)
     ON CONFLICT (name) DO UPDATE SET header_signature = excluded.header_signature, mapping = excluded.mapping,
       options = excluded.options, updated_at = excluded.updated_at`,
    ),
  );
  const byName = prepare(() =>
    db.prepare<[string], RecipeRow>('SELECT * FROM import_recipes WHERE name = ?'),
  );
  const bySignature = prepare(() =>
    db.prepare<[string], RecipeRow>(
      'SELECT * FROM import_recipes WHERE header_signature = ? ORDER BY updated_at DESC, id DESC',
    ),
  );
  const all = prepare(() => db.prepare<[], RecipeRow>('SELECT * FROM import_recipes ORDER BY name'));
  const remove = prepare(() => db.prepare('DELETE FROM import_recipes WHERE name = ?'));

  return {
    /** Saves a recipe under its name, replacing one of the same name. */
    saveRecipe(input: SaveRecipeInput): void {
      upsert().run({
        ...input,
        mapping: JSON.stringify(input.mapping),
        options: JSON.stringify(input.options),
      });
    },
    /** The recipe called `name`, or undefined. */
    findRecipe(name: string): ImportRecipe | undefined {
      const row = byName().get(name);
      return row ? toRecipe(row) : undefined;
    },
    /** Recipes saved for this header shape, most recently saved first. */
    findRecipesForHeader(headerSignature: string): ImportRecipe[] {
      return bySignature().all(headerSignature).map(toRecipe);
    },
    /** Every recipe, by name. */
    listRecipes(): ImportRecipe[] {
      return all().all().map(toRecipe);
    },
    /** Deletes the recipe called `name`; returns whether there was one. */
    deleteRecipe(name: string): boolean {
      return remove().run(name).changes > 0;
    },
  };
}
