import { repositories } from '../repositories';
import type { Db } from '../db';
import { createImportPass, type ValueOutcome } from './writing/import-pass';
import type { CommitOptions, ImportIssue, ImportRequest, ImportResult } from './import-types';
import { ObservationWriter } from './writing/observation-writer';
import { planImport, readerSettingsOf, type ImportPlan } from './plan-import';
import { discardImportPreview, previewed } from './preview-registry';
import { writeRecipe } from './save-recipe';
import { readSeriesCatalog } from './series-catalog';
import { calendarIdOf } from './reading/series-resolver';
import { forEachBatch, mappingIssuesOf, readValueBatches } from './value-source';
import { NEW_SERIES, SKIP_SERIES } from '../../projection/import-types';
import type { FiscalCalendarChange, SeriesAlias } from '../../projection/journal';
import { cancelled, describeIssue, Refusal } from '../../projection/refusal';
import { writePagesOnce } from './writing/pages-once';

/** What the pass records for a value checked but not written (after the first error of a rejected file). */
const NOT_WRITTEN: ValueOutcome = { status: 'new', before: null };

function rejected(issues: readonly ImportIssue[], errors: number): Refusal {
  const more = errors > 1 ? ` (and ${errors - 1} more)` : '';
  return new Refusal('rejected', `${describeIssue(issues[0]!)}${more}; nothing was imported`, issues);
}

/** Sets the fiscal calendars the import was given; returns each change, for the journal. */
function applyFiscalYearEnds(db: Db, plan: ImportPlan): FiscalCalendarChange[] {
  const repos = repositories(db);
  const calendars = new Map(repos.fiscalCalendars.listFiscalCalendars().map((c) => [c.id, c]));
  const changes: FiscalCalendarChange[] = [];
  for (const [company, month] of Object.entries(plan.options.fiscalYearEnd ?? {})) {
    const id = calendarIdOf(company);
    const before = calendars.get(id) ?? null;
    if (before?.fiscalYearEndMonth === month) continue;
    const after = {
      id,
      label: before?.label ?? company.trim(),
      fiscalYearEndMonth: month,
      note: before?.note ?? 'set by an import',
    };
    repos.imports.setFiscalYearEnd({ id, label: after.label, month, note: after.note });
    changes.push({ before, after });
  }
  return changes;
}

/**
 * Saves each name the user mapped to a series as an alias of it (the metric of a "Company:
 * metric" name), so next quarter's file matches by itself; returns those it added, for the journal.
 */
function saveChosenAliases(db: Db, plan: ImportPlan): SeriesAlias[] {
  const series = repositories(db).series;
  const added: SeriesAlias[] = [];
  for (const [name, choice] of Object.entries(plan.options.seriesChoices ?? {})) {
    if (choice === NEW_SERIES || choice === SKIP_SERIES) continue;
    const target = series.findSeries(choice);
    if (!target) continue;
    const prefix = `${target.company}: `;
    const alias = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (series.addAlias(target.id, alias, 'user')) added.push({ series: choice, alias });
  }
  return added;
}

/**
 * Turns off SQLite's CHECK and foreign-key code for the commit's own bulk statements, which write
 * only periods, qualifiers, series and an import that the importer made and checked; it halves
 * the time of a large import. Statements prepared earlier keep their checks. Returns the function
 * that turns them back on.
 */
function relaxChecks(db: Db): () => void {
  if (db.inTransaction) return () => undefined;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma('ignore_check_constraints = ON');
  return () => {
    db.pragma('ignore_check_constraints = OFF');
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  };
}

/**
 * Opens the commit's transaction. The commit awaits the file between batches, so the transaction
 * stays open across turns of the event loop: nothing else may use the connection meanwhile (the
 * app's IPC layer refuses other requests while an import is written).
 */
function refuseNested(db: Db): void {
  if (db.inTransaction) {
    throw new Refusal('invalid', 'another change is being written to the workbook; try again');
  }
}

/** Reads the file again and writes it, all in one transaction (see commitImport). */
async function commitPlan(
  db: Db,
  plan: ImportPlan,
  expectedSha256: string | null,
  options: CommitOptions,
): Promise<ImportResult> {
  const onError: 'reject' | 'skip' = options.onError ?? plan.options.onError ?? 'reject';
  const confirm = plan.toConfirm[0];
  if (confirm) {
    throw new Refusal(
      'unconfirmed',
      `the numbers may use a decimal comma (${confirm.evidence}); confirm the decimal mark ("," or ".")`,
    );
  }
  const settings = readerSettingsOf(plan, readSeriesCatalog(db));
  const mappingIssues = mappingIssuesOf(settings);
  if (mappingIssues.length > 0) throw rejected(mappingIssues, mappingIssues.length);
  const now = options.now ?? new Date().toISOString();
  const repos = repositories(db);
  refuseNested(db);
  const restoreChecks = relaxChecks(db);
  let restoreJournal = () => {};
  try {
    restoreJournal = writePagesOnce(db, plan.size);
    db.exec('BEGIN IMMEDIATE');
    const importId = repos.imports.insertImport({
      fileName: plan.fileName,
      sha256: '',
      recipe: options.saveRecipeAs ?? plan.recipe,
      options: { ...plan.options, onError, mapping: plan.mapping, sheet: plan.sheet },
      importedAt: now,
    });
    const fiscalCalendars = applyFiscalYearEnds(db, plan);
    const writer = new ObservationWriter(db, importId, now, plan.fileName);
    // After the first error of a file to be rejected, values are only checked, to list more errors.
    let isWriting = true;
    const pass = createImportPass({ rows: 0, issues: options.issueLimit ?? 100 }, (batch, i, target) => {
      if (isWriting && (onError === 'skip' || pass.counts.errors === 0))
        return writer.write(batch, i, target);
      isWriting = false;
      return NOT_WRITTEN;
    });
    const sha256 = await forEachBatch(readValueBatches(plan, settings, options), (batch, bytesRead) => {
      if (options.signal?.aborted) throw cancelled();
      pass.consume(batch);
      writer.endBatch();
      options.onProgress?.({ bytesRead, totalBytes: plan.size, values: pass.counts.values });
    });
    writer.flush();
    const { counts, issues } = pass;
    if (counts.errors > 0 && onError === 'reject') throw rejected(issues, counts.errors);
    if (expectedSha256 !== null && sha256 !== expectedSha256) {
      throw new Refusal('invalid', `${plan.fileName} changed after the preview; preview it again`);
    }
    const written = {
      inserted: counts.new,
      updated: counts.changed,
      unchanged: counts.unchanged,
      skipped: counts.errors,
    };
    repos.imports.finishImport(importId, sha256, written);
    const seriesCreated = writer.seriesCreated;
    const recipe =
      options.saveRecipeAs === undefined
        ? null
        : writeRecipe(db, plan, options.saveRecipeAs, { ...plan.options, onError }, now);
    repos.journal.appendChange(now, {
      kind: 'import.commit',
      importId,
      fileName: plan.fileName,
      sha256,
      counts: { ...written, seriesCreated },
      fiscalCalendars,
      aliases: saveChosenAliases(db, plan),
      recipe,
    });
    if (options.signal?.aborted) throw cancelled();
    db.exec('COMMIT');
    return { importId, ...written, seriesCreated, issues, matches: pass.matches };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    restoreJournal();
    restoreChecks();
  }
}

/**
 * Writes previewed import `previewId` in one transaction: the import record, new series, each
 * value with its import, what each replaced (for undo), the journal entry and, if asked, a recipe.
 * The file is read again, in batches (on a parse worker when `options.parseWorker` is given and
 * the file is large), and must be the file previewed; the transaction stays open while it is read,
 * so the caller must keep other writers off the connection until the promise settles. Cancelled by
 * `options.signal` (Refusal `cancelled`, nothing written). Refuses with Refusal, writing nothing, when the file has errors and
 * bad rows are not skipped (`onError` here overrides the preview's), or a guess awaits
 * confirmation; the preview then stays, to be committed with other options or discarded.
 */
export async function commitImport(
  db: Db,
  previewId: number,
  options: CommitOptions = {},
): Promise<ImportResult> {
  const entry = previewed(db, previewId);
  const onError = options.onError ?? entry.plan.options.onError ?? 'reject';
  if (entry.isFatal) throw rejected(entry.issues, entry.issues.length);
  if (entry.totals.errors > 0 && onError === 'reject') throw rejected(entry.issues, entry.totals.errors);
  const result = await commitPlan(db, entry.plan, entry.sha256, options);
  discardImportPreview(db, previewId);
  return result;
}

/**
 * Imports a file in one pass, without a preview: plans it (request, recipe, guesses), then
 * commits as commitImport does. For the command line, where no one looks at a preview.
 */
export async function importFile(
  db: Db,
  request: ImportRequest,
  options: CommitOptions = {},
): Promise<ImportResult> {
  return commitPlan(db, await planImport(db, request), null, options);
}
