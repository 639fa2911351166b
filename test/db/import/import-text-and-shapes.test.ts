import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSheets, previewImport } from '../../../db/import';
import { Refusal } from '../../../projection/refusal';
import type { Workbook } from '../../../db/workbook';
import { defaultWorkbook, writeDataFile } from '../../helpers/import-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
beforeAll(() => {
  wb = defaultWorkbook(temp.dir);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

async function preview(content: string | Uint8Array, format?: 'long' | 'wide') {
  return previewImport(wb.db, { path: writeDataFile(temp.dir, content), ...(format ? { format } : {}) });
}

/** The preview's values as "key period value" lines. */
function values(p: Awaited<ReturnType<typeof preview>>): string[] {
  return p.rows.filter((r) => r.status !== 'error').map((r) => `${r.seriesKey} ${r.period} ${r.value}`);
}

const DC = 'amd.revenue_data_center';

describe('text forms', () => {
  it.each([
    [',', `period,series,value\n2030Q1,${DC},"1,234.5"\n`],
    [';', `period;series;value\n2030Q1;${DC};1234.5\n`],
    ['\t', `period\tseries\tvalue\n2030Q1\t${DC}\t1234.5\n`],
    ['|', `period|series|value\n2030Q1|${DC}|1234.5\n`],
  ])('detects the delimiter %j', async (delimiter, content) => {
    const p = await preview(content);
    expect(p.options.delimiter).toBe(delimiter);
    expect(values(p)).toEqual([`${DC} 2030Q1 1234.5`]);
  });

  it('reads UTF-8 with a BOM, CRLF line ends, blank lines and trailing delimiters', async () => {
    const p = await preview(
      `\ufeffperiod,series,value,\r\n\r\n2030Q1,${DC},5,\r\n,,,\r\n2030Q2,${DC},6,\r\n`,
    );
    expect(p.headers.slice(0, 3)).toEqual(['period', 'series', 'value']);
    expect(values(p)).toEqual([`${DC} 2030Q1 5`, `${DC} 2030Q2 6`]);
    expect(p.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('reads quoted fields holding delimiters, quotes and line breaks, and names lines after them', async () => {
    const content = `period,series,value,note\n2030Q1,${DC},5,"said ""about 5"", then
more"\n2030Q2,${DC},x,\n`;
    const p = await preview(content);
    expect(p.rows[0]).toMatchObject({ value: 5, note: 'said "about 5", then\nmore' });
    expect(p.issues).toEqual([{ line: 4, column: 'value', value: 'x', message: '"x" is not a number' }]);
  });

  it('names blank and repeated headers so every message can name its column', async () => {
    const p = await preview(`period,series,value,,note,note\n2030Q1,${DC},5,,a,b\n`);
    expect(p.headers).toEqual(['period', 'series', 'value', 'column 4', 'note', 'note (2)']);
    expect(p.issues[0]?.message).toMatch(/two columns hold the note/);
  });

  it('refuses text that is not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`period,series,value\n2030Q1,${DC},5\n2030Q2,`),
      Buffer.from([0xe9, 0x0a]),
    ]);
    const error = await preview(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).issues[0]).toMatchObject({ line: 3 });
    expect((error as Refusal).message).toMatch(/^line 3: the file is not UTF-8 text/);
  });

  it('refuses UTF-16 and empty files with a line', async () => {
    await expect(preview(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).rejects.toThrow(
      /^line 1: the file is UTF-16/,
    );
    await expect(preview('')).rejects.toThrow(/^line 1: the file holds no rows/);
  });
});

describe('shapes', () => {
  it('long with company and metric creates a reported series for an unknown pair', async () => {
    const p = await preview(
      'quarter,company,metric,amount,source\nQ1 2030,Acme Corp,AI revenue,$1.5bn,https://acme\n',
    );
    expect(p.mapping).toMatchObject({
      shape: 'long',
      columns: ['period', 'company', 'metric', 'value', 'source'],
    });
    expect(p.newSeries).toEqual([
      {
        key: 'acme_corp.ai_revenue',
        label: 'Acme Corp AI revenue',
        unit: 'USD millions',
        company: 'Acme Corp',
        metric: 'AI revenue',
        fiscalCalendar: 'calendar',
      },
    ]);
    expect(values(p)).toEqual(['acme_corp.ai_revenue 2030Q1 1500']);
  });

  it('long with series keys or labels: an unknown key is a new series, an unknown label an error', async () => {
    const p = await preview(
      `period,series,value\n2030Q1,AMD Data Center revenue,1\n2030Q1,amd.nothing,2\n2030Q1,Widgets,3\n`,
    );
    expect(values(p)).toEqual([`${DC} 2030Q1 1`, 'amd.nothing 2030Q1 2']);
    expect(p.newSeries).toMatchObject([{ key: 'amd.nothing', company: 'AMD', label: 'AMD nothing' }]);
    expect(p.issues).toEqual([
      {
        line: 4,
        column: 'series',
        value: 'Widgets',
        message: expect.stringMatching(
          /^no series is called "Widgets" \(nearest: .+\); give its key, or a company, or choose a series for it$/,
        ) as unknown,
      },
    ]);
  });

  it('refuses a repeated series and period, naming the first line', async () => {
    const p = await preview(`period,series,value\n2030Q1,${DC},1\nQ1 2030,${DC},2\n`);
    expect(p.issues[0]?.message).toBe(`same series (${DC}) and period (2030Q1) as line 2`);
  });

  it('periods across: an IR sheet with a title, one row per series, one column per period', async () => {
    const content = `AMD segment revenue ($ in millions),,,\n,,,\nSegment,Q1'30,Q2'30,FY2030\nData Center,"3,674",—,"12,000"\nrevenue_client,"2,294",2500,\n`;
    const p = await previewImport(wb.db, {
      path: writeDataFile(temp.dir, content),
      options: { company: 'AMD' },
    });
    expect(p.mapping).toEqual({
      shape: 'periods-across',
      headerRow: 1,
      columns: ['series', 'values', 'values', 'values'],
    });
    expect(values(p)).toEqual([
      'amd.revenue_data_center 2030Q1 3674',
      'amd.revenue_data_center 2030 12000',
      'amd.revenue_client 2030Q1 2294',
      'amd.revenue_client 2030Q2 2500',
    ]);
    expect(p.totals).toMatchObject({ values: 4, blank: 2, errors: 0 });
  });

  it('series across: one row per period, one column per series', async () => {
    const p = await preview(`date,${DC},amd.revenue_client\n2030-03-31,100,200\n2030-06-30,110,\n`);
    expect(p.mapping.shape).toBe('series-across');
    expect(values(p)).toEqual([`${DC} 2030Q1 100`, 'amd.revenue_client 2030Q1 200', `${DC} 2030Q2 110`]);
  });

  it('reads XLSX: a chosen sheet, numbers, percent formats, dates and formulas', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['series', '2030Q1', new Date(Date.UTC(2030, 5, 30))]);
    sheet.addRow([DC, 1234.5, { formula: 'B2*2', result: 2469 }]);
    const share = sheet.addRow(['amd.x86_server_unit_share', 0.236, 0.241]);
    share.getCell(2).numFmt = '0.0%';
    share.getCell(3).numFmt = '0.0%';
    const path = writeDataFile(temp.dir, new Uint8Array(await book.xlsx.writeBuffer()), 'xlsx');
    expect(await listSheets(path)).toEqual(['Notes', 'Data']);
    const p = await previewImport(wb.db, { path, options: { sheet: 'Data' } });
    expect(p.file).toMatchObject({ kind: 'xlsx', sheet: 'Data', sheets: ['Notes', 'Data'] });
    expect(values(p)).toEqual([
      `${DC} 2030Q1 1234.5`,
      `${DC} 2030Q2 2469`,
      'amd.x86_server_unit_share 2030Q1 23.6',
      'amd.x86_server_unit_share 2030Q2 24.1',
    ]);
    await expect(previewImport(wb.db, { path, options: { sheet: 'Nope' } })).rejects.toThrow(
      /no sheet called "Nope"/,
    );
  });
});
