import type { z } from 'zod';
import { commitImport, deleteImportRecipe, undoImport } from '../../../db/commands';
import {
  discardImportPreview,
  previewImport,
  type CommitOptions,
  type ImportPreview,
  type ImportRecord,
  type ImportRequest,
  type ImportResult,
  type Recipe,
  type UndoResult,
} from '../../../db/import';
import { repositories } from '../../../db/repositories';
import type { FileGrant, importInputs } from '../../import-contract';
import { grantedPath, grantFile } from './file-grants';
import type { HandlerContext } from './handler-context';
import { runActivity } from './activity';
import { cancelImport, runImport } from './running-imports';

type Input<K extends keyof typeof importInputs> = z.output<(typeof importInputs)[K]>;

/** Preview rows sent to the page: enough to scroll through; the counts cover the whole file. */
const PREVIEW_ROWS = 1000;
const PREVIEW_ISSUES = 100;

/** `files:choose`: the open dialog; a chosen file is checked and granted, null when cancelled. */
export async function chooseFile({ workbook, chooseImportFile }: HandlerContext): Promise<FileGrant | null> {
  const path = await chooseImportFile();
  return path === null ? null : grantFile(workbook, path);
}

/** `files:grantDropped`: the path the preload found for a dropped file, checked and granted. */
export function grantDroppedFile(
  { workbook }: HandlerContext,
  input: Input<'filesGrantDropped'>,
): Promise<FileGrant> {
  return grantFile(workbook, input.path);
}

/** `imports:preview`: reads a granted file without writing (it reports progress; cancel reaches it). */
export function preview(
  { workbook, parseWorker, emit }: HandlerContext,
  input: Input<'importsPreview'>,
): Promise<ImportPreview> {
  const { grantId, ...rest } = input;
  const request: ImportRequest = { path: grantedPath(workbook, grantId), ...rest };
  return runActivity(workbook, emit, 'reading', () =>
    runImport(workbook, 'preview', emit, (hooks) =>
      previewImport(workbook.db, request, {
        ...hooks,
        rowLimit: PREVIEW_ROWS,
        issueLimit: PREVIEW_ISSUES,
        parseWorker,
      }),
    ),
  );
}

/**
 * `imports:commit`: writes a preview in one transaction, which stays open while the file is read
 * (the gate keeps other requests off the workbook meanwhile). Cancelling aborts `signal`, and an
 * aborted commit writes nothing.
 */
export function commit(
  { workbook, now, parseWorker, emit }: HandlerContext,
  input: Input<'importsCommit'>,
): Promise<ImportResult> {
  return runActivity(workbook, emit, 'importing', () =>
    runImport(workbook, 'commit', emit, ({ signal, onProgress }) => {
      const options: CommitOptions = {
        ...(input.onError ? { onError: input.onError } : {}),
        ...(input.saveRecipeAs !== undefined ? { saveRecipeAs: input.saveRecipeAs.trim() } : {}),
        now: now(),
        signal,
        onProgress,
        parseWorker,
      };
      return commitImport(workbook.db, input.previewId, options);
    }),
  );
}

/** `imports:cancel`. */
export function cancel({ workbook }: HandlerContext): boolean {
  return cancelImport(workbook);
}

/** `imports:discard`. */
export function discard({ workbook }: HandlerContext, input: Input<'importsDiscard'>): boolean {
  return discardImportPreview(workbook.db, input.previewId);
}

/** `imports:list`: the workbook's imports, newest first. */
export function listImports({ workbook }: HandlerContext): ImportRecord[] {
  return repositories(workbook.db).imports.listImports().reverse();
}

/** `imports:undo`: restores what an import replaced, journaled. */
export function undo({ workbook, now }: HandlerContext, input: Input<'importsUndo'>): UndoResult {
  return undoImport(workbook.db, input.importId, now());
}

/** `recipes:list`: the saved recipes, by name (their mappings and options stay in main). */
export function listRecipes({ workbook }: HandlerContext): Recipe[] {
  return repositories(workbook.db)
    .recipes.listRecipes()
    .map(({ name, headerSignature, createdAt, updatedAt }) => ({
      name,
      headerSignature,
      createdAt,
      updatedAt,
    }));
}

/** `recipes:delete`. */
export function deleteRecipe({ workbook, now }: HandlerContext, input: Input<'recipesDelete'>): boolean {
  return deleteImportRecipe(workbook.db, input.name, now());
}
