import { isPeriodHeader, normalizeHeader } from '../sources/headers';
import type { ColumnRole, ImportMapping, ImportOptions, RecipeMapping, RecipeOptions } from '../import-types';
import type { SampleRecord } from './guess-mapping';

/** A mapping in recipe form, for saving. */
export function toRecipeMapping(mapping: ImportMapping, header: readonly string[]): RecipeMapping {
  const roles: Record<string, ColumnRole> = {};
  mapping.columns.forEach((role, i) => {
    const name = normalizeHeader(header[i] ?? '');
    // Period columns of a periods-across file are found by their header, whatever the quarter.
    if (mapping.shape === 'periods-across' && role === 'values' && isPeriodHeader(header[i] ?? '')) return;
    if (name !== '' && role !== 'ignore') roles[name] = role;
  });
  return { shape: mapping.shape, headerRow: mapping.headerRow, roles };
}

/** The mapping a recipe gives for a file whose records start with `records`. */
export function recipeMapping(recipe: RecipeMapping, records: readonly SampleRecord[]): ImportMapping {
  const header = records[recipe.headerRow]?.fields ?? [];
  const columns = header.map((cell): ColumnRole => {
    const role = recipe.roles[normalizeHeader(cell)];
    if (role !== undefined) return role;
    return recipe.shape === 'periods-across' && isPeriodHeader(cell) ? 'values' : 'ignore';
  });
  return { shape: recipe.shape, headerRow: recipe.headerRow, columns };
}

/** The options a recipe keeps. */
export function toRecipeOptions(options: ImportOptions): RecipeOptions {
  const { sheet: _sheet, ...rest } = options;
  return rest;
}
