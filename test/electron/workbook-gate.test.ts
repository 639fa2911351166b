import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../db/workbook';
import {
  CHANNELS,
  type FileGrant,
  type ImportPreviewDto,
  type ImportProgressDto,
  type IpcReply,
} from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { PROGRESS_EVENT_INTERVAL_MS } from '../../electron/main/handlers/running-imports';
import { runHolding } from '../../electron/main/ipc/workbook-gate';
import { handlerContext, type EmittedEvent } from '../helpers/handler-context';
import { defaultWorkbook, snapshot, writeDataFile } from '../helpers/import-fixtures';
import { writeLargeLongCsv } from '../helpers/large-import-file';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
let chosen: string;
let context: HandlerContext;
let emitted: EmittedEvent[];

beforeEach(() => {
  wb?.close();
  wb = defaultWorkbook(temp.dir);
  emitted = [];
  context = handlerContext(wb, () => chosen, emitted);
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

/** The progress events pushed so far. */
const progressEvents = (): EmittedEvent<'imports:progress'>[] =>
  emitted.filter((e): e is EmittedEvent<'imports:progress'> => e.name === 'imports:progress');

/** Waits for the first progress event that has read some bytes, as the page's progress bar does. */
async function firstProgress(): Promise<ImportProgressDto> {
  for (;;) {
    const event = progressEvents().find((e) => e.payload.bytesRead > 0);
    if (event) return event.payload;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Progress is throttled: consecutive events are at least the interval apart. */
function expectThrottled(): void {
  const times = progressEvents().map((e) => e.at);
  times
    .slice(1)
    .forEach((at, i) => expect(at - times[i]!).toBeGreaterThanOrEqual(PROGRESS_EVENT_INTERVAL_MS - 1));
}

async function previewOf(path: string): Promise<ImportPreviewDto> {
  chosen = path;
  const { grantId } = (await ask<FileGrant>('files:choose'))!;
  return ask<ImportPreviewDto>('imports:preview', { grantId });
}

// AMD Data Center revenue 2025Q1 is 3,674 in the default workbook: a changed value and a new one.
const FILE =
  'period,series,value\n2025Q1,amd.revenue_data_center,3700\n2030Q1,amd.revenue_data_center,5000\n';
/** Every channel but cancel, the one answered while an import is being written. */
const GATED = CHANNELS.filter((c) => c !== 'imports:cancel');
const busy = (channel: string) => ({
  ok: false,
  error: { code: 'busy', message: `${channel}: an import is being written; wait for it or cancel it` },
});

describe('the busy gate while an import is being written', () => {
  it('refuses every other channel with busy while the workbook is held, answers cancel, and lets go after', async () => {
    // Holds the workbook as a commit that awaits between chunks does, until the test lets go.
    let letGo!: () => void;
    const held = runHolding('imports:commit', wb, () => new Promise<void>((resolve) => (letGo = resolve)));
    const before = snapshot(wb.db);
    for (const channel of GATED) {
      expect(await dispatch(channel, undefined, context), channel).toEqual(busy(channel));
    }
    expect(await dispatch('imports:cancel', undefined, context)).toMatchObject({ ok: true });
    expect(snapshot(wb.db)).toEqual(before);
    letGo();
    await held;
    expect(await dispatch('workbook:summary', undefined, context)).toMatchObject({ ok: true });
  });

  it('holds a workbook from the moment its commit is dispatched until it settles, and only that one', async () => {
    const { previewId } = await previewOf(writeDataFile(temp.dir, FILE));
    const other = defaultWorkbook(temp.dir);
    try {
      const commit = dispatch('imports:commit', { previewId }, context);
      // Asked before the commit's reply, as a message arriving mid-import would be.
      const mine = dispatch('series:list', undefined, context);
      const theirs = dispatch('series:list', undefined, handlerContext(other));
      expect(await mine).toEqual(busy('series:list'));
      expect(await theirs).toMatchObject({ ok: true });
      expect(await commit).toMatchObject({ ok: true, value: { inserted: 1, updated: 1 } });
      expect(await dispatch('series:list', undefined, context)).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
  });

  it('refuses the rest while a large commit is written, reports its progress, and its cancel writes nothing', async () => {
    const path = join(temp.dir, 'large-3.csv');
    writeLargeLongCsv(path, 300_000);
    const preview = await previewOf(path);
    const before = snapshot(wb.db);
    emitted.length = 0;
    const commit = dispatch('imports:commit', { previewId: preview.previewId }, context);
    expect((await firstProgress()).phase).toBe('commit');
    for (const channel of GATED) {
      expect(await dispatch(channel, undefined, context), channel).toEqual(busy(channel));
    }
    expect(await ask('imports:cancel')).toBe(true);
    expect(await commit).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(snapshot(wb.db)).toEqual(before);
    expectThrottled();
    // A settled import pushes nothing more.
    const pushed = emitted.length;
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVENT_INTERVAL_MS * 2));
    expect(emitted.length).toBe(pushed);
  });
});

describe('progress and cancel of a preview', () => {
  it('pushes bytes read while a large file is previewed, and a cancelled preview ends', async () => {
    const path = join(temp.dir, 'large.csv');
    const size = writeLargeLongCsv(path, 200_000);
    chosen = path;
    const { grantId } = (await ask<FileGrant>('files:choose'))!;
    const reading = dispatch('imports:preview', { grantId }, context);
    const progress = await firstProgress();
    expect(progress).toMatchObject({ phase: 'preview', totalBytes: size });
    expect(progress.bytesRead).toBeLessThan(size);
    expect(await ask('imports:cancel')).toBe(true);
    expect(await reading).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'the import was cancelled' },
    });
    expectThrottled();
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
});
