import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addPeriod,
  addSeries,
  copyScenario,
  deleteScenario,
  deleteSeries,
  importFile,
  listHistory,
  moveSeries,
  redoStep,
  setObservation,
  setObservations,
  setScenarioAssumption,
  setScenarioAssumptions,
  setSeriesDisplay,
  undoImport,
  undoStep,
  updateSeries,
} from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { Refusal } from '../../projection/refusal';
import { writeDataFile } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const NOW = '2026-12-01T09:00:00.000Z';
type Db = Workbook['db'];
type Op = (db: Db) => unknown;

/**
 * Everything a user sees of a workbook: values with their sources, imports and times, series,
 * aliases, the period range and scenarios. The records of imports (what each replaced, which
 * series it created) are an audit trail like the journal: an undone import keeps them, marked undone.
 */
function content(db: Db) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    observations: all('SELECT * FROM observations ORDER BY series_id, period'),
    series: all('SELECT * FROM series ORDER BY id'),
    aliases: all('SELECT * FROM series_aliases ORDER BY series_id, alias'),
    periods: all("SELECT * FROM meta WHERE key LIKE 'periods.%' ORDER BY key"),
    scenarios: repositories(db)
      .scenarios.listScenarios()
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const SERIES = ['amd.revenue_data_center', 'amd.revenue_gaming', 'amd.extra', 'nvidia.extra'] as const;
const PERIODS = ['2024Q4', '2025Q1', '2025Q2', '2027Q1'] as const;
const value = fc.integer({ min: 0, max: 9000 });

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constantFrom(...SERIES), fc.constantFrom(...PERIODS), fc.option(value)).map(
    ([seriesKey, period, v]) =>
      (db: Db) =>
        setObservation(db, { seriesKey, period, value: v }, NOW),
  ),
  fc
    .tuple(
      fc.constantFrom('paste', 'fill', 'clear'),
      fc.constantFrom(...SERIES),
      fc.subarray([...PERIODS], { minLength: 1 }),
      value,
    )
    .map(
      ([action, seriesKey, periods, v]) =>
        (db: Db) =>
          setObservations(
            db,
            {
              action,
              cells: periods.map((period) => ({ seriesKey, period, value: action === 'clear' ? null : v })),
            },
            NOW,
          ),
    ),
  fc
    .constantFrom('amd.extra', 'nvidia.extra')
    .map(
      (key) => (db: Db) =>
        addSeries(
          db,
          { key, label: key, company: key.split('.')[0]!, unit: 'USD millions', kind: 'estimate' },
          NOW,
        ),
    ),
  fc.tuple(fc.constantFrom(...SERIES), fc.string({ minLength: 1, maxLength: 6 })).map(
    ([key, label]) =>
      (db: Db) =>
        updateSeries(db, key, { label }, NOW),
  ),
  fc
    .tuple(
      fc.constantFrom(...SERIES),
      fc.constantFrom('stored', 'thousands', 'billions'),
      fc.option(fc.integer({ min: 0, max: 6 })),
    )
    .map(
      ([key, scale, decimals]) =>
        (db: Db) =>
          setSeriesDisplay(db, key, { scale, decimals }, NOW),
    ),
  fc.constantFrom(...SERIES).map((key) => (db: Db) => deleteSeries(db, key, NOW)),
  fc.tuple(fc.constantFrom(...SERIES), fc.integer({ min: 0, max: 5 })).map(
    ([key, at]) =>
      (db: Db) =>
        moveSeries(db, key, at, NOW),
  ),
  fc.constantFrom('start', 'end').map((edge) => (db: Db) => addPeriod(db, edge, NOW)),
  fc.tuple(fc.constantFrom('Bull', 'Base', 'Copy'), fc.double({ min: 0.05, max: 0.6, noNaN: true })).map(
    ([name, v]) =>
      (db: Db) =>
        setScenarioAssumption(db, name, 'amd.inference.shareCeiling', v, NOW),
  ),
  fc
    .tuple(
      fc.constantFrom('paste', 'fill', 'clear'),
      fc.subarray(['Bull', 'Base', 'Copy'], { minLength: 1 }),
      fc.double({ min: 0.05, max: 0.6, noNaN: true }),
    )
    .map(
      ([action, names, v]) =>
        (db: Db) =>
          setScenarioAssumptions(
            db,
            {
              action,
              writes: names.map((scenario) => ({
                scenario,
                key: 'amd.inference.shareCeiling',
                year: null,
                value: action === 'clear' ? null : v,
              })),
            },
            NOW,
          ),
    ),
  fc.constant((db: Db) => copyScenario(db, 'Base', 'Copy', NOW)),
  fc.constantFrom('Bear', 'Copy').map((name) => (db: Db) => deleteScenario(db, name, NOW)),
  fc
    .tuple(fc.constantFrom(...SERIES), fc.subarray([...PERIODS], { minLength: 1 }), value)
    .map(([key, periods, v]) => async (db: Db) => {
      const rows = periods.map((p, i) => `${key},${p},${v + i},https://example.com/${v}`).join('\n');
      const path = writeDataFile(temp.dir, `series,period,value,source\n${rows}\n`);
      await importFile(db, { path, options: {} });
    }),
  // An import undone from the Import view (import.undo), picked among those in force: one that a
  // later import overwrote is refused, as it is there.
  fc.nat(3).map((pick) => (db: Db) => {
    const inForce = repositories(db)
      .imports.listImports()
      .filter((i) => i.undoneAt === null);
    const chosen = inForce[inForce.length - 1 - (pick % Math.max(inForce.length, 1))];
    if (chosen) undoImport(db, chosen.id, NOW);
  }),
);

async function run(change: Op, db: Db): Promise<void> {
  try {
    await change(db);
  } catch (error) {
    // A change the workbook refuses (a deleted series, a taken key) writes nothing: that is fine here.
    if (!(error instanceof Refusal)) throw error;
  }
}

describe('the journal over every kind of change', () => {
  it('undoing every step gives back the exact original content, redoing every step the final one, across reopening', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(op, fc.boolean()), { minLength: 1, maxLength: 12 }), async (ops) => {
        const file = join(temp.dir, `p${Math.random().toString(36).slice(2)}.iwb`);
        let wb = createWorkbook(file);
        const reopen = () => {
          wb.close();
          wb = openWorkbook(file);
        };
        try {
          const original = content(wb.db);
          for (const [change, isReopened] of ops) {
            await run(change, wb.db);
            if (isReopened) reopen();
          }
          const final = content(wb.db);
          let undone = 0;
          while (listHistory(wb.db).canUndo) {
            undoStep(wb.db, NOW);
            if (++undone % 3 === 0) reopen();
          }
          expect(content(wb.db)).toEqual(original);
          reopen();
          let redone = 0;
          while (listHistory(wb.db).canRedo) {
            redoStep(wb.db, NOW);
            if (++redone % 2 === 0) reopen();
          }
          expect(content(wb.db)).toEqual(final);
        } finally {
          wb.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
