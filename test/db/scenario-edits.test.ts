import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../db/repositories';
import {
  copyScenario,
  deleteScenario,
  findScenario,
  setGrowthOverride,
  setScenarioAssumption,
  updateScenario,
} from '../../db/commands';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../projection/assumptions';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const NOW = '2026-11-25T10:00:00.000Z';

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

function snapshot() {
  return {
    scenarios: wb.db.prepare('SELECT * FROM scenarios ORDER BY id').all(),
    assumptions: wb.db.prepare('SELECT * FROM assumptions ORDER BY scenario_id, key, year').all(),
    edits: wb.db.prepare('SELECT count(*) AS n FROM journal').get(),
  };
}

describe('default scenarios', () => {
  it('ships bull, base and bear with descriptions, probabilities and every assumption', () => {
    const scenarios = repositories(wb.db).scenarios.listScenarios();
    expect(scenarios.map((s) => [s.name, s.probability])).toEqual([
      ['Bull', 0.25],
      ['Base', 0.5],
      ['Bear', 0.25],
    ]);
    for (const s of scenarios) {
      expect(s.description.length).toBeGreaterThan(40);
      expect(Object.keys(s.assumptions).sort()).toEqual([...ASSUMPTION_KEYS].sort());
      expect(s.deals.map((d) => d.name)).toEqual(['OpenAI', 'Meta']);
    }
    const defaults = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, DEFAULT_ASSUMPTIONS[k]]));
    expect(findScenario(wb.db, 'Base').assumptions).toEqual(defaults);
    expect(findScenario(wb.db, 'Bear').deals.map((d) => d.gigawatts)).toEqual([4, 3]);
    const bull = findScenario(wb.db, 'Bull').assumptions;
    const bear = findScenario(wb.db, 'Bear').assumptions;
    expect(bull['amd.inference.shareCeiling']).toBeGreaterThan(bear['amd.inference.shareCeiling']!);
    expect(bull['xpu.inferenceShareEnd']).toBeLessThan(bear['xpu.inferenceShareEnd']!);
    expect(bull['tam.growthFade']).toBeLessThan(bear['tam.growthFade']!);
  });
});

describe('scenario edits', () => {
  it('sets an assumption and journals the old value', () => {
    expect(
      setScenarioAssumption(wb.db, 'Base', 'amd.inference.shareCeiling', 0.3, NOW).assumptions[
        'amd.inference.shareCeiling'
      ],
    ).toBe(0.3);
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.assumption',
      scenario: 'Base',
      key: 'amd.inference.shareCeiling',
      year: null,
      before: 0.22,
      after: 0.3,
    });
  });

  it.each([
    ['Base', 'amd.inference.shareCeiling', 1.2, /between 0% and 100%/],
    ['Base', 'capex.guidance', -5, /must not be negative/],
    ['Base', 'tam.sparkle', 1, /unknown assumption "tam.sparkle"/],
    ['Base', 'segments.inferenceStartYear', 2031, /after its end year/],
    ['Nope', 'tam.growth', 0.5, /"Nope": no such scenario \(scenarios: Bull, Base, Bear\)/],
  ])('refuses %s %s = %d, writing nothing', (name, key, value, message) => {
    const before = snapshot();
    expect(() => setScenarioAssumption(wb.db, name, key, value, NOW)).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('sets and removes per-year growth overrides, refusing bad ones', () => {
    expect(setGrowthOverride(wb.db, 'Bear', 2027, 0.2, NOW).growthOverrides).toEqual({ 2027: 0.2 });
    expect(setGrowthOverride(wb.db, 'Bear', 2027, null, NOW).growthOverrides).toEqual({});
    const before = snapshot();
    expect(() => setGrowthOverride(wb.db, 'Bear', 1999, 0.2, NOW)).toThrow(/1999/);
    expect(() => setGrowthOverride(wb.db, 'Bear', 2027, 9, NOW)).toThrow(/TAM growth/);
    expect(snapshot()).toEqual(before);
  });

  it('copies, renames, describes, re-weights and deletes', () => {
    const copy = copyScenario(wb.db, 'Bull', 'Bull, faster', NOW);
    expect(copy).toMatchObject({ name: 'Bull, faster', probability: 0 });
    expect(copy.assumptions).toEqual(findScenario(wb.db, 'Bull').assumptions);
    expect(copy.deals).toEqual(findScenario(wb.db, 'Bull').deals);
    const renamed = updateScenario(
      wb.db,
      'Bull, faster',
      { name: 'Hyper bull', description: 'MI500 wins', probability: 0.1 },
      NOW,
    );
    expect(renamed).toMatchObject({ name: 'Hyper bull', description: 'MI500 wins', probability: 0.1 });
    deleteScenario(wb.db, 'Hyper bull', NOW);
    expect(
      repositories(wb.db)
        .scenarios.listScenarios()
        .map((s) => s.name),
    ).toEqual(['Bull', 'Base', 'Bear']);
    const actions = repositories(wb.db)
      .journal.listRecentEntries(3)
      .map((e) => e.kind);
    expect(actions).toEqual(['scenario.delete', 'scenario.update', 'scenario.create']);
  });

  it('refuses duplicate or blank names, bad probabilities, and deleting the last scenario', () => {
    const before = snapshot();
    expect(() => copyScenario(wb.db, 'Bull', 'Bear', NOW)).toThrow(/already exists/);
    expect(() => copyScenario(wb.db, 'Bull', '   ', NOW)).toThrow(/needs a name/);
    expect(() => updateScenario(wb.db, 'Bull', { probability: 1.5 }, NOW)).toThrow(/between 0% and 100%/);
    expect(() => updateScenario(wb.db, 'Bull', { name: 'Base' }, NOW)).toThrow(/already exists/);
    expect(snapshot()).toEqual(before);
    deleteScenario(wb.db, 'Bull', NOW);
    deleteScenario(wb.db, 'Bear', NOW);
    expect(() => deleteScenario(wb.db, 'Base', NOW)).toThrow(/last scenario/);
  });
});
