import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setObservation } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
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
    observations: wb.db.prepare('SELECT * FROM observations ORDER BY series_id, period').all(),
    edits: wb.db.prepare('SELECT * FROM journal').all(),
  };
}

describe('setObservation', () => {
  it('writes the value and a journal entry with the value it replaced', () => {
    const saved = setObservation(
      wb.db,
      { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 3700 },
      NOW,
    );
    expect(saved).toMatchObject({ value: 3700, source: 'user entry', qualifier: 'exact', updatedAt: NOW });
    const [entry] = repositories(wb.db).journal.listRecentEntries(1);
    expect(entry).toMatchObject({
      kind: 'observation.set',
      series: 'amd.revenue_data_center',
      period: '2025Q1',
      madeAt: NOW,
    });
    expect(entry).toMatchObject({ before: { value: 3674 }, after: { value: 3700, source: 'user entry' } });
  });

  it('fills a blank cell, and clears it again with null', () => {
    const key = 'amd.instinct_revenue_est';
    expect(
      setObservation(wb.db, { seriesKey: key, period: '2025Q2', value: 1800, source: 'my model' }, NOW)
        ?.source,
    ).toBe('my model');
    expect(setObservation(wb.db, { seriesKey: key, period: '2025Q2', value: null }, NOW)).toBeNull();
    expect(repositories(wb.db).observations.findObservation(key, '2025Q2')).toBeUndefined();
    expect(repositories(wb.db).journal.listRecentEntries(10)).toHaveLength(2);
  });

  it('writes nothing when the value is unchanged', () => {
    const before = snapshot();
    setObservation(wb.db, { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 3674 }, NOW);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [{ seriesKey: 'amd.nothing', period: '2025Q1', value: 1 }, /amd.nothing: no such series/],
    [{ seriesKey: 'amd.revenue_data_center', period: '2025Q5', value: 1 }, /2025Q5: not a period/],
    [{ seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: Number.NaN }, /is not a number/],
    [
      { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: Number.POSITIVE_INFINITY },
      /is not a number/,
    ],
    [
      { seriesKey: 'amd.x86_server_unit_share', period: '2025Q1', value: 150 },
      /AMD x86 server unit share 2025Q1: 150 is outside the series' range \(0 to 100\)/,
    ],
    [
      { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: -5 },
      /-5 is outside the series' range \(0 or more\)/,
    ],
  ])('refuses %j and changes nothing', (input, message) => {
    const before = snapshot();
    expect(() => setObservation(wb.db, input, NOW)).toThrow(message);
    expect(snapshot()).toEqual(before);
  });
});
