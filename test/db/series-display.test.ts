import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteSeries,
  listHistory,
  redoStep,
  setSeriesDisplay,
  undoStep,
  updateSeries,
} from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
let path: string;
const NOW = '2026-11-30T10:00:00.000Z';
const DC = 'amd.revenue_data_center';
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

const content = () => ({
  series: wb.db.prepare('SELECT * FROM series ORDER BY id').all(),
  observations: wb.db.prepare('SELECT * FROM observations ORDER BY series_id, period').all(),
});
const displayOf = (key: string) => repositories(wb.db).series.findSeries(key)!.display;

describe('setSeriesDisplay', () => {
  it('starts every series as stored, with the grid decimals', () => {
    const series = repositories(wb.db).series.listSeries();
    expect(series.length).toBeGreaterThan(5);
    expect(series.every((s) => s.display.scale === 'stored' && s.display.decimals === null)).toBe(true);
  });

  it('sets scale and decimals as one journaled step, leaving the values as they were', () => {
    const values = content().observations;
    const saved = setSeriesDisplay(wb.db, DC, { scale: 'billions', decimals: 1 }, NOW);
    expect(saved.display).toEqual({ scale: 'billions', decimals: 1 });
    expect(content().observations).toEqual(values);
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'series.display',
      series: DC,
      before: { scale: 'stored', decimals: null },
      after: { scale: 'billions', decimals: 1 },
    });
    expect(listHistory(wb.db).canUndo?.kind).toBe('series.display');
  });

  it('changes only the part given, and writes nothing when nothing changes', () => {
    setSeriesDisplay(wb.db, DC, { scale: 'billions' }, NOW);
    setSeriesDisplay(wb.db, DC, { decimals: 2 }, NOW);
    expect(displayOf(DC)).toEqual({ scale: 'billions', decimals: 2 });
    const entries = repositories(wb.db).journal.countEntries();
    setSeriesDisplay(wb.db, DC, { scale: 'billions', decimals: 2 }, NOW);
    expect(repositories(wb.db).journal.countEntries()).toBe(entries);
  });

  it('is undone and redone through the history, and lasts in the file', () => {
    setSeriesDisplay(wb.db, DC, { scale: 'billions', decimals: 1 }, NOW);
    expect(undoStep(wb.db, NOW).kind).toBe('series.display');
    expect(displayOf(DC)).toEqual({ scale: 'stored', decimals: null });
    wb.close();
    wb = openWorkbook(path);
    expect(redoStep(wb.db, NOW).kind).toBe('series.display');
    expect(displayOf(DC)).toEqual({ scale: 'billions', decimals: 1 });
    expect(listHistory(wb.db).steps[0]).toMatchObject({
      kind: 'history.redo',
      summary: `${DC}: shown as stored, usual decimals → billions, 1 decimal`,
    });
  });

  it('refuses an undo over a display changed since, naming it', () => {
    setSeriesDisplay(wb.db, DC, { scale: 'billions' }, NOW);
    // A change the undo cannot see as a step of its own: written beside the journal.
    repositories(wb.db).series.updateSeriesDisplay(repositories(wb.db).series.findSeries(DC)!.id, {
      scale: 'thousands',
      decimals: null,
    });
    expect(() => undoStep(wb.db, NOW)).toThrow(`${DC}'s display was changed since`);
    expect(displayOf(DC)).toEqual({ scale: 'thousands', decimals: null });
  });

  it.each([
    [SHARE, { scale: 'billions' as const }, 'a series in percent is shown as stored'],
    [DC, { decimals: 7 }, 'decimals are a whole number from 0 to 6 (got 7)'],
    [DC, { decimals: 1.5 }, 'decimals are a whole number from 0 to 6 (got 1.5)'],
    [DC, { decimals: -1 }, 'decimals are a whole number from 0 to 6 (got -1)'],
    ['amd.nothing_here', { decimals: 1 }, 'amd.nothing_here: no such series'],
  ])('refuses %s %o with a clear message, the workbook unchanged', (key, display, message) => {
    const before = { ...content(), journal: repositories(wb.db).journal.countEntries() };
    expect(() => setSeriesDisplay(wb.db, key, display, NOW)).toThrow(message);
    expect({ ...content(), journal: repositories(wb.db).journal.countEntries() }).toEqual(before);
  });

  it('refuses a scale the file does not know, at the table too', () => {
    const id = repositories(wb.db).series.findSeries(DC)!.id;
    expect(() => wb.db.prepare("UPDATE series SET display_scale = 'trillions' WHERE id = ?").run(id)).toThrow(
      /CHECK constraint/,
    );
  });

  it('a deleted series comes back with its display when the delete is undone', () => {
    setSeriesDisplay(wb.db, DC, { scale: 'billions', decimals: 3 }, NOW);
    deleteSeries(wb.db, DC, NOW);
    undoStep(wb.db, NOW);
    expect(displayOf(DC)).toEqual({ scale: 'billions', decimals: 3 });
  });

  it('a unit changed to one that cannot be scaled keeps the display, read as stored', () => {
    setSeriesDisplay(wb.db, DC, { scale: 'billions' }, NOW);
    updateSeries(wb.db, DC, { unit: 'units' }, NOW);
    expect(displayOf(DC).scale).toBe('billions');
    // Setting the decimals again is checked against the unit it has now.
    expect(() => setSeriesDisplay(wb.db, DC, { decimals: 1 }, NOW)).toThrow('a series in units');
    expect(setSeriesDisplay(wb.db, DC, { scale: 'stored', decimals: 1 }, NOW).display).toEqual({
      scale: 'stored',
      decimals: 1,
    });
  });
});
