import './import.css';
import { useCallback, useEffect, useState } from 'react';
import type {
  FileGrant,
  ImportRecordDto,
  ImportResultDto,
  RecipeDto,
  SeriesDto,
} from '../../../electron/contract';
import { call, grantDroppedFile } from '../../api';
import type { StatusMessage } from '../../components/StatusBar';
import { ColumnRoles } from './ColumnRoles';
import { CommitPanel } from './CommitPanel';
import { FilePanel } from './FilePanel';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { commitBlocker, describeResult, describeUndo } from './import-text';
import { PreviewPanel } from './PreviewPanel';
import {
  withFiscalYearEnd,
  withHeaderRow,
  withLayoutOption,
  withOption,
  withRecipe,
  withRole,
  withSeriesChoice,
  withShape,
} from './preview-choices';
import { SeriesMatches } from './SeriesMatches';
import { ReadingOptions } from './ReadingOptions';
import { RecipeList } from './RecipeList';
import { ImportResult } from './ImportResult';
import { useImportSession } from './use-import';

/** How an import was started from outside the view: File › Import… (the dialog) or a dropped file. */
export type ImportStart = { readonly kind: 'choose' } | { readonly kind: 'drop'; readonly file: File };

interface ImportViewProps {
  /** A new object starts an import (the view stays mounted, so each start is seen once). */
  readonly start: ImportStart | null;
  readonly onStatus: (message: StatusMessage) => void;
  /** After a commit or an undo changed the workbook. */
  readonly onChanged: () => void;
}

/**
 * The Import view: a file is chosen or dropped, previewed (nothing written) with the guessed shape,
 * columns and options, each of which the user can change (every change reads the file again);
 * then imported in one transaction, with progress and Cancel. Below, the imports with Undo and
 * the saved recipes.
 */
export function ImportView({ start, onStatus, onChanged }: ImportViewProps) {
  const [imports, setImports] = useState<ImportRecordDto[] | null>(null);
  const [recipes, setRecipes] = useState<RecipeDto[]>([]);
  const [series, setSeries] = useState<SeriesDto[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);

  const reloadLists = useCallback(() => {
    call('imports:list').then(setImports, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot list the imports: ${error.message}` }),
    );
    call('recipes:list').then(setRecipes, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot list the recipes: ${error.message}` }),
    );
    call('series:list').then(setSeries, (error: Error) =>
      onStatus({ kind: 'error', text: `Cannot list the series: ${error.message}` }),
    );
  }, [onStatus]);
  useEffect(reloadLists, [reloadLists]);

  const onCommitted = useCallback(
    (result: ImportResultDto) => {
      onStatus({ kind: 'info', text: describeResult(result) });
      reloadLists();
      onChanged();
    },
    [onStatus, reloadLists, onChanged],
  );
  const { session, open, change, commit, cancel, close } = useImportSession(onCommitted);
  const { preview, choices, running } = session;

  /** Opens a granted file; a refusal (a folder, another kind of file, a busy workbook) is shown instead. */
  const openGranted = useCallback(
    (granting: Promise<FileGrant | null>) =>
      granting.then(
        (grant) => {
          setFileError(null);
          if (grant) open(grant);
        },
        (error: Error) => setFileError(error.message),
      ),
    [open],
  );
  const choose = useCallback(() => void openGranted(call('files:choose')), [openGranted]);

  useEffect(() => {
    if (start)
      void openGranted(start.kind === 'choose' ? call('files:choose') : grantDroppedFile(start.file));
  }, [start, openGranted]);

  const undo = (record: ImportRecordDto) =>
    call('imports:undo', { importId: record.id }).then((result) => {
      onStatus({ kind: 'info', text: describeUndo(result) });
      reloadLists();
      onChanged();
    });
  const deleteRecipe = (name: string) =>
    call('recipes:delete', { name }).then(() => {
      onStatus({ kind: 'info', text: `Deleted recipe “${name}”` });
      reloadLists();
    });

  const isWriting = running === 'commit';
  const blocker = preview
    ? commitBlocker(preview, { isReading: running === 'preview', previewError: session.previewError })
    : null;
  return (
    <div className="page" data-testid="import-view">
      <FilePanel
        grant={session.grant}
        preview={preview}
        sheet={choices.options.sheet}
        recipes={recipes}
        isBusy={isWriting}
        onChoose={choose}
        onClose={close}
        onSheet={(sheet) => change(withLayoutOption(choices, preview, 'sheet', sheet))}
        onRecipe={(name) => change(withRecipe(choices, name))}
      />
      {fileError && (
        <p className="error-box" role="alert" data-testid="file-error">
          {fileError}
        </p>
      )}
      {running === 'preview' && (
        <ImportProgress phase="preview" progress={session.progress} onCancel={cancel} />
      )}
      {session.previewError && (
        <p className="error-box" role="alert" data-testid="preview-error">
          {session.previewError}
        </p>
      )}
      {session.result && <ImportResult result={session.result} fileName={session.resultFile ?? ''} />}
      {preview && (
        <>
          <section className="panel" aria-labelledby="import-reading-title">
            <h2 id="import-reading-title">How to read the file</h2>
            <div className="reading-layout">
              <ColumnRoles
                preview={preview}
                isBusy={isWriting}
                onShape={(shape) => change(withShape(choices, preview, shape))}
                onHeaderRow={(row) => change(withHeaderRow(choices, preview, row))}
                onRole={(index, role) => change(withRole(choices, preview, index, role))}
              />
              <ReadingOptions
                preview={preview}
                choices={choices}
                isBusy={isWriting}
                onOption={(key, value) => change(withOption(choices, preview, key, value))}
                onDelimiter={(delimiter) =>
                  change(withLayoutOption(choices, preview, 'delimiter', delimiter))
                }
                onFiscalYearEnd={(company, month) =>
                  change(withFiscalYearEnd(choices, preview, company, month))
                }
              />
            </div>
          </section>
          <SeriesMatches
            preview={preview}
            series={series}
            isBusy={isWriting}
            onChoose={(name, choice) => change(withSeriesChoice(choices, preview, name, choice))}
          />
          <PreviewPanel
            preview={preview}
            isStale={running === 'preview' || session.previewError !== null}
            onDecimal={(decimal) => change(withOption(choices, preview, 'decimal', decimal))}
          />
          <CommitPanel
            key={session.grant?.grantId}
            preview={preview}
            running={running}
            blocker={blocker}
            progress={session.progress}
            error={session.commitError}
            onCommit={commit}
            onCancel={cancel}
          />
        </>
      )}
      <section className="panel" aria-labelledby="import-history-title">
        <h2 id="import-history-title">Imports</h2>
        <ImportHistory imports={imports} isBusy={isWriting} onUndo={undo} />
      </section>
      <section className="panel" aria-labelledby="import-recipes-title">
        <h2 id="import-recipes-title">Recipes</h2>
        <RecipeList recipes={recipes} isBusy={isWriting} onDelete={deleteRecipe} />
      </section>
    </div>
  );
}
