import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../db/workbook';
import type { FileGrant, ImportPreviewDto, IpcReply } from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlerContext, type EmittedEvent } from '../helpers/handler-context';
import { defaultWorkbook, snapshot, storedValue, writeDataFile } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
let chosen: string | null;
let context: HandlerContext;
let emitted: EmittedEvent[];

beforeEach(() => {
  wb?.close();
  wb = defaultWorkbook(temp.dir);
  chosen = null;
  emitted = [];
  context = handlerContext(wb, () => chosen, emitted);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

const DC = 'amd.revenue_data_center';
// AMD Data Center revenue is 3,674 in 2025Q1 in the default workbook; 2030 is empty.
const FILE = `period,series,value,source\n2025Q1,${DC},3700,https://new\n2030Q1,${DC},5000,https://new\n`;
const BAD_ROW = `period,series,value\n2030Q1,${DC},5000\n2030Q2,${DC},12abc\n2030Q3,${DC},5200\n`;

/** Sends one request through dispatch, as ipcMain does, and returns the value of a good reply. */
async function ask<T>(channel: string, input?: unknown): Promise<T> {
  const reply = (await dispatch(channel, input, context)) as IpcReply<T>;
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/** The refusal of a request that must fail. */
async function refusal(channel: string, input?: unknown) {
  const reply = await dispatch(channel, input, context);
  if (reply.ok) throw new Error(`${channel} was answered: ${JSON.stringify(reply.value)}`);
  return reply.error;
}

/** Grants `content` written as a file, as the open dialog does. */
async function grant(content: string | Uint8Array, extension = 'csv'): Promise<FileGrant> {
  chosen = writeDataFile(temp.dir, content, extension);
  return (await ask<FileGrant | null>('files:choose'))!;
}

async function previewOf(content: string, input: Record<string, unknown> = {}): Promise<ImportPreviewDto> {
  const { grantId } = await grant(content);
  return ask<ImportPreviewDto>('imports:preview', { grantId, ...input });
}

describe('files', () => {
  it('grants the file the open dialog chose, and nothing when the user cancels', async () => {
    const granted = await grant(FILE);
    expect(granted).toMatchObject({
      name: expect.stringMatching(/\.csv$/),
      size: Buffer.byteLength(FILE),
      sheets: [],
    });
    expect(granted.grantId).toMatch(/^[0-9a-f-]{36}$/);
    chosen = null;
    expect(await ask('files:choose')).toBeNull();
  });

  it.each([
    ['a relative path', () => 'data.csv', /data\.csv: not an absolute path/],
    ['a missing file', () => join(temp.dir, 'gone.csv'), /gone\.csv: the file does not exist/],
    [
      'a folder',
      () => {
        const dir = join(temp.dir, 'folder.csv');
        mkdirSync(dir, { recursive: true });
        return dir;
      },
      /folder\.csv: not a regular file/,
    ],
    [
      'another kind of file',
      () => writeDataFile(temp.dir, '%PDF-1.7', 'pdf'),
      /\.pdf: not a CSV, TSV, TXT or XLSX/,
    ],
  ])('refuses %s with a message naming it, writing nothing', async (_name, path, message) => {
    const before = snapshot(wb.db);
    const error = await refusal('files:grantDropped', { path: path() });
    expect(error.code).toBe('invalid_file');
    expect(error.message).toMatch(message);
    expect(snapshot(wb.db)).toEqual(before);
  });

  it('lists the sheets of an XLSX file, so one can be picked even when the first is empty', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Cover');
    book.addWorksheet('Data').addRows([
      ['period', 'series', 'value'],
      ['2030Q1', DC, 5000],
    ]);
    const { grantId, sheets } = await grant(new Uint8Array(await book.xlsx.writeBuffer()), 'xlsx');
    expect(sheets).toEqual(['Cover', 'Data']);
    expect(await refusal('imports:preview', { grantId })).toMatchObject({
      code: 'rejected',
      message: 'line 1: sheet "Cover" holds no rows',
    });
    const preview = await ask<ImportPreviewDto>('imports:preview', { grantId, options: { sheet: 'Data' } });
    expect(preview.totals.new).toBe(1);
    // A file named .xlsx that is not one is granted; its preview says what is wrong.
    expect((await grant('period,value\n', 'xlsx')).sheets).toEqual([]);
  });

  it('reads a file only through a grant of this workbook', async () => {
    const { grantId } = await grant(FILE);
    const other = defaultWorkbook(temp.dir);
    try {
      const error = await dispatch('imports:preview', { grantId }, handlerContext(other));
      expect(error).toMatchObject({ ok: false, error: { code: 'unknown_grant' } });
    } finally {
      other.close();
    }
    expect(await refusal('imports:preview', { grantId: crypto.randomUUID() })).toMatchObject({
      code: 'unknown_grant',
      message: expect.stringMatching(/choose it again/),
    });
  });
});

describe('preview, commit and undo', () => {
  it('previews without writing, commits, lists the import, and undoes it exactly', async () => {
    const before = snapshot(wb.db);
    const preview = await previewOf(FILE);
    expect(preview.rows.map((r) => [r.period, r.status, r.before?.value ?? null])).toEqual([
      ['2025Q1', 'changed', 3674],
      ['2030Q1', 'new', null],
    ]);
    expect(preview.canCommit).toBe(true);
    expect(snapshot(wb.db)).toEqual(before);

    const result = await ask('imports:commit', { previewId: preview.previewId });
    expect(result).toMatchObject({ importId: 1, inserted: 1, updated: 1, skipped: 0 });
    expect(storedValue(wb.db, DC, '2025Q1')).toMatchObject({
      value: 3700,
      source: 'https://new',
      import_id: 1,
    });
    expect(await ask('imports:list')).toEqual([
      expect.objectContaining({
        id: 1,
        inserted: 1,
        updated: 1,
        importedAt: '2026-11-25T00:00:00.000Z',
        undoneAt: null,
      }),
    ]);

    expect(await ask('imports:undo', { importId: 1 })).toMatchObject({ restored: 1, removed: 1 });
    expect(snapshot(wb.db).observations).toEqual(before.observations);
    expect(await ask('imports:list')).toEqual([
      expect.objectContaining({ id: 1, undoneAt: expect.any(String) }),
    ]);
    expect(await refusal('imports:undo', { importId: 1 })).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/was undone/),
    });
  });

  it('pushes the progress of a preview and of its commit to the page as imports:progress events', async () => {
    const preview = await previewOf(FILE);
    const size = Buffer.byteLength(FILE);
    // The window title shows the preview reading, then nothing running.
    expect(emitted).toEqual([
      { name: 'workbook:activity', payload: { activity: 'reading' }, at: expect.any(Number) },
      {
        name: 'imports:progress',
        payload: { phase: 'preview', bytesRead: size, totalBytes: size, values: 2 },
        at: expect.any(Number),
      },
      { name: 'workbook:activity', payload: { activity: null }, at: expect.any(Number) },
    ]);
    emitted.length = 0;
    await ask('imports:commit', { previewId: preview.previewId });
    expect(emitted.map((e) => [e.name, JSON.stringify(e.payload)])).toEqual([
      ['workbook:activity', '{"activity":"importing"}'],
      ['imports:progress', expect.stringContaining('"phase":"commit"')],
      ['workbook:activity', '{"activity":null}'],
    ]);
    // Nothing else pushes events.
    emitted.length = 0;
    await ask('imports:list');
    await ask('imports:undo', { importId: 1 });
    expect(emitted).toEqual([]);
  });

  it('refuses to undo an import a later one overwrote, naming the one to undo first', async () => {
    await ask('imports:commit', { previewId: (await previewOf(FILE)).previewId });
    const later = FILE.replace('3700', '3800').replace('5000', '5100');
    await ask('imports:commit', { previewId: (await previewOf(later)).previewId });
    const before = snapshot(wb.db);
    expect(await refusal('imports:undo', { importId: 1 })).toEqual({
      code: 'invalid',
      message: 'import 2 overwrote values of import 1; undo it first',
    });
    expect(snapshot(wb.db)).toEqual(before);
  });

  it('rejects a file with errors by default, writing nothing, and commits it with skip', async () => {
    const before = snapshot(wb.db);
    const preview = await previewOf(BAD_ROW);
    expect(preview.canCommit).toBe(false);
    expect(preview.issues).toEqual([
      { line: 3, column: 'value', value: '12abc', message: expect.stringMatching(/12abc/) },
    ]);
    const rejected = await refusal('imports:commit', { previewId: preview.previewId });
    expect(rejected.code).toBe('rejected');
    expect(rejected.message).toMatch(/^line 3, column "value": .*nothing was imported$/);
    expect(snapshot(wb.db)).toEqual(before);

    const result = await ask('imports:commit', { previewId: preview.previewId, onError: 'skip' });
    expect(result).toMatchObject({ inserted: 2, skipped: 1, issues: [expect.objectContaining({ line: 3 })] });
  });

  it('asks to confirm a guessed decimal comma before it commits', async () => {
    const text = `period;series;value\n2030Q1;${DC};1.234,5\n`;
    const guessed = await previewOf(text);
    expect(guessed.toConfirm).toEqual([expect.objectContaining({ option: 'decimal', guess: ',' })]);
    expect(await refusal('imports:commit', { previewId: guessed.previewId })).toMatchObject({
      code: 'unconfirmed',
      message: expect.stringMatching(/decimal comma/),
    });
    const confirmed = await previewOf(text, { options: { decimal: ',' } });
    expect(confirmed.rows[0]?.value).toBe(1234.5);
    await ask('imports:commit', { previewId: confirmed.previewId });
    expect(storedValue(wb.db, DC, '2030Q1')?.value).toBe(1234.5);
  });

  it('forgets a discarded preview', async () => {
    const { previewId } = await previewOf(FILE);
    expect(await ask('imports:discard', { previewId })).toBe(true);
    expect(await ask('imports:discard', { previewId })).toBe(false);
    expect(await refusal('imports:commit', { previewId })).toMatchObject({ code: 'invalid' });
  });
});

describe('recipes', () => {
  it('saves a recipe with a commit, offers it for the same header, and deletes it', async () => {
    const header = 'Quarter;Line item;Amount;Link';
    const first = await previewOf(`${header}\n2030Q1;${DC};5000;https://a\n`, {
      mapping: { shape: 'long', headerRow: 0, columns: ['period', 'series', 'value', 'source'] },
      options: { delimiter: ';', scale: 'M' },
    });
    await ask('imports:commit', { previewId: first.previewId, saveRecipeAs: '  AMD IR ' });
    expect(await ask('recipes:list')).toEqual([
      expect.objectContaining({ name: 'AMD IR', headerSignature: 'quarter|line item|amount|link' }),
    ]);
    const next = await previewOf(`${header}\n2030Q2;${DC};5100;https://b\n`);
    expect(next.recipe).toBe('AMD IR');
    expect(next.options).toMatchObject({ delimiter: ';', scale: 'M' });
    expect(await ask('recipes:delete', { name: 'AMD IR' })).toBe(true);
    expect(await ask('recipes:delete', { name: 'AMD IR' })).toBe(false);
    expect(await ask('recipes:list')).toEqual([]);
  });
});

describe('bad input is refused with a message naming the field, and nothing is written', () => {
  it.each([
    ['imports:preview', { path: '/etc/passwd' }, /grantId/],
    ['imports:preview', { grantId: 'not-a-uuid' }, /grantId/],
    ['imports:preview', { grantId: crypto.randomUUID(), sql: 'DROP' }, /sql/],
    ['imports:preview', { grantId: crypto.randomUUID(), options: { delimiter: ':' } }, /options\.delimiter/],
    [
      'imports:preview',
      { grantId: crypto.randomUUID(), options: { fiscalYearEnd: { AMD: 13 } } },
      /fiscalYearEnd/,
    ],
    ['imports:preview', { grantId: crypto.randomUUID(), options: { fiscalYearEnd: { ' ': 1 } } }, /company/],
    [
      'imports:preview',
      { grantId: crypto.randomUUID(), mapping: { shape: 'long', headerRow: -1, columns: [] } },
      /mapping\.headerRow/,
    ],
    [
      'imports:preview',
      { grantId: crypto.randomUUID(), mapping: { shape: 'long', headerRow: 0, columns: ['price'] } },
      /mapping\.columns/,
    ],
    ['imports:commit', { previewId: '1' }, /previewId/],
    ['imports:commit', { previewId: 1, onError: 'ignore' }, /onError/],
    ['imports:commit', { previewId: 1, saveRecipeAs: '   ' }, /saveRecipeAs/],
    ['imports:undo', { importId: 0 }, /importId/],
    ['recipes:delete', { name: '' }, /name/],
    ['files:grantDropped', { path: '' }, /path/],
    ['files:choose', { path: '/etc/passwd' }, /input/],
    ['imports:cancel', 'now', /input/],
  ])('%s %j', async (channel, input, message) => {
    const before = snapshot(wb.db);
    const error = await refusal(channel, input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${channel}: `)).toBe(true);
    expect(snapshot(wb.db)).toEqual(before);
  });
});
