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
import { readStepDetails } from '../../db/step-details';
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

describe('an import undone from the import history, through the history', () => {
  // Everything but the journal and the import's own record (its undone time is an audit trail).
  const values = () => {
    const { journal: _journal, imports: _imports, ...rest } = snapshot(wb.db);
    return rest;
  };
  const NEW_SERIES = 'acme.widget_revenue';
  const FILE = `series,period,value\n${DC},2025Q1,3690\n${DC},2031Q1,9000\n${NEW_SERIES},2025Q1,12\n`;

  it('Ctrl+Z puts the import back in force with the series it created; Ctrl+Y takes it away again', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    const importId = result!.importId;
    const imported = values();
    expect(undoImport(wb.db, importId, at(1))).toMatchObject({ restored: 1, removed: 2, seriesRemoved: 1 });
    const taken = values();
    expect(keys()).not.toContain(NEW_SERIES);
    // The history panel lists the cells it changed, from the import's values back to the earlier ones.
    const undoEntry = repositories(wb.db).journal.listRecentEntries(1)[0]!;
    expect(readStepDetails(wb.db, undoEntry.id).cells).toContainEqual(
      expect.objectContaining({
        series: DC,
        period: '2025Q1',
        before: expect.objectContaining({ value: 3690 }),
        after: expect.objectContaining({ value: 3674 }),
      }),
    );

    expect(undoStep(wb.db, at(2))).toMatchObject({ kind: 'import.undo', importId });
    expect(values()).toEqual(imported);
    expect(repositories(wb.db).imports.findImport(importId)?.undoneAt).toBeNull();
    redoStep(wb.db, at(3));
    expect(values()).toEqual(taken);
    expect(repositories(wb.db).imports.findImport(importId)?.undoneAt).toBe(at(3));

    // Back in force again, the import itself is the next step to undo, as if never undone.
    undoStep(wb.db, at(4));
    expect(undoStep(wb.db, at(5))).toMatchObject({ kind: 'import.commit', importId });
    expect(repositories(wb.db).observations.findObservation(DC, '2025Q1')?.value).toBe(3674);
    expect(keys()).not.toContain(NEW_SERIES);
    redoStep(wb.db, at(6));
    expect(values()).toEqual(imported);
  });

  it('leaves a value edited since the import as the user left it, both ways', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    setObservation(wb.db, { seriesKey: DC, period: '2031Q1', value: 9500 }, at(1));
    expect(undoImport(wb.db, result!.importId, at(2))).toMatchObject({ kept: 1, removed: 1 });
    undoStep(wb.db, at(3));
    const dc = (period: string) => repositories(wb.db).observations.findObservation(DC, period)?.value;
    expect([dc('2025Q1'), dc('2031Q1')]).toEqual([3690, 9500]);
    redoStep(wb.db, at(4));
    expect([dc('2025Q1'), dc('2031Q1')]).toEqual([3674, 9500]);
  });

  it('refuses, writing nothing, when a cell it would write was changed outside the journal', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    undoImport(wb.db, result!.importId, at(1));
    wb.db
      .prepare(
        "UPDATE observations SET value = 1 WHERE period = '2025Q1' AND series_id = (SELECT id FROM series WHERE key = ?)",
      )
      .run(DC);
    const changed = values();
    expect(() => undoStep(wb.db, at(2))).toThrow(/amd.revenue_data_center 2025Q1 was changed since/);
    expect(values()).toEqual(changed);
    expect(keys()).not.toContain(NEW_SERIES);
  });

  it('refuses an undo of an import recorded before the journal kept what it took away', async () => {
    const { result } = await importText(wb.db, temp.dir, FILE);
    const importId = result!.importId;
    const repos = repositories(wb.db);
    wb.db.transaction(() => {
      repos.imports.markImportUndone(importId, at(1));
      repos.journal.appendChange(at(1), {
        kind: 'import.undo',
        importId,
        restored: 0,
        removed: 0,
        kept: 0,
        seriesRemoved: 0,
      });
    })();
    expect(() => undoStep(wb.db, at(2))).toThrow(
      `the undo of import ${importId} was made by an earlier version, which did not keep what it took away; import the file again`,
    );
  });
});
