import { repositories } from '../repositories';
import type { Db } from '../db';
import type { UndoResult } from './import-types';
import { Refusal } from '../../projection/refusal';
import { takeImportAway } from '../commands/import-undo';

/**
 * Undoes import `importId` in one transaction: every value it replaced comes back exactly as it
 * was (value, qualifier, source, note, import and time), every value it added goes, and so do the
 * series it created once empty. A value changed since by an edit is kept as it is now (and
 * counted). What it took away is kept (import_taken, named by its journal entry), so the history
 * can put the import back (Ctrl+Z) and take it away again (Ctrl+Y). Imports that overwrote this one's values must be undone first, newest first; the
 * undo is refused otherwise, as it is for an import already undone. The undo is journaled.
 */
export function undoImport(db: Db, importId: number, now = new Date().toISOString()): UndoResult {
  const repos = repositories(db);
  return db.transaction((): UndoResult => {
    const record = repos.imports.findImport(importId);
    if (!record) throw new Refusal('invalid', `no import has the id ${importId} (see iwb imports)`);
    if (record.undoneAt !== null)
      throw new Refusal('invalid', `import ${importId} was undone on ${record.undoneAt}`);
    const later = repos.imports.listOverwritingImports(importId);
    if (later.length > 0) {
      const ids = later.join(', ');
      throw new Refusal(
        'invalid',
        `import ${ids} overwrote values of import ${importId}; undo ${later.length > 1 ? 'those' : 'it'} first`,
      );
    }
    const { replaced, ...taken } = takeImportAway(repos, importId);
    repos.imports.markImportUndone(importId, now);
    const restored = replaced;
    const removed = (taken.kept?.cells ?? 0) - restored;
    const result = {
      importId,
      restored,
      removed,
      kept: record.inserted + record.updated - restored - removed,
      seriesRemoved: taken.series.length,
    };
    repos.journal.appendChange(now, { kind: 'import.undo', ...result, taken });
    return result;
  })();
}
