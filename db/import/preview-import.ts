import type { Db } from '../db';
import { createImportPass } from './writing/import-pass';
import type { ImportPreview, ImportRequest, PreviewHooks } from './import-types';
import { createValueClassifier } from './writing/observation-writer';
import { planImport, readerSettingsOf } from './plan-import';
import { registerPreview } from './preview-registry';
import { readSeriesCatalog } from './series-catalog';
import { forEachBatch, mappingIssuesOf, readValueBatches } from './value-source';
import { hashFile } from './sources/xlsx-source';
import { Refusal } from '../../projection/refusal';

let nextPreviewId = 1;

/**
 * Reads a file without writing to the workbook and returns what an import would do: the guessed
 * (or given) mapping and options, the status of every value (the first `rowLimit` listed: new,
 * changed with the value and source it replaces, unchanged, or error), the counts, and the first
 * issues with line, column, text and reason. It streams the file, holding no more of it than a
 * batch. Rejects with a Refusal for a file that cannot be read at all (not UTF-8 or XLSX, no
 * rows), or `cancelled` when `signal` fires. Commit it with commitImport(db, previewId).
 */
export async function previewImport(
  db: Db,
  request: ImportRequest,
  hooks: PreviewHooks = {},
): Promise<ImportPreview> {
  const plan = await planImport(db, request);
  const settings = readerSettingsOf(plan, readSeriesCatalog(db));
  const classify = createValueClassifier(db);
  const pass = createImportPass({ rows: hooks.rowLimit ?? 200, issues: hooks.issueLimit ?? 100 }, classify);
  const mappingIssues = mappingIssuesOf(settings);
  let sha256: string;
  if (mappingIssues.length > 0) {
    sha256 = await hashFile(plan.path);
  } else {
    sha256 = await forEachBatch(readValueBatches(plan, settings, hooks), (batch, bytesRead) => {
      pass.consume(batch);
      hooks.onProgress?.({ bytesRead, totalBytes: plan.size, values: pass.counts.values });
    });
  }
  if (hooks.signal?.aborted) throw new Refusal('cancelled', 'the import was cancelled');
  hooks.onProgress?.({ bytesRead: plan.size, totalBytes: plan.size, values: pass.counts.values });

  const { counts } = pass;
  const totals = { ...counts, errors: counts.errors + mappingIssues.length };
  const isFatal = mappingIssues.length > 0;
  const canCommit =
    !isFatal && plan.toConfirm.length === 0 && (counts.errors === 0 || plan.options.onError === 'skip');
  const previewId = nextPreviewId++;
  const issues = [...mappingIssues, ...pass.issues].slice(0, hooks.issueLimit ?? 100);
  registerPreview(db, previewId, { plan, sha256, totals, isFatal, issues });
  return {
    previewId,
    file: {
      name: plan.fileName,
      size: plan.size,
      sha256,
      kind: plan.kind,
      sheet: plan.sheet,
      sheets: plan.sheets,
    },
    headers: plan.headers,
    mapping: plan.mapping,
    options: plan.options,
    toConfirm: plan.toConfirm,
    recipe: plan.recipe,
    headerSignature: plan.headerSignature,
    totals,
    rows: pass.rows,
    issues,
    newSeries: pass.targets
      .filter((t) => t.seriesId === null)
      .map((t) => ({
        key: t.key,
        label: t.label,
        unit: t.unit,
        company: t.company,
        metric: t.metric,
        fiscalCalendar: t.fiscalCalendar,
      })),
    matches: pass.matches,
    canCommit,
  };
}
