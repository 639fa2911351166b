import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../../db/repositories';
import type { Workbook } from '../../../db/workbook';
import { NEW_SERIES, SKIP_SERIES } from '../../../projection/import-types';
import { defaultWorkbook, importText, snapshot, storedValue } from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

/**
 * The quarterly update: next quarter's files land on the series the default workbook has (by key,
 * label, alias or company and metric words), ambiguous names wait for a choice, unknown keys make
 * new series, and values outside a series' range are refused.
 */
let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
beforeEach(() => {
  temp = makeTempDir();
  wb = defaultWorkbook(temp.dir);
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

const seriesCount = () => repositories(wb.db).series.listSeries().length;

describe('import matching', () => {
  it("lands AMD's IR sheet (segment labels, Q2'26 headers, company AMD) on the existing series", async () => {
    const before = seriesCount();
    const ir = [
      "Segment,Q1'26,Q2'26",
      'Data Center,"5,800","6,400"',
      'Client and Gaming,"3,600","3,700"',
      'Embedded,900,950',
      'Total net revenue,"10,300","11,050"',
    ].join('\n');
    const { preview, result } = await importText(wb.db, temp.dir, ir, { company: 'AMD' });
    expect(preview.newSeries).toEqual([]);
    expect(preview.matches).toEqual([
      { name: 'Data Center', outcome: 'alias', series: 'amd.revenue_data_center', candidates: [] },
      {
        name: 'Client and Gaming',
        outcome: 'alias',
        series: 'amd.revenue_client_and_gaming',
        candidates: [],
      },
      { name: 'Embedded', outcome: 'alias', series: 'amd.revenue_embedded', candidates: [] },
      { name: 'Total net revenue', outcome: 'alias', series: 'amd.revenue_total', candidates: [] },
    ]);
    expect(result).not.toBeNull();
    expect(seriesCount()).toBe(before);
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2026Q2')?.value).toBe(6400);
    expect(storedValue(wb.db, 'amd.revenue_client_and_gaming', '2026Q2')?.value).toBe(3700);
    expect(storedValue(wb.db, 'amd.revenue_embedded', '2026Q2')?.value).toBe(950);
    expect(storedValue(wb.db, 'amd.revenue_total', '2026Q2')?.value).toBe(11050);
  });

  it('lands a long file of company and metric words for AMD, NVIDIA and the hyperscalers on the existing series', async () => {
    const before = seriesCount();
    const long = [
      'company,metric,period,value',
      'AMD,Data Center revenue,2026Q2,6400',
      'AMD,Net revenue,2026Q2,11050',
      'NVIDIA,Data Center revenue,2026Q2,75000',
      'Microsoft,Capex (cash purchases of PP&E),2026Q2,30000',
      'Amazon,Purchases of property and equipment,2026Q2,40000',
      'Alphabet,Capital expenditures,2026Q2,25000',
      'Meta,Purchases of property and equipment,2026Q2,20000',
    ].join('\n');
    const { preview } = await importText(wb.db, temp.dir, long);
    expect(preview.newSeries).toEqual([]);
    expect(preview.matches.map((m) => `${m.name} -> ${m.series} (${m.outcome})`)).toEqual([
      'AMD: Data Center revenue -> amd.revenue_data_center (words)',
      'AMD: Net revenue -> amd.revenue_total (alias)',
      'NVIDIA: Data Center revenue -> nvidia.revenue_data_center (words)',
      'Microsoft: Capex (cash purchases of PP&E) -> microsoft.purchases_of_property_and_equipment (words)',
      'Amazon: Purchases of property and equipment -> amazon.purchases_of_property_and_equipment (key)',
      'Alphabet: Capital expenditures -> alphabet.purchases_of_property_and_equipment (alias)',
      'Meta: Purchases of property and equipment -> meta.purchases_of_property_and_equipment (key)',
    ]);
    expect(seriesCount()).toBe(before);
    expect(storedValue(wb.db, 'nvidia.revenue_data_center', '2026Q2')?.value).toBe(75000);
    expect(storedValue(wb.db, 'microsoft.purchases_of_property_and_equipment', '2026Q2')?.value).toBe(30000);
    expect(storedValue(wb.db, 'alphabet.purchases_of_property_and_equipment', '2026Q2')?.value).toBe(25000);
    expect(storedValue(wb.db, 'amd.revenue_total', '2026Q2')?.value).toBe(11050);
  });

  it('holds a name two series share as an error until the user chooses, then remembers the choice as an alias', async () => {
    const file = 'series,period,value\nData Center,2026Q2,6400\n';
    const before = snapshot(wb.db);
    const first = await importText(wb.db, temp.dir, file);
    expect(first.result).toBeNull();
    expect(first.preview.matches).toEqual([
      {
        name: 'Data Center',
        outcome: 'ambiguous',
        series: null,
        candidates: ['amd.revenue_data_center', 'nvidia.revenue_data_center'],
      },
    ]);
    expect(first.preview.issues[0]?.message).toMatch(
      /"Data Center" is ambiguous: AMD Data Center revenue \(amd.revenue_data_center\) or NVIDIA Data Center revenue \(nvidia.revenue_data_center\)/,
    );
    expect(snapshot(wb.db)).toEqual(before);

    const custom = 'series,period,value\nDC segment,2026Q2,6400\n';
    const chosen = await importText(wb.db, temp.dir, custom, {
      seriesChoices: { 'DC segment': 'amd.revenue_data_center' },
    });
    expect(chosen.result).not.toBeNull();
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2026Q2')?.value).toBe(6400);
    expect(repositories(wb.db).journal.listRecentEntries(1)[0]).toMatchObject({
      kind: 'import.commit',
      aliases: [{ series: 'amd.revenue_data_center', alias: 'DC segment' }],
    });
    // Next quarter's file matches by itself.
    const next = await importText(wb.db, temp.dir, 'series,period,value\nDC segment,2026Q3,7000\n');
    expect(next.result).not.toBeNull();
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2026Q3')?.value).toBe(7000);
  });

  it('makes a new series of an unknown key, or of a name the user sends to a new series, and skips what they skip', async () => {
    const { preview } = await importText(
      wb.db,
      temp.dir,
      'series,period,value\namd.adjustment_test,2026Q2,40\nOther income,2026Q2,5\nNoise,2026Q2,1\n',
      { company: 'AMD', seriesChoices: { 'Other income': NEW_SERIES, Noise: SKIP_SERIES } },
    );
    expect(preview.newSeries.map((s) => s.key)).toEqual(['amd.adjustment_test', 'amd.other_income']);
    expect(preview.newSeries[0]).toMatchObject({ company: 'AMD', label: 'AMD adjustment test' });
    expect(preview.totals).toMatchObject({ new: 2, errors: 0 });
    expect(storedValue(wb.db, 'amd.adjustment_test', '2026Q2')?.value).toBe(40);
    // A new money series is not negative unless its range is widened (an adjustment).
    const negative = await importText(
      wb.db,
      temp.dir,
      'series,period,value\namd.adjustment_two,2026Q2,-40\n',
    );
    expect(negative.preview.issues[0]?.message).toMatch(/-40 is outside the series' range \(0 or more\)/);
  });

  it.each([
    [
      'series,period,value\namd.x86_server_unit_share,2026Q2,140\n',
      /line 2, column "value".*140 is outside the series' range \(0 to 100\)/,
    ],
    [
      'series,period,value\namd.revenue_data_center,2026Q2,-5\n',
      /-5 is outside the series' range \(0 or more\)/,
    ],
  ])(
    'refuses a value outside its series range, naming line, column, value and range: %j',
    async (file, message) => {
      const before = snapshot(wb.db);
      const { preview, result } = await importText(wb.db, temp.dir, file);
      expect(result).toBeNull();
      expect(
        `line ${preview.issues[0]!.line}, column "${preview.issues[0]!.column}": ${preview.issues[0]!.message}`,
      ).toMatch(message);
      expect(snapshot(wb.db)).toEqual(before);
    },
  );
});
