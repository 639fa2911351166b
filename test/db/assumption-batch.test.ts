import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findScenario, listHistory, redoStep, setScenarioAssumptions, undoStep } from '../../db/commands';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { summarizeChange } from '../../projection/journal-summary';
import { Refusal } from '../../projection/refusal';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const NOW = '2026-12-01T10:00:00.000Z';
const CEILING = 'amd.inference.shareCeiling';
const FLOOR = 'amd.inference.shareFloor';

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

const snapshot = () => ({
  assumptions: wb.db.prepare('SELECT * FROM assumptions ORDER BY scenario_id, key, year').all(),
  journal: wb.db.prepare('SELECT count(*) AS n FROM journal').get(),
});
const value = (scenario: string, key: string) => findScenario(wb.db, scenario).assumptions[key];

describe('setScenarioAssumptions: many assumption cells as one step', () => {
  it('writes values across scenarios and a year override as one journal step, skipping unchanged ones', () => {
    const bullCeiling = value('Bull', CEILING)!;
    const changes = setScenarioAssumptions(
      wb.db,
      {
        action: 'paste',
        writes: [
          { scenario: 'Base', key: CEILING, year: null, value: 0.3 },
          { scenario: 'Bear', key: CEILING, year: null, value: 0.12 },
          { scenario: 'Bull', key: CEILING, year: null, value: bullCeiling },
          { scenario: 'Base', key: 'tam.growth', year: 2029, value: 0.25 },
        ],
      },
      NOW,
    );
    expect(changes.map((c) => [c.scenario, c.key, c.year, c.after])).toEqual([
      ['Base', CEILING, null, 0.3],
      ['Bear', CEILING, null, 0.12],
      ['Base', 'tam.growth', 2029, 0.25],
    ]);
    expect(value('Base', CEILING)).toBe(0.3);
    expect(value('Bear', CEILING)).toBe(0.12);
    expect(findScenario(wb.db, 'Base').growthOverrides[2029]).toBe(0.25);
    const step = listHistory(wb.db).canUndo!;
    expect(step.kind).toBe('scenario.assumptions');
    expect(summarizeChange(step)).toBe('pasted 3 assumption values in Base, Bear');
  });

  it('undoes and redoes the whole step, a cleared value coming back', () => {
    const before = snapshot();
    const baseCeiling = value('Base', CEILING);
    setScenarioAssumptions(
      wb.db,
      {
        action: 'clear',
        writes: [
          { scenario: 'Base', key: CEILING, year: null, value: null },
          { scenario: 'Bull', key: CEILING, year: null, value: 0.5 },
        ],
      },
      NOW,
    );
    expect(value('Base', CEILING)).toBeUndefined();
    const after = snapshot().assumptions;
    undoStep(wb.db, NOW);
    expect(value('Base', CEILING)).toBe(baseCeiling);
    expect(snapshot().assumptions).toEqual(before.assumptions);
    redoStep(wb.db, NOW);
    expect(snapshot().assumptions).toEqual(after);
  });

  it.each([
    [[{ scenario: 'Base', key: CEILING, year: null, value: 1.5 }], /^Base, amd.inference.shareCeiling: /],
    [[{ scenario: 'Base', key: FLOOR, year: null, value: 0.9 }], /^Base: .*floor/i],
    [[{ scenario: 'Nope', key: CEILING, year: null, value: 0.2 }], /"Nope": no such scenario/],
    [[{ scenario: 'Base', key: 'history.otherShare', year: null, value: 0.2 }], /history setting/],
    [[{ scenario: 'Base', key: CEILING, year: 2029, value: 0.2 }], /only tam.growth has values per year/],
    [
      [
        { scenario: 'Base', key: CEILING, year: null, value: 0.2 },
        { scenario: 'Base', key: CEILING, year: null, value: 0.3 },
      ],
      /written twice/,
    ],
  ])('refuses %j whole, naming the cell, and writes nothing', (writes, message) => {
    const before = snapshot();
    // A good write first: it must not be written either.
    const all = [{ scenario: 'Bear', key: CEILING, year: null, value: 0.11 }, ...writes];
    expect(() => setScenarioAssumptions(wb.db, { action: 'paste', writes: all }, NOW)).toThrow(Refusal);
    expect(() => setScenarioAssumptions(wb.db, { action: 'paste', writes: all }, NOW)).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing and journals nothing when every cell already holds its value', () => {
    const before = snapshot();
    const current = value('Base', CEILING)!;
    const changes = setScenarioAssumptions(
      wb.db,
      { action: 'fill', writes: [{ scenario: 'Base', key: CEILING, year: null, value: current }] },
      NOW,
    );
    expect(changes).toEqual([]);
    expect(snapshot()).toEqual(before);
  });
});
