import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteScenario,
  findScenario,
  listHistorySettings,
  redoStep,
  setHistoryAssumption,
  setScenarioAssumption,
  setScenarioDeals,
  undoStep,
} from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import type { Deal } from '../../projection/market/deals';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
const NOW = '2026-11-30T10:00:00.000Z';

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

/** Everything the model's commands can touch, to show a refusal leaves it as it was. */
function contents() {
  return {
    deals: wb.db.prepare('SELECT * FROM scenario_deals ORDER BY id').all(),
    settings: wb.db.prepare('SELECT * FROM model_settings ORDER BY key').all(),
    journal: wb.db.prepare('SELECT count(*) AS n FROM journal').get(),
  };
}

const microsoft: Deal = {
  name: 'Microsoft',
  gigawatts: 2,
  startQuarter: '2027Q1',
  rampYears: 2.5,
  usdBillionsPerGw: 40,
  amdContentShare: 0.3,
  source: 'https://example.org/deal',
};

describe('scenario deals', () => {
  it('replaces the list as one step, undone and redone whole', () => {
    const base = findScenario(wb.db, 'Base');
    const deals = [...base.deals, microsoft];
    expect(setScenarioDeals(wb.db, 'Base', deals, NOW).deals).toEqual(deals);
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'scenario.deals',
      scenario: 'Base',
      before: base.deals,
      after: deals,
    });
    expect(findScenario(wb.db, 'Bull').deals).toHaveLength(2);
    undoStep(wb.db, NOW);
    expect(findScenario(wb.db, 'Base').deals).toEqual(base.deals);
    redoStep(wb.db, NOW);
    expect(findScenario(wb.db, 'Base').deals).toEqual(deals);
  });

  it.each([
    [{ ...microsoft, startQuarter: '2027' }, /start "2027" is not a quarter/],
    [{ ...microsoft, amdContentShare: 1.5 }, /between 0% and 100%/],
    [{ ...microsoft, rampYears: 0.3 }, /in quarters \(0.25 steps\)/],
    [{ ...microsoft, gigawatts: -1 }, /gigawatts must be 0 or more/],
    [{ ...microsoft, name: 'OpenAI' }, /two deals are called "OpenAI"/],
  ])('refuses %o, writing nothing', (deal, message) => {
    const before = contents();
    const deals = [...findScenario(wb.db, 'Base').deals, deal as Deal];
    expect(() => setScenarioDeals(wb.db, 'Base', deals, NOW)).toThrow(message);
    expect(contents()).toEqual(before);
  });

  it("keeps a deleted scenario's deals for its undo", () => {
    setScenarioDeals(wb.db, 'Bear', [microsoft], NOW);
    deleteScenario(wb.db, 'Bear', NOW);
    expect(wb.db.prepare('SELECT count(*) AS n FROM scenario_deals').get()).toEqual({ n: 4 });
    undoStep(wb.db, NOW);
    expect(findScenario(wb.db, 'Bear').deals).toEqual([microsoft]);
  });
});

describe('history settings', () => {
  it('sets, restores the default with null, and undoes', () => {
    setHistoryAssumption(wb.db, 'history.otherShare', 0.05, NOW);
    expect(listHistorySettings(wb.db)).toEqual({ 'history.otherShare': 0.05 });
    setHistoryAssumption(wb.db, 'history.otherShare', null, NOW);
    expect(listHistorySettings(wb.db)).toEqual({});
    undoStep(wb.db, NOW);
    expect(listHistorySettings(wb.db)).toEqual({ 'history.otherShare': 0.05 });
    expect(repositories(wb.db).journal.listRecentEntries(2)[1]).toMatchObject({
      kind: 'model.setting',
      key: 'history.otherShare',
      before: 0.05,
      after: null,
    });
  });

  it.each([
    ['tam.growth', 0.5, /not a history setting/],
    ['history.nope', 0.5, /not a history setting/],
    ['history.broadcomShareOfXpu', 0, /between 1% and 100%, got 0%/],
    ['history.otherShare', 1, /between 0% and 99%, got 100%/],
  ])('refuses %s = %d, writing nothing', (key, value, message) => {
    const before = contents();
    expect(() => setHistoryAssumption(wb.db, key, value, NOW)).toThrow(message);
    expect(contents()).toEqual(before);
  });

  it('is not a scenario assumption', () => {
    expect(() => setScenarioAssumption(wb.db, 'Base', 'history.otherShare', 0.05, NOW)).toThrow(
      /history setting of the workbook/,
    );
  });
});
