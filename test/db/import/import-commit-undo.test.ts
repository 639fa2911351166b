import { writeFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  commitImport,
  discardImportPreview,
  previewImport,
  saveImportRecipe,
  undoImport,
} from '../../../db/import';
import { setObservation } from '../../../db/commands';
import { repositories } from '../../../db/repositories';
import type { Workbook } from '../../../db/workbook';
import {
  defaultWorkbook,
  importText,
  snapshot,
  storedValue,
  writeDataFile,
} from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
beforeEach(() => {
  wb?.close();
  wb = defaultWorkbook(temp.dir);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

const DC = 'amd.revenue_data_center';
// AMD Data Center revenue 2025Q1 is 3674 in the default workbook; 2030Q1 is empty.
const FILE = `period,series,value,source\n2025Q1,${DC},3700,https://new\n2030Q1,${DC},5000,https://new\n`;
// A value is unchanged when value, qualifier, source and note are what the import would write.
const AGAIN = `period,series,value,source\n2029Q4,${DC},1,https://old\n`;

describe('preview', () => {
  it('marks each value new, changed (old and new, with both sources) or unchanged, with counts', async () => {
    await importText(wb.db, temp.dir, AGAIN);
    const p = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, `${FILE}${AGAIN.split('\n')[1]}\n`),
    });
    expect(p.rows.map((r) => [r.period, r.status, r.before?.value ?? null])).toEqual([
      ['2025Q1', 'changed', 3674],
      ['2030Q1', 'new', null],
      ['2029Q4', 'unchanged', 1],
    ]);
    expect(p.rows[0]?.before?.source).toMatch(/^https:/);
    expect(p.rows[0]?.source).toBe('https://new');
    expect(p.totals).toEqual({ values: 3, new: 1, changed: 1, unchanged: 1, blank: 0, errors: 0 });
    expect(p.canCommit).toBe(true);
  });

  it('writes nothing, and a discarded preview cannot be committed', async () => {
    const before = snapshot(wb.db);
    const p = await previewImport(wb.db, { path: writeDataFile(temp.dir, FILE) });
    expect(snapshot(wb.db)).toEqual(before);
    expect(discardImportPreview(wb.db, p.previewId)).toBe(true);
    await expect(commitImport(wb.db, p.previewId)).rejects.toThrow(/no import preview/);
  });

  it('reports progress and is cancelled by its AbortSignal', async () => {
    const rows = Array.from(
      { length: 40000 },
      (_, i) => `${1900 + (Math.floor(i / 5) % 300)}Q${(i % 4) + 1},co${i % 97}.m${i % 13},${i}`,
    );
    const path = writeDataFile(temp.dir, `period,series,value\n${rows.join('\n')}\n`);
    const seen: number[] = [];
    const controller = new AbortController();
    const cancelled = previewImport(
      wb.db,
      { path },
      { signal: controller.signal, onProgress: (p) => seen.push(p.bytesRead) },
    );
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    await previewImport(wb.db, { path }, { onProgress: (p) => seen.push(p.bytesRead) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(Buffer.byteLength(`period,series,value\n${rows.join('\n')}\n`));
  });
});

describe('commit', () => {
  it('writes in one go, records the import, and each value remembers it', async () => {
    await importText(wb.db, temp.dir, AGAIN);
    const { result, path } = await importText(wb.db, temp.dir, `${FILE}${AGAIN.split('\n')[1]}\n`);
    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, skipped: 0, seriesCreated: 0 });
    const record = repositories(wb.db).imports.findImport(result!.importId)!;
    expect(record).toMatchObject({
      fileName: path.split('/').pop(),
      inserted: 1,
      updated: 1,
      unchanged: 1,
      skipped: 0,
      undoneAt: null,
    });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.options).toMatchObject({ delimiter: ',', onError: 'reject', mapping: { shape: 'long' } });
    expect(storedValue(wb.db, DC, '2025Q1')).toMatchObject({
      value: 3700,
      source: 'https://new',
      import_id: result!.importId,
    });
    expect(storedValue(wb.db, DC, '2029Q4')?.import_id).toBe(result!.importId - 1);
    const [edit] = repositories(wb.db).journal.listRecentEntries(1);
    expect(edit).toMatchObject({ kind: 'import.commit', importId: result!.importId, recipe: null });
  });

  it('rejects a file with an error by default, leaving the workbook exactly as it was', async () => {
    const before = snapshot(wb.db);
    const p = await previewImport(wb.db, { path: writeDataFile(temp.dir, `${FILE}2030Q2,${DC},oops,x\n`) });
    expect(p.canCommit).toBe(false);
    expect(p.issues).toEqual([
      { line: 4, column: 'value', value: 'oops', message: '"oops" is not a number' },
    ]);
    await expect(commitImport(wb.db, p.previewId)).rejects.toThrow(
      'line 4, column "value": "oops" is not a number; nothing was imported',
    );
    expect(snapshot(wb.db)).toEqual(before);
    // The user may then choose to skip the bad rows.
    const result = await commitImport(wb.db, p.previewId, { onError: 'skip' });
    expect(result).toMatchObject({ inserted: 1, updated: 1, skipped: 1 });
  });

  it('refuses a file changed after its preview', async () => {
    const path = writeDataFile(temp.dir, FILE);
    const p = await previewImport(wb.db, { path });
    writeFileSync(path, FILE.replace('5000', '5001'));
    const before = snapshot(wb.db);
    await expect(commitImport(wb.db, p.previewId)).rejects.toThrow(/changed after the preview/);
    expect(snapshot(wb.db)).toEqual(before);
  });
});

describe('new values, written in multi-row INSERTs', () => {
  // 600 rows: more than two INSERTs' worth (250 rows each), with their source shared by whole
  // statements (bound once), or changing from row to row, and some with a note or a qualifier.
  const rows = Array.from({ length: 600 }, (_, k) => {
    const source = k < 300 ? 'https://one' : k % 2 === 0 ? 'https://even' : 'https://odd';
    const note = k % 97 === 0 ? 'a note' : '';
    const qualifier = k % 89 === 0 ? 'approx' : '';
    return { period: `${2040 + Math.floor(k / 4)}Q${(k % 4) + 1}`, value: k + 0.5, source, note, qualifier };
  });

  it('stores each row with its own source, note and qualifier', async () => {
    const csv = [
      'period,series,value,source,note,qualifier',
      ...rows.map((r) => `${r.period},${DC},${r.value},${r.source},${r.note},${r.qualifier}`),
    ].join('\n');
    const { result } = await importText(wb.db, temp.dir, csv);
    expect(result).toMatchObject({ inserted: 600, updated: 0 });
    const stored = wb.db
      .prepare<[], { period: string; value: number; source: string; note: string; qualifier: string }>(
        `SELECT period, value, source, note, qualifier FROM observations o JOIN series s ON s.id = o.series_id
         WHERE s.key = '${DC}' AND period >= '2040' ORDER BY period`,
      )
      .all();
    expect(stored).toEqual(
      rows.map((r) => ({ ...r, qualifier: r.qualifier === '' ? 'exact' : r.qualifier })),
    );
  });
});

describe('undo', () => {
  it('restores every earlier value and source exactly, removes created series, and is journaled', async () => {
    const before = snapshot(wb.db);
    const { result } = await importText(wb.db, temp.dir, `${FILE}2030Q3,${DC},1,a\n`);
    const acme = await importText(wb.db, temp.dir, 'period,company,metric,value\n2030Q1,Acme,widgets,7\n');
    expect(acme.result?.seriesCreated).toBe(1);
    expect(undoImport(wb.db, acme.result!.importId)).toMatchObject({ removed: 1, seriesRemoved: 1 });
    expect(undoImport(wb.db, result!.importId)).toMatchObject({
      restored: 1,
      removed: 2,
      kept: 0,
      seriesRemoved: 0,
    });
    const after = snapshot(wb.db);
    for (const table of ['observations', 'series', 'fiscal_calendars'])
      expect(after[table]).toEqual(before[table]);
    expect(repositories(wb.db).imports.findImport(result!.importId)?.undoneAt).not.toBeNull();
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'import.undo',
      importId: result!.importId,
    });
    expect(() => undoImport(wb.db, result!.importId)).toThrow(/was undone/);
  });

  it('goes newest first when a later import overwrote the values, and keeps edits made since', async () => {
    const first = await importText(wb.db, temp.dir, `period,series,value\n2030Q1,${DC},1\n2030Q2,${DC},2\n`);
    const second = await importText(wb.db, temp.dir, `period,series,value\n2030Q1,${DC},10\n`);
    expect(() => undoImport(wb.db, first.result!.importId)).toThrow(
      `import ${second.result!.importId} overwrote values of import ${first.result!.importId}; undo it first`,
    );
    undoImport(wb.db, second.result!.importId);
    expect(storedValue(wb.db, DC, '2030Q1')).toMatchObject({ value: 1, import_id: first.result!.importId });
    setObservation(wb.db, { seriesKey: DC, period: '2030Q2', value: 22 }, new Date().toISOString());
    expect(undoImport(wb.db, first.result!.importId)).toMatchObject({ removed: 1, kept: 1 });
    expect(storedValue(wb.db, DC, '2030Q2')?.value).toBe(22);
  });
});

describe('recipes', () => {
  it('saves a mapping by name and offers it again for a file with the same header shape', async () => {
    const sheet = (periods: string[]) =>
      `Line,Owner,${periods.join(',')}\nData Center,x,${periods.map((_, i) => 100 + i).join(',')}\n`;
    const first = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, sheet(['Q1 2030', 'Q2 2030'])),
      options: { company: 'AMD', source: 'ir.amd.com' },
    });
    expect(first.mapping.columns).toEqual(['series', 'ignore', 'values', 'values']);
    saveImportRecipe(wb.db, first.previewId, 'AMD IR');
    // Next quarter's file has one more period column: same shape, so the recipe applies.
    const next = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, sheet(['Q1 2030', 'Q2 2030', 'Q3 2030'])),
    });
    expect(next.recipe).toBe('AMD IR');
    expect(next.options).toMatchObject({ company: 'AMD', source: 'ir.amd.com' });
    expect(next.rows.map((r) => `${r.seriesKey} ${r.period} ${r.value} ${r.source}`)).toEqual([
      'amd.revenue_data_center 2030Q1 100 ir.amd.com',
      'amd.revenue_data_center 2030Q2 101 ir.amd.com',
      'amd.revenue_data_center 2030Q3 102 ir.amd.com',
    ]);
    await expect(
      previewImport(wb.db, { path: writeDataFile(temp.dir, FILE), recipe: 'nope' }),
    ).rejects.toThrow('no recipe is called "nope"');
    // Asked for no recipe, the preview guesses the columns even though one fits the header.
    const guessed = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, sheet(['Q1 2030', 'Q2 2030', 'Q3 2030'])),
      recipe: null,
    });
    expect(guessed.recipe).toBeNull();
    expect(guessed.options.company).toBeUndefined();
  });
});
