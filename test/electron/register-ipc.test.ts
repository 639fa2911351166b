import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { CHANNELS } from '../../electron/contract';
import { makeTempDir } from '../helpers/temp-dir';
import { testDesktop } from '../helpers/handler-context';

// Electron's binary cannot run here, so ipcMain is replaced by a recorder: the test checks what
// our registration code does with it, not Electron itself.
const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) =>
      registered.set(channel, fn),
  },
}));

const { registerIpc } = await import('../../electron/main/ipc/register-ipc');

const temp = makeTempDir();
let wb: Workbook;
const OUR_WINDOW = 7;

function event(senderId: number, frame: { url: string; parent: unknown } | null) {
  return { sender: { id: senderId }, senderFrame: frame };
}

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
  const context = {
    workbook: wb,
    now: () => '2026-11-25T00:00:00Z',
    chooseImportFile: async () => null,
    emit: () => {},
    desktop: testDesktop(),
  };
  registerIpc((id) => (id === OUR_WINDOW ? context : undefined));
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

describe('registerIpc', () => {
  it('registers one handler per contract channel', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our page in its main frame', async () => {
    const reply = await registered.get('workbook:summary')!(
      event(OUR_WINDOW, { url: 'app://workbook/index.html', parent: null }),
      undefined,
    );
    expect(reply).toMatchObject({ ok: true, value: { series: 24 } });
  });

  it.each([
    [
      'another window',
      event(99, { url: 'app://workbook/index.html', parent: null }),
      /not a workbook window/,
    ],
    ['an iframe', event(OUR_WINDOW, { url: 'app://workbook/index.html', parent: {} }), /not the main frame/],
    ['a remote page', event(OUR_WINDOW, { url: 'https://example.com/', parent: null }), /is not the app/],
    ['a destroyed frame', event(OUR_WINDOW, null), /frame is gone/],
  ])('refuses %s and writes nothing', async (_name, ev, reason) => {
    const before = wb.db.prepare('SELECT count(*) AS n FROM journal').get();
    const reply = (await registered.get('observations:set')!(ev, {
      seriesKey: 'amd.instinct_revenue_est',
      period: '2025Q1',
      value: 1,
    })) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('forbidden_sender');
    expect(reply.error.message).toMatch(reason);
    expect(wb.db.prepare('SELECT count(*) AS n FROM journal').get()).toEqual(before);
  });
});
