import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redoStep, undoImport, undoStep } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import type { CellChange } from '../../projection/journal';
import { importText, snapshot } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

const at = (minute: number) => `2026-12-01T11:${String(minute).padStart(2, '0')}:00.000Z`;
const DC = 'amd.revenue_data_center';
// 200 values of a new series and one that replaces a reported figure.
const FILE = [
  'series,period,value',
  `${DC},2025Q1,3690`,
  ...Array.from({ length: 200 }, (_, q) => `acme.widgets,${2000 + (q >> 2)}Q${(q & 3) + 1},${q + 1}`),
].join('\n');

const values = () => {
  const { journal: _journal, imports: _imports, ...rest } = snapshot(wb.db);
  return rest;
};
const lastEntry = () =>
  wb.db
    .prepare<[], { kind: string; change: string }>(
      'SELECT kind, change FROM journal ORDER BY id DESC LIMIT 1',
    )
    .get()!;
const takenRows = (importId: number) =>
  wb.db
    .prepare<[number], { n: number }>('SELECT count(*) AS n FROM import_taken WHERE import_id = ?')
    .get(importId)!.n;

describe('what undoing an import takes away is kept in import_taken, not in its journal entry', () => {
  it('keeps the entry small whatever the import, and puts the import back and takes it away again', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    const importId = result!.importId;
    const imported = values();
    expect(undoImport(wb.db, importId, at(1))).toMatchObject({ restored: 1, removed: 200, seriesRemoved: 1 });
    const taken = values();
    const entry = lastEntry();
    expect(entry.kind).toBe('import.undo');
    // The 201 cells are in the table; the entry names how many and holds the deleted series only.
    expect(JSON.parse(entry.change)).toMatchObject({ taken: { cells: [], kept: { cells: 201 } } });
    expect(entry.change.length).toBeLessThan(2_000);
    expect(takenRows(importId)).toBe(201);

    expect(undoStep(wb.db, at(2))).toMatchObject({ kind: 'import.undo' });
    expect(values()).toEqual(imported);
    redoStep(wb.db, at(3));
    expect(values()).toEqual(taken);
  });

  it('the history’s undo of the import step keeps its cells there too, and its redo writes them back', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    const imported = values();
    expect(undoStep(wb.db, at(1))).toMatchObject({ kind: 'import.commit' });
    expect(JSON.parse(lastEntry().change)).toMatchObject({ imported: { cells: [], kept: { cells: 201 } } });
    expect(takenRows(result!.importId)).toBe(201);
    expect(repositories(wb.db).observations.findObservation(DC, '2025Q1')?.value).toBe(3674);
    redoStep(wb.db, at(2));
    expect(values()).toEqual(imported);
    // Put back, that taking is read by no entry again.
    expect(takenRows(result!.importId)).toBe(0);
  });

  it('still undoes and redoes an entry made before schema 9, which holds its cells', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    const importId = result!.importId;
    const imported = values();
    undoImport(wb.db, importId, at(1));
    const taken = values();
    // Rewrite the entry as an earlier version wrote it: the cells in it, no table rows.
    const { taking } = (JSON.parse(lastEntry().change) as { taken: { kept: { taking: number } } }).taken.kept;
    const cells: CellChange[] = repositories(wb.db).importTaken.listTakenCells(taking, 1_000);
    const entry = wb.db
      .prepare<[], { id: number; change: string }>('SELECT id, change FROM journal ORDER BY id DESC LIMIT 1')
      .get()!;
    const change = JSON.parse(entry.change) as { taken: { kept?: unknown; cells: CellChange[] } };
    delete change.taken.kept;
    change.taken.cells = cells;
    wb.db.prepare('UPDATE journal SET change = ? WHERE id = ?').run(JSON.stringify(change), entry.id);
    wb.db.prepare('DELETE FROM import_taken').run();

    undoStep(wb.db, at(2));
    expect(values()).toEqual(imported);
    redoStep(wb.db, at(3));
    expect(values()).toEqual(taken);
  });
});
