import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addSeriesAlias,
  copyScenario,
  deleteScenario,
  listHistory,
  redoStep,
  setGrowthOverride,
  setObservation,
  setObservations,
  setScenarioAssumption,
  undoStep,
  updateScenario,
  updateSeries,
} from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { Refusal } from '../../projection/refusal';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
let wb: Workbook;
const NOW = '2026-11-30T11:00:00.000Z';

beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, 'w.iwb');
  wb = createWorkbook(path);
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

/** What a user sees of a workbook: values, series, aliases, scenarios by name (not row ids or creation times). */
function content(db: Workbook['db']) {
  const repos = repositories(db);
  return {
    observations: db.prepare('SELECT * FROM observations ORDER BY series_id, period').all(),
    series: db.prepare('SELECT * FROM series ORDER BY id').all(),
    aliases: db.prepare('SELECT * FROM series_aliases ORDER BY series_id, alias').all(),
    scenarios: repos.scenarios
      .listScenarios()
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe('undo and redo', () => {
  it('undoes a cell edit exactly, value and source, and redoes it', () => {
    const original = content(wb.db);
    setObservation(wb.db, { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 3700 }, NOW);
    const edited = content(wb.db);
    expect(undoStep(wb.db, NOW)).toMatchObject({ kind: 'observation.set', period: '2025Q1' });
    expect(content(wb.db)).toEqual(original);
    redoStep(wb.db, NOW);
    expect(content(wb.db)).toEqual(edited);
  });

  it('brings a deleted scenario back with its assumptions and overrides', () => {
    const original = content(wb.db);
    deleteScenario(wb.db, 'Bear', NOW);
    undoStep(wb.db, NOW);
    expect(content(wb.db)).toEqual(original);
  });

  it('says when there is nothing to undo or redo, and a new change ends what can be redone', () => {
    expect(() => undoStep(wb.db, NOW)).toThrow(/nothing to undo/);
    setScenarioAssumption(wb.db, 'Base', 'amd.inference.shareCeiling', 0.3, NOW);
    undoStep(wb.db, NOW);
    setScenarioAssumption(wb.db, 'Base', 'amd.inference.shareCeiling', 0.2, NOW);
    expect(() => redoStep(wb.db, NOW)).toThrow(/nothing to redo/);
    expect(listHistory(wb.db).canUndo).toMatchObject({ kind: 'scenario.assumption', after: 0.2 });
  });

  it('refuses to undo over a value changed outside the journal, and writes nothing', () => {
    setObservation(wb.db, { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 3700 }, NOW);
    wb.db.prepare("UPDATE observations SET value = 1 WHERE period = '2025Q1'").run();
    const before = content(wb.db);
    const journal = repositories(wb.db).journal.countEntries();
    expect(() => undoStep(wb.db, NOW)).toThrow(/amd.revenue_data_center 2025Q1 was changed since/);
    expect(content(wb.db)).toEqual(before);
    expect(repositories(wb.db).journal.countEntries()).toBe(journal);
  });

  it('keeps the history in the file: undo after reopening', () => {
    setObservation(wb.db, { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 3700 }, NOW);
    wb.close();
    wb = openWorkbook(path);
    undoStep(wb.db, NOW);
    expect(repositories(wb.db).observations.findObservation('amd.revenue_data_center', '2025Q1')?.value).toBe(
      3674,
    );
  });

  type Op = (db: Workbook['db']) => void;
  const cells = ['2025Q1', '2025Q4', '2026Q2'] as const;
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.tuple(fc.constantFrom(...cells), fc.option(fc.integer({ min: 0, max: 9000 }))).map(
      ([period, value]) =>
        (db: Workbook['db']) =>
          void setObservation(db, { seriesKey: 'amd.revenue_data_center', period, value }, NOW),
    ),
    // A paste, fill or clear over the same cells the single edits touch, so the two interleave.
    fc
      .tuple(
        fc.constantFrom('paste', 'fill', 'clear') as fc.Arbitrary<'paste' | 'fill' | 'clear'>,
        fc.subarray([...cells], { minLength: 1 }),
        fc.option(fc.integer({ min: 0, max: 9000 })),
      )
      .map(
        ([action, periods, value]) =>
          (db: Workbook['db']) =>
            void setObservations(
              db,
              {
                action,
                cells: periods.map((period) => ({ seriesKey: 'amd.revenue_data_center', period, value })),
              },
              NOW,
            ),
      ),
    fc
      .tuple(fc.constantFrom('Bull', 'Base', 'Bear', 'Copy'), fc.double({ min: 0.05, max: 0.6, noNaN: true }))
      .map(
        ([name, v]) =>
          (db: Workbook['db']) =>
            void setScenarioAssumption(db, name, 'amd.inference.shareCeiling', v, NOW),
      ),
    fc.tuple(fc.constantFrom('Base', 'Copy'), fc.option(fc.double({ min: 0.1, max: 1, noNaN: true }))).map(
      ([name, v]) =>
        (db: Workbook['db']) =>
          void setGrowthOverride(db, name, 2028, v, NOW),
    ),
    fc
      .constantFrom('Bull', 'Base', 'Bear')
      .map((from) => (db: Workbook['db']) => void copyScenario(db, from, 'Copy', NOW)),
    fc.constantFrom('Bear', 'Copy').map((name) => (db: Workbook['db']) => deleteScenario(db, name, NOW)),
    fc
      .tuple(
        fc.constantFrom('Base', 'Copy'),
        fc.constantFrom('Base', 'Renamed', 'Copy'),
        fc.integer({ min: 0, max: 100 }),
      )
      .map(
        ([name, to, p]) =>
          (db: Workbook['db']) =>
            void updateScenario(db, name, { name: to, probability: p / 100 }, NOW),
      ),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .map((label) => (db: Workbook['db']) => void updateSeries(db, 'amd.revenue_gaming', { label }, NOW)),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .map((alias) => (db: Workbook['db']) => addSeriesAlias(db, 'amd.revenue_gaming', alias, NOW)),
  );

  it('any sequence of changes, undone whole, gives the original content back; redone, the final one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(op, fc.boolean()), { maxLength: 14 }), (ops) => {
        const file = join(temp.dir, `p${Math.random().toString(36).slice(2)}.iwb`);
        let db = createWorkbook(file);
        try {
          const original = content(db.db);
          for (const [change, reopen] of ops) {
            try {
              change(db.db);
            } catch (error) {
              if (!(error instanceof Refusal)) throw error;
            }
            if (reopen) {
              db.close();
              db = openWorkbook(file);
            }
          }
          const final = content(db.db);
          while (listHistory(db.db).canUndo) undoStep(db.db, NOW);
          expect(content(db.db)).toEqual(original);
          db.close();
          db = openWorkbook(file);
          while (listHistory(db.db).canRedo) redoStep(db.db, NOW);
          expect(content(db.db)).toEqual(final);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
