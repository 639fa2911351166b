import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteSeries,
  setObservation,
  setObservations,
  setScenarioAssumption,
  redoStep,
  undoStep,
} from '../../db/commands';
import {
  forgetChangedFigures,
  summarizeObservations,
  summarizeObservationsInSlices,
} from '../../db/observation-summary';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { importText } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const DC = 'amd.revenue_data_center';
const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** The summary as a full scan of the observations gives it: what the cache must always equal. */
const scanned = () => repositories(wb.db).observations.summarizeObservations();

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

describe('the kept summary of values', () => {
  it('equals a full count after each edit, paste, clear, import, undo, redo and series deletion', async () => {
    const agree = async () => {
      expect(summarizeObservations(wb.db)).toEqual(scanned());
      expect(await summarizeObservationsInSlices(wb.db)).toEqual(scanned());
    };
    await agree();
    const start = scanned().observations;
    setObservation(wb.db, { seriesKey: DC, period: '2031Q1', value: 9000 }, at(1));
    await agree();
    expect(summarizeObservations(wb.db)).toMatchObject({ observations: start + 1, lastPeriod: '2031Q1' });
    setObservations(
      wb.db,
      {
        action: 'paste',
        cells: [
          { seriesKey: DC, period: '1999Q4', value: 1 },
          { seriesKey: DC, period: '2031Q1', value: null },
        ],
      },
      at(2),
    );
    await agree();
    expect(summarizeObservations(wb.db).firstPeriod).toBe('1999Q4');
    undoStep(wb.db, at(3));
    await agree();
    redoStep(wb.db, at(4));
    await agree();
    await importText(wb.db, temp.dir, 'series,period,value\namd.revenue_data_center,2040Q2,5\n');
    await agree();
    expect(summarizeObservations(wb.db).lastPeriod).toBe('2040Q2');
    deleteSeries(wb.db, DC, at(5));
    await agree();
    undoStep(wb.db, at(6));
    await agree();
  });

  it('is kept through changes that move no value, and recounts only the series an edit wrote', () => {
    summarizeObservations(wb.db);
    // Counting every series again would run a statement per fifty series: one cell's edit runs one.
    let statements = 0;
    const prepare = wb.db.prepare.bind(wb.db);
    wb.db.prepare = ((sql: string) => {
      if (/count\(/.test(sql)) statements += 1;
      return prepare(sql);
    }) as typeof wb.db.prepare;
    setScenarioAssumption(wb.db, 'Base', 'amd.inference.shareCeiling', 0.3, at(1));
    const kept = summarizeObservations(wb.db);
    expect(statements).toBe(0);
    expect(kept).toEqual(scanned());
    setObservation(wb.db, { seriesKey: DC, period: '2025Q1', value: 3700 }, at(2));
    statements = 0;
    summarizeObservations(wb.db);
    expect(statements).toBe(1);
    wb.db.prepare = prepare;
  });

  it('answers inside a transaction without keeping what a rollback could take back', () => {
    const before = summarizeObservations(wb.db);
    expect(() =>
      wb.db.transaction(() => {
        wb.db
          .prepare(
            `INSERT INTO observations (series_id, period, value, updated_at)
             SELECT id, '2046Q1', 1, 'now' FROM series WHERE key = ?`,
          )
          .run(DC);
        // Nothing journaled the insert: the figures kept would say 2046Q1 if they were kept.
        forgetChangedFigures(wb.db, {
          kind: 'legacy',
          action: 'test',
          target: DC,
          before: null,
          after: null,
        });
        expect(summarizeObservations(wb.db)).toMatchObject({ lastPeriod: '2046Q1' });
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(summarizeObservations(wb.db)).toEqual(before);
    expect(summarizeObservations(wb.db)).toEqual(scanned());
  });

  it('follows what another connection commits to the file', () => {
    const before = summarizeObservations(wb.db);
    const other = new Database(wb.path);
    other
      .prepare(
        `INSERT INTO observations (series_id, period, value, updated_at)
         SELECT id, '2045Q1', 1, 'now' FROM series WHERE key = ?`,
      )
      .run(DC);
    other.close();
    expect(summarizeObservations(wb.db)).toEqual({
      ...before,
      observations: before.observations + 1,
      lastPeriod: '2045Q1',
    });
    expect(summarizeObservations(wb.db)).toEqual(scanned());
  });
});
