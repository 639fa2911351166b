import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freezeScenario, setSeriesDisplay, updateSeries } from '../../../db/commands';
import { listAllObservations } from '../../../db/derived-series';
import { exportWorkbook } from '../../../db/export/export-workbook';
import { repositories } from '../../../db/repositories';
import { createWorkbook, type Workbook } from '../../../db/workbook';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
const NOW = '2026-11-30T12:00:00.000Z';
// A label a spreadsheet would run as a formula if it took it for one.
const FORMULA_LABEL = '=1+1 gaming';

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
  updateSeries(wb.db, 'amd.revenue_gaming', { label: FORMULA_LABEL }, NOW);
  freezeScenario(wb.db, 'Base', 'Base, Nov 2026', NOW);
  setSeriesDisplay(wb.db, 'nvidia.revenue_data_center', { scale: 'billions', decimals: 1 }, NOW);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

/** The Data grid's cells by series key and period header, from rows of [key, label, unit, ...values]. */
function byKeyAndPeriod(rows: readonly (readonly unknown[])[]): Map<string, unknown> {
  const [header, ...body] = rows;
  const cells = new Map<string, unknown>();
  for (const row of body) {
    header!.forEach((period, c) => {
      if (c >= 3) cells.set(`${String(row[0])} ${String(period)}`, row[c]);
    });
  }
  return cells;
}

const headerOf = (period: string) => (period.includes('Q') ? period : `${period} (year)`);

describe('export to XLSX', () => {
  const path = join(temp.dir, 'w.xlsx');
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const result = await exportWorkbook(wb.db, path);
    expect(result.tables).toEqual([
      'Data',
      ...['Bull', 'Base', 'Bear'].flatMap((s) => [`${s} assumptions`, `${s} quarters`, `${s} years`]),
      'Market history',
      'Comparison',
      'Backtest',
    ]);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
  });

  it('writes every value of the workbook as the number it is, with its source as a comment', () => {
    const sheet = book.getWorksheet('Data')!;
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    const cells = byKeyAndPeriod(rows);
    const observations = listAllObservations(wb.db);
    expect(observations.length).toBeGreaterThan(250);
    for (const o of observations) expect(cells.get(`${o.seriesKey} ${headerOf(o.period)}`)).toBe(o.value);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    const dc = repositories(wb.db).observations.findObservation('amd.revenue_data_center', '2025Q1')!;
    const row = rows.findIndex((r) => r[0] === 'amd.revenue_data_center') + 1;
    const column = rows[0]!.indexOf('2025Q1') + 1;
    expect(String(sheet.getCell(row, column).note)).toContain(dc.source);
    expect(sheet.getCell(row, column).numFmt).toBe('#,##0');
    // A series shown in billions keeps its values, divided in the format, its unit saying so.
    const nvidia = rows.findIndex((r) => r[0] === 'nvidia.revenue_data_center') + 1;
    expect(sheet.getCell(nvidia, column).numFmt).toBe('#,##0.0,');
    expect(sheet.getCell(nvidia, 3).value).toBe('USD billions (values stored in USD millions)');
  });

  it('writes text that starts with "=" as text, never as a formula', () => {
    const sheet = book.getWorksheet('Data')!;
    let cell: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'amd.revenue_gaming') cell = row.getCell(2);
    });
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(FORMULA_LABEL);
  });

  it('writes the scenarios, the market history and the backtest', () => {
    const years = book.getWorksheet('Base years')!;
    expect(years.getRow(1).getCell(6).value).toBe('Instinct revenue');
    expect(typeof years.getRow(2).getCell(6).value).toBe('number');
    expect(book.getWorksheet('Backtest')!.getRow(2).getCell(2).value).toBe('Base, Nov 2026');
    expect(book.getWorksheet('Market history')!.getRow(2).getCell(1).value).toBe('2023Q1');
  });

  // CI installs LibreOffice (.ci/run); elsewhere the check runs where soffice exists.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  it.runIf(soffice !== undefined || process.env.CI === 'true')(
    'opens in LibreOffice with every number equal to the workbook',
    () => {
      const out = join(temp.dir, 'lo');
      execFileSync(
        soffice ?? 'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(temp.dir, 'lo-profile')}`,
          '--convert-to',
          // Comma, double quote, UTF-8, from line 1; values as stored, not as formatted; every sheet.
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          out,
          path,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const file = readdirSync(out).find((f) => f.endsWith('-Data.csv'))!;
      const rows = readFileSync(join(out, file), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(','));
      const cells = byKeyAndPeriod(rows);
      for (const o of listAllObservations(wb.db)) {
        const text = String(cells.get(`${o.seriesKey} ${headerOf(o.period)}`));
        // LibreOffice writes 15 significant digits.
        expect(Number(text)).toBeCloseTo(
          o.value,
          Math.max(0, 12 - Math.ceil(Math.log10(Math.abs(o.value) + 1))),
        );
      }
      const gaming = rows.find((r) => r[0] === 'amd.revenue_gaming')!;
      expect(gaming[1]).toBe(FORMULA_LABEL);
    },
    180_000,
  );
});

describe('export to CSV', () => {
  it('writes the Data grid with formula-like text prefixed so no spreadsheet runs it', async () => {
    const path = join(temp.dir, 'w.csv');
    await exportWorkbook(wb.db, path);
    const lines = readFileSync(path, 'utf8').split('\r\n');
    expect(lines[0]!.startsWith('Key,Series,Unit,2017Q4')).toBe(true);
    expect(lines.find((l) => l.startsWith('amd.revenue_gaming'))).toContain(`,'${FORMULA_LABEL},`);
  });

  it("writes a scenario's quarters with --scenario, and refuses other file types, writing nothing", async () => {
    const path = join(temp.dir, 'bear.csv');
    await exportWorkbook(wb.db, path, { scenario: 'Bear' });
    expect(readFileSync(path, 'utf8').split('\r\n')[0]).toMatch(/^Quarter,Projected,TAM,/);
    await expect(exportWorkbook(wb.db, join(temp.dir, 'w.pdf'))).rejects.toThrow(/writes .xlsx or .csv/);
    await expect(exportWorkbook(wb.db, join(temp.dir, 'x.csv'), { scenario: 'Nope' })).rejects.toThrow(
      /no such scenario/,
    );
    expect(existsSync(join(temp.dir, 'x.csv'))).toBe(false);
    expect(readdirSync(temp.dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });
});

describe('export progress', () => {
  it('reports one step per sheet and one for the file, in order, ending done', async () => {
    const steps: { done: number; total: number; step: string }[] = [];
    const result = await exportWorkbook(wb.db, join(temp.dir, 'progress.xlsx'), {
      onProgress: (p) => steps.push(p),
    });
    const total = result.tables.length + 1;
    expect(steps[0]).toEqual({ done: 0, total: 1, step: 'running the scenarios' });
    expect(steps.slice(1, -2).map((s) => s.step)).toEqual(result.tables.map((t) => `sheet ${t}`));
    expect(steps.at(-2)).toEqual({ done: total - 1, total, step: 'writing the file' });
    expect(steps.at(-1)).toEqual({ done: total, total, step: 'done' });
    expect(steps.slice(1).map((s) => s.done)).toEqual([...Array(total + 1).keys()]);
  });
});
