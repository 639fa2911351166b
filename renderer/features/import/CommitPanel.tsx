import { useState } from 'react';
import type { ImportPreviewDto, ImportProgressDto } from '../../../electron/contract';
import { ImportProgress } from './ImportProgress';
import { commitLabel } from './import-text';

interface CommitPanelProps {
  readonly preview: ImportPreviewDto;
  readonly running: 'preview' | 'commit' | null;
  /** Why Import is disabled (see commitBlocker), or null. */
  readonly blocker: string | null;
  readonly progress: ImportProgressDto | null;
  readonly error: string | null;
  readonly onCommit: (saveRecipeAs: string) => void;
  readonly onCancel: () => void;
}

/**
 * The Import button (disabled, with the reason, while the preview cannot be committed), the name to
 * save the mapping under as a recipe, and the commit's progress with Cancel.
 */
export function CommitPanel({
  preview,
  running,
  blocker,
  progress,
  error,
  onCommit,
  onCancel,
}: CommitPanelProps) {
  const [recipeName, setRecipeName] = useState('');
  return (
    <section className="panel commit-panel" aria-label="Import">
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          if (blocker === null && running === null) onCommit(recipeName);
        }}
      >
        <label>
          Save as recipe{' '}
          <input
            type="text"
            value={recipeName}
            placeholder={preview.recipe ?? 'a name, to map this layout once'}
            onChange={(e) => setRecipeName(e.target.value)}
            maxLength={80}
            spellCheck={false}
            data-testid="save-recipe-name"
          />
        </label>
        <button
          type="submit"
          className="button primary"
          disabled={blocker !== null || running !== null}
          aria-describedby={blocker ? 'import-blocker' : undefined}
          data-testid="import-button"
        >
          {commitLabel(preview)}
        </button>
        {blocker && (
          <span id="import-blocker" className="warning" data-testid="import-blocker">
            {blocker}
          </span>
        )}
      </form>
      {running === 'commit' && <ImportProgress phase="commit" progress={progress} onCancel={onCancel} />}
      {error && (
        <p className="error-box" role="alert" data-testid="commit-error">
          {error}
        </p>
      )}
    </section>
  );
}
