import { Fragment, useState } from 'react';
import type { RecipeDto } from '../../../electron/contract';
import { InlineForm } from '../../components/InlineForm';
import { formatTime } from './import-text';

interface RecipeListProps {
  readonly recipes: readonly RecipeDto[];
  readonly isBusy: boolean;
  readonly onDelete: (name: string) => Promise<void>;
}

/** The saved recipes (mappings and options by name) with the header they are offered for. */
export function RecipeList({ recipes, isBusy, onDelete }: RecipeListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (recipes.length === 0) {
    return (
      <p className="muted">
        No recipes yet. Name one when you import, and the next file with the same header is read the same way.
      </p>
    );
  }
  return (
    <table className="history-list" data-testid="recipe-list">
      <thead>
        <tr>
          <th scope="col">Recipe</th>
          <th scope="col">Offered for files whose header is</th>
          <th scope="col">Saved</th>
          <th scope="col">
            <span className="visually-hidden">Delete</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {recipes.map((recipe) => (
          <Fragment key={recipe.name}>
            <tr data-recipe={recipe.name}>
              <td>
                <strong>{recipe.name}</strong>
              </td>
              <td>
                <code>{recipe.headerSignature}</code>
              </td>
              <td>{formatTime(recipe.updatedAt)}</td>
              <td className="history-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Delete recipe ${recipe.name}`}
                  disabled={isBusy}
                  onClick={() => setConfirming(recipe.name)}
                >
                  Delete…
                </button>
              </td>
            </tr>
            {confirming === recipe.name && (
              <tr className="form-row">
                <td colSpan={4}>
                  <InlineForm
                    prompt={`Delete recipe “${recipe.name}”? Imports made with it stay as they are.`}
                    submitLabel="Delete recipe"
                    onSubmit={() => onDelete(recipe.name).then(() => setConfirming(null))}
                    onCancel={() => setConfirming(null)}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
