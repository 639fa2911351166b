import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, openWorkbook, type Workbook } from '../../db/workbook';
import { CHANNELS } from '../../electron/contract';
import { handlers } from '../../electron/main/handlers';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { makeTempDir } from '../helpers/temp-dir';
import { testDesktop } from '../helpers/handler-context';

const temp = makeTempDir();
let wb: Workbook;
let context: HandlerContext;

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
  context = {
    workbook: wb,
    now: () => '2026-11-25T00:00:00.000Z',
    chooseImportFile: () => Promise.resolve(null),
    emit: () => {},
    desktop: testDesktop(),
  };
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

function table() {
  return wb.db.prepare('SELECT * FROM observations ORDER BY series_id, period').all();
}

describe('IPC dispatch', () => {
  it('has a handler for every contract channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers good requests with { ok: true, value }', async () => {
    const summary = await dispatch('workbook:summary', undefined, context);
    expect(summary).toMatchObject({ ok: true, value: { fileName: 'w.iwb', series: 24, observations: 250 } });
    const set = await dispatch(
      'observations:set',
      { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1600 },
      context,
    );
    expect(set).toMatchObject({ ok: true, value: { observation: { value: 1600, source: 'user entry' } } });
  });

  it.each([
    [
      'observations:set',
      { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 'lots' },
      /value: /,
    ],
    ['observations:set', { seriesKey: 'AMD DC', period: '2025Q1', value: 1 }, /seriesKey: /],
    ['observations:set', { seriesKey: 'amd.revenue_data_center', period: 'Q1 2025', value: 1 }, /period: /],
    [
      'observations:set',
      { seriesKey: 'amd.revenue_data_center', period: '2025Q1', value: 1, sql: 'DROP' },
      /sql/,
    ],
    ['observations:set', null, /input/],
    ['observations:set', 'amd.revenue_data_center', /input/],
    ['series:list', { extra: true }, /input/],
  ])('refuses bad input on %s: %j', async (channel, input, message) => {
    const before = table();
    const reply = await dispatch(channel, input, context);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid_input');
      expect(reply.error.message).toMatch(message);
      expect(reply.error.message.startsWith(`${channel}: `)).toBe(true);
    }
    expect(table()).toEqual(before);
  });

  it('serves the market model: deals, history settings and vintages, refusing bad ones', async () => {
    const deals = [
      {
        name: 'Microsoft',
        gigawatts: 2,
        startQuarter: '2027Q1',
        rampYears: 3,
        usdBillionsPerGw: 45,
        amdContentShare: 0.3,
      },
    ];
    expect(await dispatch('scenarios:setDeals', { scenario: 'Bear', deals }, context)).toMatchObject({
      ok: true,
      value: { name: 'Bear', deals },
    });
    const badQuarter = await dispatch(
      'scenarios:setDeals',
      { scenario: 'Bear', deals: [{ ...deals[0], startQuarter: '2027' }] },
      context,
    );
    expect(badQuarter).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const setting = await dispatch(
      'model:setHistoryAssumption',
      { key: 'history.otherShare', value: 0.04 },
      context,
    );
    expect(setting).toMatchObject({
      ok: true,
      value: { historyAssumptions: { 'history.otherShare': 0.04 } },
    });
    const notASetting = await dispatch(
      'model:setHistoryAssumption',
      { key: 'tam.growth', value: 0.5 },
      context,
    );
    expect(notASetting).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not a history setting/) },
    });
    const frozen = await dispatch('vintages:freeze', { scenario: 'Base', label: 'Base, Nov' }, context);
    expect(frozen).toMatchObject({
      ok: true,
      value: { id: 1, scenario: 'Base', label: 'Base, Nov', jumpOff: '2026Q1' },
    });
    expect(await dispatch('vintages:copy', { vintage: 1, name: 'Base again' }, context)).toMatchObject({
      ok: true,
      value: { name: 'Base again', probability: 0 },
    });
    expect(await dispatch('vintages:delete', { vintage: 1 }, context)).toEqual({ ok: true, value: null });
    expect(await dispatch('vintages:list', undefined, context)).toEqual({ ok: true, value: [] });
    expect(await dispatch('vintages:delete', { vintage: 0 }, context)).toMatchObject({ ok: false });
  });

  it('says a workbook another process writes is read-only, and refuses a write in those words', async () => {
    const path = join(temp.dir, 'shared.iwb');
    createWorkbook(path).close();
    const reason = 'shared.iwb is open for writing in another process (42 on laptop, since 2026-11-30)';
    const reader = { ...openWorkbook(path, { readonly: true }), readOnlyReason: reason };
    const readOnly = { ...context, workbook: reader };
    try {
      expect(await dispatch('workbook:summary', undefined, readOnly)).toMatchObject({
        ok: true,
        value: { readOnlyReason: reason },
      });
      const write = await dispatch(
        'observations:set',
        { seriesKey: 'amd.instinct_revenue_est', period: '2025Q1', value: 1600 },
        readOnly,
      );
      expect(write).toEqual({ ok: false, error: { code: 'busy', message: `${reason}; nothing was saved` } });
      expect(await dispatch('workbook:summary', undefined, context)).toMatchObject({
        value: { readOnlyReason: null },
      });
    } finally {
      reader.close();
    }
  });

  it('refuses an unknown channel and domain errors without writing', async () => {
    expect(await dispatch('db:exec', 'DROP TABLE series', context)).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'unknown channel "db:exec"' },
    });
    const before = table();
    const reply = await dispatch(
      'observations:set',
      { seriesKey: 'amd.nothing', period: '2025Q1', value: 1 },
      context,
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'amd.nothing: no such series' },
    });
    expect(table()).toEqual(before);
  });

  it('turns an unexpected failure into an internal error reply, not a throw', async () => {
    const closed = createWorkbook(join(temp.dir, 'closed.iwb'));
    closed.close();
    const reply = await dispatch('series:list', undefined, { ...context, workbook: closed });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
