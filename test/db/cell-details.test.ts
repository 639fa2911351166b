import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCellDetails } from '../../db/cell-details';
import { annotateObservation, setObservation, setObservations, undoStep, redoStep } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { importText, snapshot } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const DC = 'amd.revenue_data_center';
// ../shared/data/amd_segments.csv: AMD Data Center 2025Q1 is 3,674, cited to AMD's release.
const CITED = /^https:\/\//;
const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

describe('annotateObservation', () => {
  it("changes a value's qualifier, source and note, not the value, as one journaled step", () => {
    const before = repositories(wb.db).observations.findObservation(DC, '2025Q1')!;
    const saved = annotateObservation(
      wb.db,
      { seriesKey: DC, period: '2025Q1', qualifier: 'approx', source: ' AMD 10-Q ', note: 'rounded' },
      at(1),
    );
    expect(saved).toMatchObject({ value: 3674, qualifier: 'approx', source: 'AMD 10-Q', note: 'rounded' });
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'observation.set',
      series: DC,
      period: '2025Q1',
      before: { value: 3674, source: before.source, qualifier: before.qualifier },
      after: { value: 3674, source: 'AMD 10-Q', qualifier: 'approx', note: 'rounded' },
    });
    undoStep(wb.db, at(2));
    expect(repositories(wb.db).observations.findObservation(DC, '2025Q1')).toEqual(before);
  });

  it('writes nothing when nothing changes', () => {
    const source = repositories(wb.db).observations.findObservation(DC, '2025Q1')!.source;
    const before = snapshot(wb.db);
    annotateObservation(wb.db, { seriesKey: DC, period: '2025Q1', source }, at(1));
    expect(snapshot(wb.db)).toEqual(before);
  });

  it.each([
    [{ seriesKey: DC, period: '2031Q1', note: 'x' }, /AMD Data Center revenue 2031Q1: the cell is blank/],
    [{ seriesKey: 'amd.nothing', period: '2025Q1', note: 'x' }, /amd.nothing: no such series/],
    [{ seriesKey: DC, period: '2025Q5', note: 'x' }, /2025Q5: not a period/],
    [{ seriesKey: DC, period: '2025Q1', source: 'x'.repeat(2001) }, /a source is at most 2000 characters/],
    [{ seriesKey: DC, period: '2025Q1', note: 'x'.repeat(4001) }, /a note is at most 4000 characters/],
    [
      { seriesKey: DC, period: '2025Q1', qualifier: 'roughly' as 'exact' },
      /roughly is not one of exact, approx, lower_bound, upper_bound, inference/,
    ],
  ])('refuses %#, naming where and why, and writes nothing', (input, message) => {
    const before = snapshot(wb.db);
    expect(() => annotateObservation(wb.db, input, at(1))).toThrow(message);
    expect(snapshot(wb.db)).toEqual(before);
  });
});

describe('readCellDetails', () => {
  it('tells a default value with no earlier values', () => {
    const details = readCellDetails(wb.db, DC, '2025Q1');
    expect(details.current).toMatchObject({ value: 3674, source: expect.stringMatching(CITED) });
    expect(details.setBy).toMatchObject({ kind: 'default' });
    expect(details.earlier).toEqual([]);
  });

  it('keeps the cited source of a value a hand edit replaced, newest first, with undo and redo', () => {
    const cited = repositories(wb.db).observations.findObservation(DC, '2025Q1')!.source;
    setObservation(wb.db, { seriesKey: DC, period: '2025Q1', value: 3700 }, at(1));
    annotateObservation(wb.db, { seriesKey: DC, period: '2025Q1', source: 'my model' }, at(2));
    const edited = readCellDetails(wb.db, DC, '2025Q1');
    expect(edited.current).toMatchObject({ value: 3700, source: 'my model' });
    expect(edited.setBy).toMatchObject({ kind: 'edit', at: at(2) });
    expect(edited.earlier.map((e) => [e.state?.value, e.state?.source, e.replacedBy.kind])).toEqual([
      [3700, 'user entry', 'edit'],
      [3674, cited, 'edit'],
    ]);
    undoStep(wb.db, at(3));
    redoStep(wb.db, at(4));
    const redone = readCellDetails(wb.db, DC, '2025Q1');
    expect(redone.setBy).toMatchObject({ kind: 'redo', at: at(4) });
    expect(redone.earlier.map((e) => [e.state?.source, e.replacedBy.kind])).toEqual([
      ['user entry', 'redo'],
      ['my model', 'undo'],
      ['user entry', 'edit'],
      [cited, 'edit'],
    ]);
  });

  it('names the import that set a value and keeps the value it replaced', async () => {
    const cited = repositories(wb.db).observations.findObservation(DC, '2025Q1')!.source;
    const { result } = await importText(
      wb.db,
      temp.dir,
      'series,period,value,source\namd.revenue_data_center,2025Q1,3680,AMD 10-Q\n',
    );
    const details = readCellDetails(wb.db, DC, '2025Q1');
    expect(details.current).toMatchObject({ value: 3680, source: 'AMD 10-Q' });
    expect(details.setBy).toMatchObject({
      kind: 'import',
      importId: result!.importId,
      fileName: expect.stringMatching(/\.csv$/),
    });
    expect(details.earlier).toEqual([
      {
        state: expect.objectContaining({ value: 3674, source: cited }),
        replacedBy: expect.objectContaining({ kind: 'import', importId: result!.importId, undoneAt: null }),
      },
    ]);
  });

  it('reads an inferred value from a file as an inference, and an annotation can make one', async () => {
    await importText(
      wb.db,
      temp.dir,
      'series,period,value,qualifier,source\namd.instinct_revenue_est,2025Q2,1800,inferred,my split\n',
    );
    expect(readCellDetails(wb.db, 'amd.instinct_revenue_est', '2025Q2').current).toMatchObject({
      value: 1800,
      qualifier: 'inference',
      source: 'my split',
    });
    expect(
      annotateObservation(wb.db, { seriesKey: DC, period: '2025Q1', qualifier: 'inference' }, at(1))
        .qualifier,
    ).toBe('inference');
  });

  it('tells a blank cell, and refuses an unknown series or a period that is not one', () => {
    expect(readCellDetails(wb.db, DC, '2031Q1')).toEqual({
      seriesKey: DC,
      period: '2031Q1',
      current: null,
      setBy: null,
      earlier: [],
    });
    expect(() => readCellDetails(wb.db, 'amd.nothing', '2025Q1')).toThrow(/amd.nothing: no such series/);
    expect(() => readCellDetails(wb.db, DC, 'Q1')).toThrow(/Q1: not a period/);
  });
});

describe('hand-edited cells', () => {
  const isHandEdited = (period: string) => repositories(wb.db).journal.isHandEditedCell(DC, period);
  /** The hand-edited cells among all of the workbook's values (what a block read asks of its own). */
  const handEditedCells = () => {
    const repos = repositories(wb.db);
    return repos.journal.handEditedAmong(repos.observations.listObservations());
  };

  it('are those a hand edit wrote last, until an undo or an import writes them again', async () => {
    expect(handEditedCells().size).toBe(0);
    setObservation(wb.db, { seriesKey: DC, period: '2025Q1', value: 3700 }, at(1));
    annotateObservation(wb.db, { seriesKey: DC, period: '2025Q2', note: 'checked' }, at(2));
    expect(handEditedCells()).toEqual(new Set([`${DC}@2025Q1`, `${DC}@2025Q2`]));
    undoStep(wb.db, at(3));
    expect(isHandEdited('2025Q2')).toBe(false);
    await importText(wb.db, temp.dir, 'series,period,value\namd.revenue_data_center,2025Q1,3690\n');
    expect(isHandEdited('2025Q1')).toBe(false);
  });

  it('count cells a paste, fill or clear wrote last, until the batch is undone', () => {
    setObservations(
      wb.db,
      {
        action: 'paste',
        cells: [
          { seriesKey: DC, period: '2025Q1', value: 3700 },
          { seriesKey: DC, period: '2025Q2', value: 3800 },
        ],
      },
      at(1),
    );
    setObservations(
      wb.db,
      { action: 'fill', cells: [{ seriesKey: DC, period: '2025Q3', value: 3800 }] },
      at(2),
    );
    expect(handEditedCells()).toEqual(new Set([`${DC}@2025Q1`, `${DC}@2025Q2`, `${DC}@2025Q3`]));
    expect(isHandEdited('2025Q3')).toBe(true);
    // A cleared cell holds nothing to mark; the cells the clear left alone stay marked.
    setObservations(
      wb.db,
      { action: 'clear', cells: [{ seriesKey: DC, period: '2025Q2', value: null }] },
      at(3),
    );
    expect(isHandEdited('2025Q2')).toBe(false);
    expect(isHandEdited('2025Q1')).toBe(true);
    undoStep(wb.db, at(4));
    undoStep(wb.db, at(5));
    expect(isHandEdited('2025Q3')).toBe(false);
    redoStep(wb.db, at(6));
    expect(isHandEdited('2025Q3')).toBe(true);
  });

  it('are the same asked of one cell, of a block, or of the whole workbook, through edits, undo and redo', () => {
    const repos = repositories(wb.db);
    const agree = () => {
      const all = repos.observations.listObservations();
      const whole = repos.journal.handEditedAmong(all);
      const block = repos.journal.handEditedAmong(
        all.filter((o) => o.seriesKey === DC && o.period >= '2025'),
      );
      for (const o of all) {
        const id = `${o.seriesKey}@${o.period}`;
        expect(whole.has(id), id).toBe(repos.journal.isHandEditedCell(o.seriesKey, o.period));
        if (o.seriesKey === DC && o.period >= '2025') expect(block.has(id), id).toBe(whole.has(id));
      }
      return whole.size;
    };
    setObservation(wb.db, { seriesKey: DC, period: '2025Q1', value: 3700 }, at(1));
    setObservations(
      wb.db,
      {
        action: 'paste',
        cells: [
          { seriesKey: DC, period: '2025Q2', value: 3800 },
          { seriesKey: DC, period: '2024Q4', value: 3900 },
        ],
      },
      at(2),
    );
    expect(agree()).toBe(3);
    undoStep(wb.db, at(3));
    expect(agree()).toBe(1);
    redoStep(wb.db, at(4));
    expect(agree()).toBe(3);
    setObservation(wb.db, { seriesKey: DC, period: '2025Q1', value: 3710 }, at(5));
    undoStep(wb.db, at(6));
    expect(agree()).toBe(3);
  });
});
