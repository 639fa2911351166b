import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listHistory, redoStep, setObservation, setObservations, undoStep } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { summarizeChange } from '../../projection/journal-summary';
import { Refusal } from '../../projection/refusal';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
let wb: Workbook;
const NOW = '2026-12-01T09:00:00.000Z';
const DC = 'amd.revenue_data_center';
const EST = 'amd.instinct_revenue_est';
const SHARE = 'amd.x86_server_unit_share';

beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'w.iwb');
  wb = createWorkbook(path);
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

function snapshot(db = wb.db) {
  return {
    observations: db.prepare('SELECT * FROM observations ORDER BY series_id, period').all(),
    journal: db.prepare('SELECT count(*) AS n FROM journal').get(),
  };
}

const valueOf = (key: string, period: string) =>
  repositories(wb.db).observations.findObservation(key, period)?.value ?? null;

describe('setObservations', () => {
  it('writes a block of cells as one journal step and returns each cell as saved', () => {
    const entriesBefore = repositories(wb.db).journal.countEntries();
    const saved = setObservations(
      wb.db,
      {
        action: 'paste',
        cells: [
          { seriesKey: DC, period: '2025Q1', value: 3700 },
          { seriesKey: EST, period: '2025Q2', value: 1800 },
          { seriesKey: SHARE, period: '2023Q3', value: null },
        ],
      },
      NOW,
    );
    expect(saved.map((o) => o?.value ?? null)).toEqual([3700, 1800, null]);
    expect(repositories(wb.db).journal.countEntries()).toBe(entriesBefore + 1);
    const [entry] = repositories(wb.db).journal.listRecentEntries(1);
    expect(entry).toMatchObject({ kind: 'observations.set', action: 'paste', madeAt: NOW });
    if (entry?.kind !== 'observations.set') throw new Error('expected a batch entry');
    expect(entry.cells).toHaveLength(3);
    expect(entry.cells[0]).toMatchObject({
      series: DC,
      period: '2025Q1',
      before: { value: 3674 },
      after: { value: 3700, source: 'user entry' },
    });
    expect(entry.cells[2]).toMatchObject({ series: SHARE, before: { value: 23.3 }, after: null });
    expect(summarizeChange(entry)).toBe(`pasted 3 cells: ${DC} 2025Q1: 3674 → 3700 and 2 more`);
  });

  it('refuses the whole block at its first bad cell, writing nothing', () => {
    const before = snapshot();
    const block = (value: number) => ({
      action: 'paste' as const,
      cells: [
        { seriesKey: DC, period: '2025Q1', value: 1 },
        { seriesKey: SHARE, period: '2024Q1', value },
        { seriesKey: DC, period: '2025Q2', value: -5 },
      ],
    });
    expect(() => setObservations(wb.db, block(150), NOW)).toThrow(
      /x86 server unit share 2024Q1: 150 is outside the series' range \(0 to 100\)/,
    );
    expect(() => setObservations(wb.db, block(12), NOW)).toThrow(/2025Q2: -5 is outside/);
    expect(() =>
      setObservations(
        wb.db,
        { action: 'fill', cells: [{ seriesKey: 'amd.nothing', period: '2025Q1', value: 1 }] },
        NOW,
      ),
    ).toThrow(Refusal);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a cell given twice', () => {
    const cell = { seriesKey: DC, period: '2025Q1', value: 1 };
    expect(() => setObservations(wb.db, { action: 'paste', cells: [cell, cell] }, NOW)).toThrow(
      /2025Q1: the cell is given twice/,
    );
  });

  it('writes no step when no cell changes', () => {
    const before = snapshot();
    const saved = setObservations(
      wb.db,
      { action: 'fill', cells: [{ seriesKey: DC, period: '2025Q1', value: 3674 }] },
      NOW,
    );
    expect(saved[0]?.value).toBe(3674);
    expect(snapshot()).toEqual(before);
  });
});

describe('undo and redo of a batch', () => {
  const paste = () =>
    setObservations(
      wb.db,
      {
        action: 'fill',
        cells: ['2025Q2', '2025Q3', '2025Q4'].map((period) => ({ seriesKey: EST, period, value: 2000 })),
      },
      NOW,
    );

  it('takes every cell back in one step, and puts them all back, across a reopen', () => {
    const original = snapshot().observations;
    paste();
    const filled = snapshot().observations;
    wb.close();
    wb = openWorkbook(path);
    const undone = undoStep(wb.db, NOW);
    expect(undone).toMatchObject({ kind: 'observations.set', action: 'fill' });
    expect(snapshot().observations).toEqual(original);
    expect(listHistory(wb.db).canRedo?.id).toBe(undone.id);
    wb.close();
    wb = openWorkbook(path);
    redoStep(wb.db, NOW);
    expect(snapshot().observations).toEqual(filled);
    expect(valueOf(EST, '2025Q4')).toBe(2000);
  });

  it('refuses an undo when a cell of the batch was changed since, naming it, and writes nothing', () => {
    paste();
    setObservation(wb.db, { seriesKey: EST, period: '2025Q3', value: 2100 }, NOW);
    undoStep(wb.db, NOW);
    // The single edit is undone; now put 2025Q3 elsewhere outside the journal and try the batch.
    wb.db.prepare("UPDATE observations SET value = 1 WHERE period = '2025Q3' AND value = 2000").run();
    const before = snapshot();
    expect(() => undoStep(wb.db, NOW)).toThrow(/amd.instinct_revenue_est 2025Q3 was changed since/);
    expect(snapshot()).toEqual(before);
  });

  it('stores the batch by column (schema 10), and still reads and undoes one stored as objects before', () => {
    const original = snapshot().observations;
    paste();
    const row = () =>
      wb.db
        .prepare<[], { id: number; change: string }>(
          'SELECT id, change FROM journal ORDER BY id DESC LIMIT 1',
        )
        .get()!;
    const stored = JSON.parse(row().change) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['action', 'kind', 'packed']);
    const [entry] = repositories(wb.db).journal.listRecentEntries(1);
    if (entry?.kind !== 'observations.set') throw new Error('expected a batch entry');
    expect(repositories(wb.db).journal.isHandEditedCell(EST, '2025Q3')).toBe(true);
    // As schema 9 wrote it: the cells as objects.
    const { id, madeAt, ...change } = entry;
    wb.db.prepare('UPDATE journal SET change = ? WHERE id = ?').run(JSON.stringify(change), row().id);
    expect(row().change).toContain('"cells":[{"series"');
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toEqual({ ...change, id, madeAt });
    expect(repositories(wb.db).journal.isHandEditedCell(EST, '2025Q3')).toBe(true);
    undoStep(wb.db, NOW);
    expect(snapshot().observations).toEqual(original);
  });
});
