import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addPeriod,
  addSeries,
  deleteSeries,
  moveSeries,
  readPeriodRange,
  redoStep,
  setObservation,
  undoImport,
  undoStep,
} from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { summarizeChange } from '../../projection/journal-summary';
import { importText, snapshot } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const DC = 'amd.revenue_data_center';
// Everything but the journal, which undo and redo append to.
const content = () => {
  const { journal: _journal, ...rest } = snapshot(wb.db);
  return { ...rest, meta: wb.db.prepare("SELECT * FROM meta WHERE key LIKE 'periods.%'").all() };
};
const keys = () =>
  repositories(wb.db)
    .series.listSeries()
    .map((s) => s.key);
const lastSummary = () => summarizeChange(repositories(wb.db).journal.listRecentEntries(1)[0]!);

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

const NEW = {
  key: 'amd.revenue_gaming_consoles',
  label: 'AMD semi-custom revenue',
  company: 'AMD',
  unit: 'USD millions',
  kind: 'estimate',
} as const;

describe('addSeries', () => {
  it("adds a series last, with its unit's range and its company's calendar, as one undoable step", () => {
    const before = content();
    const saved = addSeries(wb.db, NEW, at(1));
    expect(saved).toMatchObject({ ...NEW, metric: 'revenue_gaming_consoles', minValue: 0, maxValue: null });
    expect(saved.fiscalCalendar).toBe(repositories(wb.db).series.findSeries(DC)!.fiscalCalendar);
    expect(keys().at(-1)).toBe(NEW.key);
    expect(lastSummary()).toBe(
      'added series amd.revenue_gaming_consoles (AMD semi-custom revenue, USD millions)',
    );
    const added = content();
    undoStep(wb.db, at(2));
    expect(content()).toEqual(before);
    redoStep(wb.db, at(3));
    expect(content()).toEqual(added);
  });

  it('refuses a bad key, a taken key, a derived kind, a blank label or a bad range, writing nothing', () => {
    const before = snapshot(wb.db);
    expect(() => addSeries(wb.db, { ...NEW, key: 'AMD Gaming' }, at(1))).toThrow(
      /"AMD Gaming": a series key is company.metric/,
    );
    expect(() => addSeries(wb.db, { ...NEW, key: DC }, at(1))).toThrow(
      `${DC}: a series has this key already`,
    );
    expect(() => addSeries(wb.db, { ...NEW, kind: 'derived' }, at(1))).toThrow(/derived series are computed/);
    expect(() => addSeries(wb.db, { ...NEW, label: ' ' }, at(1))).toThrow(/needs a label/);
    expect(() => addSeries(wb.db, { ...NEW, minValue: 5, maxValue: 1 }, at(1))).toThrow(NEW.key);
    expect(() => addSeries(wb.db, { ...NEW, fiscalCalendar: 'mars' }, at(1))).toThrow(
      /no fiscal calendar "mars"/,
    );
    expect(snapshot(wb.db)).toEqual(before);
  });

  it('undoes values typed in a new series first, then the series', () => {
    const before = content();
    addSeries(wb.db, NEW, at(1));
    setObservation(wb.db, { seriesKey: NEW.key, period: '2025Q1', value: 10 }, at(2));
    undoStep(wb.db, at(3));
    undoStep(wb.db, at(4));
    expect(content()).toEqual(before);
    redoStep(wb.db, at(5));
    redoStep(wb.db, at(6));
    expect(repositories(wb.db).observations.findObservation(NEW.key, '2025Q1')?.value).toBe(10);
  });
});

describe('deleteSeries', () => {
  it('deletes a series with its values and aliases; undo puts them all back exactly', async () => {
    await importText(wb.db, temp.dir, `series,period,value\n${DC},2025Q1,3690\n${DC},2031Q1,9000\n`);
    const before = content();
    expect(deleteSeries(wb.db, DC, at(1))).toBeGreaterThan(10);
    expect(keys()).not.toContain(DC);
    expect(lastSummary()).toMatch(
      /^deleted series amd.revenue_data_center \(AMD Data Center revenue\) with \d+ values$/,
    );
    const deleted = content();
    undoStep(wb.db, at(2));
    expect(content()).toEqual(before);
    redoStep(wb.db, at(3));
    expect(content()).toEqual(deleted);
    undoStep(wb.db, at(4));
    // The import's record of what it replaced came back too: undoing it restores the old value.
    const importId = repositories(wb.db).imports.listImports().at(-1)!.id;
    undoImport(wb.db, importId, at(5));
    expect(repositories(wb.db).observations.findObservation(DC, '2025Q1')?.value).toBe(3674);
    expect(repositories(wb.db).observations.findObservation(DC, '2031Q1')).toBeUndefined();
  });

  it('refuses a derived series and an unknown one', () => {
    expect(() => deleteSeries(wb.db, 'amd.instinct_revenue_implied', at(1))).toThrow(/computed by the app/);
    expect(() => deleteSeries(wb.db, 'amd.nothing', at(1))).toThrow('amd.nothing: no such series');
  });
});

describe('moveSeries', () => {
  it('moves a series; undo puts every order number back', () => {
    const before = content();
    const start = keys();
    moveSeries(wb.db, DC, 0, at(1));
    expect(keys()).toEqual([DC, ...start.filter((k) => k !== DC)]);
    expect(lastSummary()).toMatch(/^moved series amd.revenue_data_center up \d+ places?$/);
    undoStep(wb.db, at(2));
    expect(content()).toEqual(before);
    redoStep(wb.db, at(3));
    expect(keys()[0]).toBe(DC);
    expect(() => moveSeries(wb.db, DC, start.length, at(4))).toThrow(/outside 0 to/);
  });
});

describe('addPeriod', () => {
  it('adds a quarter past either end of the range before any value is there; undo takes it back', () => {
    const start = readPeriodRange(wb.db);
    expect(start.last).toMatch(/^20\d\dQ4$/);
    const next = `${Number(start.last!.slice(0, 4)) + 1}Q1`;
    expect(addPeriod(wb.db, 'end', at(1))).toBe(next);
    expect(addPeriod(wb.db, 'start', at(2))).toBe(`${Number(start.first!.slice(0, 4)) - 1}Q4`);
    expect(readPeriodRange(wb.db).last).toBe(next);
    expect(lastSummary()).toMatch(/^added quarter \d{4}Q4 at the start of the period range$/);
    undoStep(wb.db, at(3));
    undoStep(wb.db, at(4));
    expect(readPeriodRange(wb.db)).toEqual(start);
    redoStep(wb.db, at(5));
    expect(readPeriodRange(wb.db)).toEqual({ ...start, last: next });
  });

  it('refuses an empty workbook (there is no end to add to)', () => {
    wb.db.prepare('DELETE FROM observations').run();
    expect(() => addPeriod(wb.db, 'end', at(1))).toThrow(/no periods yet/);
  });
});

describe('an import through the history', () => {
  it('is undone by Ctrl+Z / iwb undo with what it replaced put back, and redone from the undo entry', async () => {
    // The values and series; the import's own records stay, marked undone, as the journal does.
    const values = () => ({
      observations: wb.db.prepare('SELECT * FROM observations ORDER BY series_id, period').all(),
      series: wb.db.prepare('SELECT * FROM series ORDER BY id').all(),
    });
    const before = values();
    await importText(wb.db, temp.dir, `series,period,value\n${DC},2025Q1,3690\n${DC},2031Q1,9000\n`);
    const imported = values();
    expect(undoStep(wb.db, at(1))).toMatchObject({ kind: 'import.commit' });
    expect(values()).toEqual(before);
    const importId = repositories(wb.db).imports.listImports().at(-1)!.id;
    expect(() => undoImport(wb.db, importId, at(2))).toThrow(/was undone on/);
    redoStep(wb.db, at(3));
    expect(values()).toEqual(imported);
    expect(repositories(wb.db).imports.findImport(importId)?.undoneAt).toBeNull();
  });
});
