import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backUpWorkbook } from '../../db/backups/workbook-backups';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import type { IpcReply } from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlerContext, testDesktop, type EmittedEvent, type TestDesktop } from '../helpers/handler-context';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
// A 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let wb: Workbook;
let desktop: TestDesktop;
let emitted: EmittedEvent[];
let context: HandlerContext;

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'Q3 thesis.iwb'));
});
beforeEach(() => {
  desktop = testDesktop(join(temp.dir, 'backups'));
  emitted = [];
  context = handlerContext(wb, () => null, emitted, desktop);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

async function ask<T>(channel: string, input?: unknown): Promise<T> {
  const reply = (await dispatch(channel, input, context)) as IpcReply<T>;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

async function refusal(channel: string, input?: unknown) {
  const reply = await dispatch(channel, input, context);
  if (reply.ok) throw new Error(`${channel} was answered: ${JSON.stringify(reply.value)}`);
  return reply.error;
}

describe('charts:savePng and charts:copyPng', () => {
  it('saves the image where the user chose, adding .png, and suggests the chart name', async () => {
    desktop.saveAnswers.push(join(temp.dir, 'market'));
    const saved = await ask('charts:savePng', { fileName: 'Market · Base', png: PNG });
    expect(saved).toEqual({ path: join(temp.dir, 'market.png'), fileName: 'market.png' });
    expect(readFileSync(join(temp.dir, 'market.png')).equals(Buffer.from(PNG, 'base64'))).toBe(true);
    expect(desktop.saveRequests[0]).toMatchObject({ defaultName: 'Market · Base.png', extension: 'png' });
  });

  it('writes nothing when the user cancels', async () => {
    const before = readdirSync(temp.dir);
    expect(await ask('charts:savePng', { fileName: 'chart', png: PNG })).toBeNull();
    expect(readdirSync(temp.dir)).toEqual(before);
  });

  it('puts the PNG on the clipboard', async () => {
    expect(await ask('charts:copyPng', { png: PNG })).toBeNull();
    expect(Buffer.from(desktop.copied[0]!).equals(Buffer.from(PNG, 'base64'))).toBe(true);
  });

  it.each([
    [
      { fileName: 'chart', png: 'aGVsbG8=' },
      'charts:savePng: png: a PNG image in base64 (starting with the PNG signature)',
    ],
    [
      { fileName: '../etc/chart', png: PNG },
      'charts:savePng: fileName: a file name without a folder or any of \\ / : * ? " < > |',
    ],
    [
      { fileName: '', png: PNG },
      'charts:savePng: fileName: Too small: expected string to have >=1 characters',
    ],
    [
      { fileName: ' .hidden', png: PNG },
      'charts:savePng: fileName: a file name with no space at either end and no leading dot',
    ],
    [{ fileName: 'chart', png: PNG, path: '/tmp/x.png' }, 'charts:savePng: input: Unrecognized key: "path"'],
    [{ fileName: 'chart', png: 'iVBORw0KGgo=' }, 'png: not a PNG image'],
  ])('refuses %j with a message naming the field, asking nothing', async (input, message) => {
    const error = await refusal('charts:savePng', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message.startsWith(message)).toBe(true);
    expect(desktop.saveRequests).toEqual([]);
  });
});

describe('reports:savePdf', () => {
  it('prints the page on the paper asked and saves it, showing "printing" meanwhile', async () => {
    desktop.saveAnswers.push(join(temp.dir, 'report.pdf'));
    await ask('reports:savePdf', { fileName: 'Base report', paper: 'Letter' });
    expect(desktop.printedPapers).toEqual(['Letter']);
    expect(readFileSync(join(temp.dir, 'report.pdf'), 'utf8')).toMatch(/^%PDF-1\.4/);
    expect(emitted.map((e) => e.payload)).toEqual([{ activity: 'printing' }, { activity: null }]);
  });

  it('refuses a paper it has no layout for', async () => {
    expect(await refusal('reports:savePdf', { fileName: 'r', paper: 'A3' })).toEqual({
      code: 'invalid_input',
      message: 'reports:savePdf: paper: Invalid option: expected one of "A4"|"Letter"',
    });
  });
});

describe('exports:xlsx and exports:csv', () => {
  it('exports the workbook to XLSX, pushing its progress and the activity', async () => {
    desktop.saveAnswers.push(join(temp.dir, 'out'));
    const done = await ask<{ path: string; tables: string[] }>('exports:xlsx');
    expect(done.path).toBe(join(temp.dir, 'out.xlsx'));
    expect(done.tables[0]).toBe('Data');
    expect(existsSync(done.path)).toBe(true);
    expect(desktop.saveRequests[0]!.defaultName).toBe('Q3 thesis.xlsx');
    const names = emitted.map((e) => e.name);
    expect(names[0]).toBe('workbook:activity');
    expect(names.at(-1)).toBe('workbook:activity');
    const progress = emitted.filter((e) => e.name === 'exports:progress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({
      done: done.tables.length + 1,
      total: done.tables.length + 1,
      step: 'done',
    });
  });

  it("exports a scenario's quarters to CSV, and refuses an unknown scenario before asking where", async () => {
    desktop.saveAnswers.push(join(temp.dir, 'bear.csv'));
    await ask('exports:csv', { scenario: 'Bear' });
    expect(readFileSync(join(temp.dir, 'bear.csv'), 'utf8')).toMatch(/^Quarter,Projected,TAM,/);
    expect(desktop.saveRequests[0]!.defaultName).toBe('Q3 thesis Bear.csv');
    expect((await refusal('exports:csv', { scenario: 'Nope' })).message).toMatch(/no such scenario/);
    expect(desktop.saveRequests).toHaveLength(1);
  });

  it('writes the Data grid as shown (separators, percent signs) or as raw numbers, and refuses another form', async () => {
    desktop.saveAnswers.push(join(temp.dir, 'raw.csv'), join(temp.dir, 'shown.csv'));
    await ask('exports:csv', { form: 'raw' });
    await ask('exports:csv', { form: 'shown' });
    const line = (file: string, key: string) =>
      readFileSync(join(temp.dir, file), 'utf8')
        .split('\r\n')
        .find((l) => l.startsWith(`${key},`))!;
    // NVIDIA's Data Center revenue in 2025Q3: 51215 as a number, "51,215" as the grid shows it.
    expect(line('raw.csv', 'nvidia.revenue_data_center')).toContain(',51215,');
    expect(line('shown.csv', 'nvidia.revenue_data_center')).toContain(',"51,215",');
    expect(line('shown.csv', 'amd.x86_server_unit_share')).toMatch(/,27\.2%,/);
    expect((await refusal('exports:csv', { form: 'pretty' })).message).toMatch(/form/);
  });
});

describe('exports:grid', () => {
  const grid = {
    title: 'Backtest · vintage 1: Base/Q3',
    header: ['Output', 'Quarter', 'Error', 'Note'],
    rows: [
      ['Instinct revenue', '2025Q3', -12.5, '=HYPERLINK("x")'],
      ['TAM', '2025Q4', '-1,234', 'a "quoted", text\nover two lines'],
      ['NVIDIA', null, '+45.2%', '@SUM(A1)'],
    ],
  };

  it('writes the rows through the one CSV writer, suggesting the workbook and grid names', async () => {
    desktop.saveAnswers.push(join(temp.dir, 'grid'));
    const done = await ask('exports:grid', grid);
    expect(done).toEqual({
      path: join(temp.dir, 'grid.csv'),
      fileName: 'grid.csv',
      tables: ['Backtest · vintage 1: Base/Q3'],
    });
    expect(desktop.saveRequests[0]).toMatchObject({
      defaultName: 'Q3 thesis Backtest · vintage 1 Base Q3.csv',
      extension: 'csv',
    });
    // Numbers as numbers, shown numbers as they are, formula-like text neutralised, quoting by RFC 4180.
    expect(readFileSync(join(temp.dir, 'grid.csv'), 'utf8')).toBe(
      'Output,Quarter,Error,Note\r\n' +
        'Instinct revenue,2025Q3,-12.5,"\'=HYPERLINK(""x"")"\r\n' +
        'TAM,2025Q4,"-1,234","a ""quoted"", text\nover two lines"\r\n' +
        "NVIDIA,,+45.2%,'@SUM(A1)\r\n",
    );
  });

  it('writes nothing when the user cancels', async () => {
    const before = readdirSync(temp.dir);
    expect(await ask('exports:grid', grid)).toBeNull();
    expect(readdirSync(temp.dir)).toEqual(before);
  });

  it.each([
    [{ ...grid, rows: [['a', 'b']] }, 'exports:grid: rows[0]: row 1 has 2 cells where the header has 4'],
    [{ ...grid, title: '  ' }, 'exports:grid: title: Too small'],
    [{ ...grid, header: [] }, 'exports:grid: header: Too small'],
    [
      { ...grid, rows: [['a', 'b', Number.NaN, 'd']] },
      'exports:grid: rows[0][2]: a cell is a finite number, text without control characters, or null',
    ],
    [
      { ...grid, rows: [['a', 'b', 'c', { value: 1 }]] },
      'exports:grid: rows[0][3]: a cell is a finite number, text without control characters, or null',
    ],
    [
      { ...grid, rows: [['a', 'b', 'c', 'bell\u0007']] },
      'exports:grid: rows[0][3]: text without control characters',
    ],
    [{ ...grid, path: '/tmp/x.csv' }, 'exports:grid: input: Unrecognized key: "path"'],
  ])('refuses %j with a message naming the field, asking nothing', async (input, message) => {
    const error = await refusal('exports:grid', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message.startsWith(message), error.message).toBe(true);
    expect(desktop.saveRequests).toEqual([]);
  });
});

describe('workbook:check and backups', () => {
  it('reports a sound workbook as having no problems', async () => {
    expect(await ask('workbook:check')).toEqual({ problems: [] });
  });

  it('lists the backups of this workbook and restores one into a new file it opens', async () => {
    const backup = await backUpWorkbook(wb, desktop.backupFolder, '2026-11-30T10:00:00.000Z');
    expect(await ask('backups:list')).toEqual([{ name: backup.name, takenAt: '2026-11-30T10:00:00.000Z' }]);
    desktop.saveAnswers.push(join(temp.dir, 'restored'));
    const restored = await ask<{ path: string }>('backups:restore', { name: backup.name });
    expect(restored.path).toBe(join(temp.dir, 'restored.iwb'));
    expect(desktop.saveRequests[0]!.defaultName).toBe('Q3 thesis (restored 2026-11-30).iwb');
    expect(desktop.opened).toEqual([restored.path]);
    openWorkbook(restored.path, { readonly: true }).close();
  });

  it('refuses a name that is not a backup of this workbook', async () => {
    expect(await refusal('backups:restore', { name: '../Q3 thesis.iwb' })).toEqual({
      code: 'invalid_input',
      message: "backups:restore: name: a backup's file name",
    });
    expect(await refusal('backups:restore', { name: 'Other.iwb.2026-11-30T10-00-00.000Z.iwb' })).toEqual({
      code: 'not_found',
      message: 'Other.iwb.2026-11-30T10-00-00.000Z.iwb: no such backup of Q3 thesis.iwb',
    });
  });
});

describe('clipboard:read and clipboard:write (a grid context menu)', () => {
  it('writes text and HTML together and reads them back', async () => {
    const clip = { text: '1\t2\r\n', html: '<table><tr><td>1</td><td>2</td></tr></table>' };
    expect(await ask('clipboard:write', clip)).toBeNull();
    expect(desktop.clipboard).toEqual(clip);
    expect(await ask('clipboard:read')).toEqual(clip);
  });

  it.each([
    [{ text: 1, html: '' }, /text/],
    [{ text: 'a' }, /html/],
    [{ text: 'a', html: '', image: 'x' }, /image/],
  ])('refuses %j, naming why, and leaves the clipboard as it was', async (input, message) => {
    expect((await refusal('clipboard:write', input)).message).toMatch(message);
    expect(desktop.clipboard).toEqual({ text: '', html: '' });
  });
});
