/**
 * The import pipeline: previewImport reads a file (CSV or other delimited text, or XLSX) without
 * writing, guessing what it is not told; commitImport writes a preview in one transaction;
 * undoImport takes an import back. See docs/FILE-FORMAT.md ("Imports") for what is stored.
 */
export { previewImport } from './preview-import';
export { commitImport, importFile } from './commit-import';
export { discardImportPreview } from './preview-registry';
export { undoImport } from './undo-import';
export { deleteImportRecipe, saveImportRecipe } from './save-recipe';
export { listSheets } from './sources/xlsx-source';
export { describeIssue } from '../../projection/refusal';
export type * from './import-types';
