import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewImport, commitImport, type ImportOptions } from '../../../db/import';
import { updateSeries } from '../../../db/commands';
import type { Workbook } from '../../../db/workbook';
import { defaultWorkbook, storedValue, writeDataFile } from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
beforeAll(() => {
  wb = defaultWorkbook(temp.dir);
  // Negative numbers are read here: the series' range is widened, as for an adjustment series.
  updateSeries(wb.db, 'amd.revenue_data_center', { minValue: null }, '2026-11-30T00:00:00.000Z');
  updateSeries(wb.db, 'amd.x86_server_unit_share', { minValue: null }, '2026-11-30T00:00:00.000Z');
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** What one value cell becomes in a series (USD millions by default), through the whole pipeline. */
async function valueOf(
  text: string,
  options: ImportOptions = {},
  series = 'amd.revenue_data_center',
  unit?: string,
) {
  const header = unit === undefined ? 'period,series,value' : 'period,series,value,unit';
  const row = `2030Q1,${series},${csvCell(text)}${unit === undefined ? '' : `,${unit}`}`;
  const preview = await previewImport(wb.db, {
    path: writeDataFile(temp.dir, `${header}\n${row}\n`),
    options: { decimal: '.', ...options },
  });
  const [first] = preview.rows;
  if (first?.status === 'error') return `error: ${first.message}`;
  return first ? first.value : 'blank';
}

describe('numbers in a USD millions series', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234.56', 1234.56],
    ['1 234 567', 1234567],
    ['-5', -5],
    ['(5)', -5],
    ['(1,234.5)', -1234.5],
    ['$1,234', 1234],
    ['-$1,234', -1234],
    ['($1,234)', -1234],
    ['€1,234', 1234],
    ['£1,234.5', 1234.5],
    ['500K', 0.5],
    ['500k', 0.5],
    ['5M', 5],
    ['$5 mn', 5],
    ['1.2B', 1200],
    ['$1.2bn', 1200],
    ['1.2 billion', 1200],
    ['(0.3bn)', -300],
    ['1.005bn', 1005],
  ])('%j becomes %d', async (text, value) => {
    expect(await valueOf(text)).toBe(value);
  });

  it.each(['—', '-', 'n/a', 'NA', ''])('%j is blank: no value, nothing written', async (text) => {
    expect(await valueOf(text)).toBe('blank');
  });

  it.each([
    ['12abc', '"12abc" is not a number'],
    ['1,23', '"1,23" is not a number'],
    ['#N/A', '"#N/A" is not a number'],
    ['23%', 'AMD Data Center revenue is in USD millions, not percent'],
  ])('%j is an error, never a zero', async (text, message) => {
    expect(await valueOf(text)).toBe(`error: ${message}`);
  });

  it('scales plain numbers by --scale and by a unit column; a suffix wins', async () => {
    expect(await valueOf('1,500', { scale: 'K' })).toBe(1.5);
    expect(await valueOf('2.5', { scale: 'B' })).toBe(2500);
    expect(await valueOf('2bn', { scale: 'K' })).toBe(2000);
    expect(await valueOf('2.5', {}, undefined, 'USD billions')).toBe(2500);
    expect(await valueOf('750', {}, undefined, 'USD thousands')).toBe(0.75);
    expect(await valueOf('7', {}, undefined, '$m')).toBe(7);
    expect(await valueOf('7', {}, undefined, 'EUR millions')).toMatch(
      /^error: unit "EUR millions" is not one/,
    );
  });

  it('reads a decimal comma when it is the option', async () => {
    expect(await valueOf('1.234,56', { decimal: ',' })).toBe(1234.56);
    expect(await valueOf('(0,5)', { decimal: ',' })).toBe(-0.5);
    expect(await valueOf('1,5 bn', { decimal: ',' })).toBe(1500);
  });
});

describe('numbers in a percent series', () => {
  it.each([
    ['23.3%', 23.3],
    ['23.3', 23.3],
    ['(1.5%)', -1.5],
  ])('%j becomes %d (the percent number the series holds)', async (text, value) => {
    expect(await valueOf(text, {}, 'amd.x86_server_unit_share')).toBe(value);
  });

  it('refuses scale words in a percent series', async () => {
    expect(await valueOf('5bn', {}, 'amd.x86_server_unit_share')).toMatch(/^error: .* is in percent/);
  });
});

describe('decimal comma: detected, then confirmed', () => {
  it('guesses a decimal comma in a semicolon file and waits for confirmation', async () => {
    const path = writeDataFile(
      temp.dir,
      'period;series;value\n2030Q1;amd.revenue_data_center;1.234,5\n2030Q2;amd.revenue_data_center;0,25\n',
    );
    const guessed = await previewImport(wb.db, { path });
    expect(guessed.options.delimiter).toBe(';');
    expect(guessed.toConfirm).toEqual([{ option: 'decimal', guess: ',', evidence: 'line 2: "1.234,5"' }]);
    expect(guessed.canCommit).toBe(false);
    await expect(commitImport(wb.db, guessed.previewId)).rejects.toMatchObject({ code: 'unconfirmed' });
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2030Q1')).toBeUndefined();

    const confirmed = await previewImport(wb.db, { path, options: { decimal: ',' } });
    expect(confirmed.toConfirm).toEqual([]);
    expect(confirmed.rows.map((r) => r.value)).toEqual([1234.5, 0.25]);
    await commitImport(wb.db, confirmed.previewId);
    expect(storedValue(wb.db, 'amd.revenue_data_center', '2030Q1')?.value).toBe(1234.5);
  });

  it('does not ask when the numbers show a decimal point', async () => {
    const path = writeDataFile(temp.dir, 'period,series,value\n2031Q1,amd.revenue_data_center,"1,234.5"\n');
    const preview = await previewImport(wb.db, { path });
    expect(preview.toConfirm).toEqual([]);
    expect(preview.rows[0]?.value).toBe(1234.5);
  });
});
