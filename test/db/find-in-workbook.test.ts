import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setObservations, setSeriesDisplay } from '../../db/commands';
import { derivedObservations } from '../../db/derived-series';
import { findInWorkbook } from '../../db/find-in-workbook';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { findQueryOf, isFoundNumber } from '../../projection/find-query';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
const NOW = '2026-12-01T09:00:00.000Z';
const EST = 'amd.instinct_revenue_est';

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'find.iwb'));
  setObservations(
    wb.db,
    {
      action: 'paste',
      cells: [
        {
          seriesKey: EST,
          period: '2031Q1',
          value: 12345.678,
          source: 'Desk note 50%_off',
          note: 'zeta check',
        },
        { seriesKey: EST, period: '2031Q2', value: 7777.5, source: 'my model' },
      ],
    },
    NOW,
  );
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

const find = (text: string) => findInWorkbook(wb.db, text);
const at = (text: string) => find(text).hits.map((h) => [h.seriesKey, h.period, h.field]);

describe('findQueryOf: what a search reads as', () => {
  it('reads numbers as typing does, with the decimals written', () => {
    expect(findQueryOf(' 3,500 ')).toEqual({ text: '3,500', number: { value: 3500, decimals: 0 } });
    expect(findQueryOf('(120)')?.number).toEqual({ value: -120, decimals: 0 });
    expect(findQueryOf('12.30')?.number).toEqual({ value: 12.3, decimals: 2 });
    expect(findQueryOf('Data Center')).toEqual({ text: 'data center', number: null });
    expect(findQueryOf('   ')).toBeNull();
  });

  it('matches a value as it shows rounded to the decimals typed', () => {
    const q = findQueryOf('12.3')!;
    expect(isFoundNumber(q, 12.34)).toBe(true);
    expect(isFoundNumber(q, 12.25)).toBe(true);
    expect(isFoundNumber(q, 12.36)).toBe(false);
    expect(isFoundNumber(findQueryOf('12')!, 12.4)).toBe(true);
    expect(isFoundNumber(findQueryOf('abc')!, 0)).toBe(false);
  });
});

describe('findInWorkbook', () => {
  it('finds series by label, key, company and alias, in the grid order, before cells', () => {
    const result = find('data center');
    const series = result.hits.filter((h) => h.field === 'series').map((h) => h.seriesKey);
    expect(series).toContain('amd.revenue_data_center');
    expect(series).toContain('nvidia.revenue_data_center');
    const order = repositories(wb.db)
      .series.listSeries()
      .map((s) => s.key);
    expect(series).toEqual([...series].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // By key, and by an alias ("Client and Gaming" is one of AMD's segment aliases).
    expect(at('revenue_data_center').some(([key]) => key === 'amd.revenue_data_center')).toBe(true);
    const alias = find('client and gaming').hits.find((h) => h.field === 'series');
    expect(alias?.text.toLowerCase()).toContain('client and gaming');
  });

  it('finds cells by value, rounded to the decimals typed, with thousands separators', () => {
    expect(at('12,345.68')).toEqual([[EST, '2031Q1', 'value']]);
    expect(at('12345.7')).toEqual([[EST, '2031Q1', 'value']]);
    expect(at('12345.6')).toEqual([]);
    expect(at('7,777.5')).toEqual([[EST, '2031Q2', 'value']]);
    expect(at('(7,777.5)')).toEqual([]);
  });

  it('finds cells by source and note, taking % and _ literally', () => {
    expect(at('50%_off')).toEqual([[EST, '2031Q1', 'source']]);
    expect(at('50%%')).toEqual([]);
    expect(at('ZETA')).toEqual([[EST, '2031Q1', 'note']]);
    expect(at('my model')).toEqual([[EST, '2031Q2', 'source']]);
  });

  it('finds a value as its series shows it: in billions, 12.3 finds 12,345.678 USD millions', () => {
    setSeriesDisplay(wb.db, EST, { scale: 'billions', decimals: 1 }, NOW);
    try {
      expect(at('12.3')).toEqual([[EST, '2031Q1', 'value']]);
      expect(at('12.35')).toEqual([[EST, '2031Q1', 'value']]);
      expect(at('7.8')).toContainEqual([EST, '2031Q2', 'value']);
      // Its stored number is not what the grid shows any more.
      expect(at('12,345.68')).toEqual([]);
      // A cell found by its note is listed once.
      expect(at('zeta')).toEqual([[EST, '2031Q1', 'note']]);
    } finally {
      setSeriesDisplay(wb.db, EST, { scale: 'stored', decimals: null }, NOW);
    }
    expect(at('12,345.68')).toEqual([[EST, '2031Q1', 'value']]);
  });

  it('finds derived values too, computed when read', () => {
    const implied = derivedObservations(wb.db).find((o) => o.seriesKey === 'amd.instinct_revenue_implied')!;
    const hits = find(implied.value.toFixed(4)).hits;
    expect(hits).toContainEqual(
      expect.objectContaining({ seriesKey: implied.seriesKey, period: implied.period, field: 'value' }),
    );
  });

  it('returns nothing for a blank search and at most the limit, saying so', () => {
    expect(find('  ')).toEqual({ hits: [], isTruncated: false });
    const many = find('q');
    expect(many.hits.length).toBeLessThanOrEqual(500);
  });
});
