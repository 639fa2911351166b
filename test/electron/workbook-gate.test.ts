import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../db/workbook';
import { CHANNELS, type FileGrant, type ImportPreviewDto, type IpcReply } from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { commitHonoursSignal } from '../helpers/commit-cancel-probe';
import { handlerContext } from '../helpers/handler-context';
import { defaultWorkbook, snapshot, writeDataFile } from '../helpers/import-fixtures';
import { writeLargeLongCsv } from '../helpers/large-import-file';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const isCommitCancellable = await commitHonoursSignal();
let wb: Workbook;
let chosen: string;
let context: HandlerContext;

beforeEach(() => {
  wb?.close();
  wb = defaultWorkbook(temp.dir);
  context = handlerContext(wb, () => chosen);
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

async function previewOf(path: string): Promise<ImportPreviewDto> {
  chosen = path;
  const { grantId } = (await ask<FileGrant>('files:choose'))!;
  return ask<ImportPreviewDto>('imports:preview', { grantId });
}

/** An XLSX file: its commit awaits reading the sheet, so the commit is in flight for a while. */
async function xlsxFile(rows: number): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow(['period', 'series', 'value']);
  for (let i = 0; i < rows; i++)
    sheet.addRow([`${2030 + Math.floor(i / 4)}Q${(i % 4) + 1}`, 'amd.revenue_data_center', i]);
  return writeDataFile(temp.dir, new Uint8Array(await book.xlsx.writeBuffer()), 'xlsx');
}

describe('the busy gate while an import is being written', () => {
  it('refuses every other channel with busy, answers progress and cancel, and lets go after', async () => {
    const preview = await previewOf(await xlsxFile(40));
    const before = snapshot(wb.db);
    const commit = dispatch('imports:commit', { previewId: preview.previewId }, context);

    for (const channel of CHANNELS.filter((c) => c !== 'imports:progress' && c !== 'imports:cancel')) {
      expect(await dispatch(channel, undefined, context), channel).toEqual({
        ok: false,
        error: { code: 'busy', message: `${channel}: an import is being written; wait for it or cancel it` },
      });
    }
    expect(await dispatch('imports:progress', undefined, context)).toMatchObject({
      ok: true,
      value: { phase: 'commit' },
    });
    expect(await dispatch('imports:cancel', undefined, context)).toEqual({ ok: true, value: true });

    const reply = await commit;
    if (isCommitCancellable) {
      // Cancelled: the commit writes nothing.
      expect(reply).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(snapshot(wb.db)).toEqual(before);
    } else {
      // db/import's commit does not yet take a signal: it finishes what it started.
      expect(reply).toMatchObject({ ok: true, value: { inserted: 40 } });
    }
    expect(await dispatch('workbook:summary', undefined, context)).toMatchObject({ ok: true });
    expect(await ask('imports:progress')).toEqual({ phase: 'idle', bytesRead: 0, totalBytes: 0, values: 0 });
  });

  it('holds only the workbook being written', async () => {
    const preview = await previewOf(await xlsxFile(8));
    const commit = dispatch('imports:commit', { previewId: preview.previewId }, context);
    const other = defaultWorkbook(temp.dir);
    try {
      expect(await dispatch('series:list', undefined, handlerContext(other))).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
    await commit;
  });
});

describe('progress and cancel of a preview', () => {
  it('reports bytes read while a large file is previewed, and a cancelled preview ends', async () => {
    const path = join(temp.dir, 'large.csv');
    const size = writeLargeLongCsv(path, 200_000);
    chosen = path;
    const { grantId } = (await ask<FileGrant>('files:choose'))!;
    const reading = dispatch('imports:preview', { grantId }, context);
    let progress = await ask<{ phase: string; bytesRead: number; totalBytes: number }>('imports:progress');
    while (progress.bytesRead === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      progress = await ask('imports:progress');
    }
    expect(progress).toMatchObject({ phase: 'preview', totalBytes: size });
    expect(progress.bytesRead).toBeLessThan(size);
    expect(await ask('imports:cancel')).toBe(true);
    expect(await reading).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'the import was cancelled' },
    });
    expect(await ask('imports:progress')).toMatchObject({ phase: 'idle' });
    expect(await ask('imports:cancel')).toBe(false);
  });

  it('cancels a preview still reading when the next one starts', async () => {
    const path = join(temp.dir, 'large-2.csv');
    writeLargeLongCsv(path, 200_000);
    chosen = path;
    const { grantId } = (await ask<FileGrant>('files:choose'))!;
    const first = dispatch('imports:preview', { grantId }, context);
    const second = dispatch('imports:preview', { grantId, options: { scale: 'M' } }, context);
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await second).toMatchObject({ ok: true, value: { totals: { values: 200_000 } } });
  });

  it.skipIf(!isCommitCancellable)('cancels a large commit, which writes nothing', async () => {
    const path = join(temp.dir, 'large-3.csv');
    writeLargeLongCsv(path, 300_000);
    const preview = await previewOf(path);
    const before = snapshot(wb.db);
    const commit = dispatch('imports:commit', { previewId: preview.previewId }, context);
    let progress = await ask<{ bytesRead: number }>('imports:progress');
    while (progress.bytesRead === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      progress = await ask('imports:progress');
    }
    expect(await ask('imports:cancel')).toBe(true);
    expect(await commit).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(snapshot(wb.db)).toEqual(before);
  });
});
