import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSeriesAlias, setObservation, updateSeries } from '../../db/commands';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
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

const snapshot = () => ({
  series: wb.db.prepare('SELECT * FROM series ORDER BY id').all(),
  aliases: wb.db.prepare('SELECT * FROM series_aliases ORDER BY series_id, alias').all(),
  journal: wb.db.prepare('SELECT * FROM journal').all(),
});

describe('series commands', () => {
  it('ships the default series with ranges from their units and the aliases their releases use', () => {
    const series = repositories(wb.db).series;
    expect(series.findSeries('amd.x86_server_unit_share')).toMatchObject({ minValue: 0, maxValue: 100 });
    expect(series.findSeries('amd.revenue_data_center')).toMatchObject({ minValue: 0, maxValue: null });
    const aliases = series.listAliases().filter((a) => a.seriesKey.startsWith('amd.'));
    expect(aliases.map((a) => `${a.seriesKey}=${a.alias}`)).toEqual([
      'amd.revenue_total=Net revenue',
      'amd.revenue_total=Total net revenue',
      'amd.revenue_data_center=Data Center',
      'amd.revenue_client=Client',
      'amd.revenue_gaming=Gaming',
      'amd.revenue_embedded=Embedded',
      'amd.revenue_client_and_gaming=Client and Gaming',
    ]);
    expect(aliases.every((a) => a.source === 'default')).toBe(true);
  });

  it('renames, re-units and re-ranges a series, journaling the fields before and after', () => {
    const saved = updateSeries(wb.db, 'amd.revenue_embedded', { label: ' Embedded ', minValue: null }, NOW);
    expect(saved).toMatchObject({ label: 'Embedded', minValue: null, unit: 'USD millions' });
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'series.update',
      series: 'amd.revenue_embedded',
      before: { label: 'AMD Embedded revenue', minValue: 0 },
      after: { label: 'Embedded', minValue: null },
    });
    // An adjustment series may now hold a negative value.
    expect(
      setObservation(wb.db, { seriesKey: 'amd.revenue_embedded', period: '2026Q2', value: -3 }, NOW)?.value,
    ).toBe(-3);
  });

  it.each([
    [{ label: '  ' }, /needs a label/],
    [{ unit: '' }, /needs a unit/],
    [{ minValue: 10, maxValue: 5 }, /minimum 10 is above the maximum 5/],
    [
      { maxValue: 30 },
      /^AMD x86 server unit share: the range 0 to 30 leaves out 33.2 in 2026Q1 \(the first value outside it\); nothing was changed$/,
    ],
  ])('refuses %j, naming why, and writes nothing', (fields, message) => {
    const before = snapshot();
    expect(() => updateSeries(wb.db, 'amd.x86_server_unit_share', fields, NOW)).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('adds an alias once, journaled, and refuses a blank one or an unknown series', () => {
    addSeriesAlias(wb.db, 'nvidia.revenue_data_center', 'Compute & Networking', NOW);
    addSeriesAlias(wb.db, 'nvidia.revenue_data_center', 'Compute & Networking', NOW);
    const entries = repositories(wb.db).journal.listRecentEntries(2);
    expect(entries[0]).toMatchObject({ kind: 'series.alias', alias: 'Compute & Networking' });
    expect(entries[1]?.kind).not.toBe('series.alias');
    const before = snapshot();
    expect(() => addSeriesAlias(wb.db, 'nvidia.revenue_data_center', ' ', NOW)).toThrow(/cannot be blank/);
    expect(() => addSeriesAlias(wb.db, 'nvidia.nothing', 'x', NOW)).toThrow(/no such series/);
    expect(snapshot()).toEqual(before);
  });
});
