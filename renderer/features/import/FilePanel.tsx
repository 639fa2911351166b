import type { FileGrant, ImportPreviewDto, RecipeDto } from '../../../electron/contract';
import { IMPORT_KINDS_TEXT } from './dropped-files';
import { describeFile, formatBytes } from './import-text';

interface FilePanelProps {
  readonly grant: FileGrant | null;
  readonly preview: ImportPreviewDto | null;
  /** The sheet the user picked, if any (shown even when it could not be read). */
  readonly sheet: string | undefined;
  readonly recipes: readonly RecipeDto[];
  readonly isBusy: boolean;
  readonly onChoose: () => void;
  readonly onClose: () => void;
  readonly onSheet: (sheet: string) => void;
  /** A recipe to apply, or null for none (the columns guessed). */
  readonly onRecipe: (name: string | null) => void;
}

/**
 * Where an import starts: the file picker (or a file dropped anywhere on the window), then the
 * file being read, its sheet (XLSX) and the recipe applied to it.
 */
export function FilePanel({
  grant,
  preview,
  sheet,
  recipes,
  isBusy,
  onChoose,
  onClose,
  onSheet,
  onRecipe,
}: FilePanelProps) {
  return (
    <section className="panel" aria-labelledby="import-file-title">
      <div className="panel-head">
        <h2 id="import-file-title">Import data</h2>
        {grant && (
          <button type="button" className="button small" onClick={onClose} disabled={isBusy}>
            Close file
          </button>
        )}
      </div>
      <div className="drop-zone" data-testid="drop-zone">
        <button type="button" className="button primary" onClick={onChoose} disabled={isBusy}>
          Choose file…
        </button>
        <span className="muted">
          or drop a {IMPORT_KINDS_TEXT} file anywhere on this window (File › Import…, Ctrl+I). Nothing is
          written until you press Import.
        </span>
      </div>
      {grant && (
        <div className="toolbar file-line" data-testid="import-file">
          <strong>
            {preview ? describeFile(preview.file) : `${grant.name} · ${formatBytes(grant.size)}`}
          </strong>
          {grant.sheets.length > 0 && (
            <label>
              Sheet{' '}
              <select
                value={sheet ?? preview?.file.sheet ?? grant.sheets[0]}
                onChange={(e) => onSheet(e.target.value)}
                disabled={isBusy}
                data-testid="sheet-select"
              >
                {grant.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
          {preview && (
            <label>
              Recipe{' '}
              <select
                value={preview.recipe ?? ''}
                onChange={(e) => onRecipe(e.target.value === '' ? null : e.target.value)}
                disabled={isBusy || recipes.length === 0}
                data-testid="recipe-select"
              >
                <option value="">None: columns guessed</option>
                {recipes.map((r) => (
                  <option key={r.name} value={r.name}>
                    {r.headerSignature === preview.headerSignature ? `${r.name} (same header)` : r.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {preview?.recipe && (
            <span className="recipe-note" data-testid="recipe-applied">
              Recipe “{preview.recipe}” applied: its columns and options are used.
            </span>
          )}
        </div>
      )}
    </section>
  );
}
