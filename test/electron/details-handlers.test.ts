import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type Workbook } from '../../db/workbook';
import type { ObservationDto } from '../../electron/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { handlerContext } from '../helpers/handler-context';
import { snapshot } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
let context: HandlerContext;
const DC = 'amd.revenue_data_center';
const SHARE = 'amd.x86_server_unit_share';

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
  context = handlerContext(wb);
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

describe('series:details and series:update', () => {
  it("shows a series' unit, range, fiscal calendar and aliases, and saves a new range", async () => {
    const details = await dispatch('series:details', { key: 'nvidia.revenue_data_center' }, context);
    expect(details).toMatchObject({
      ok: true,
      value: {
        label: 'NVIDIA Data Center revenue',
        unit: 'USD millions',
        company: 'NVIDIA',
        minValue: 0,
        maxValue: null,
        fiscalCalendar: { id: 'nvidia', fiscalYearEndMonth: 1 },
        aliases: [{ alias: 'Data Center', source: 'default' }],
      },
    });
    const saved = await dispatch('series:update', { key: SHARE, label: 'x86 share', maxValue: 60 }, context);
    expect(saved).toMatchObject({ ok: true, value: { label: 'x86 share', minValue: 0, maxValue: 60 } });
  });

  it.each([
    [{ key: SHARE, minValue: 50, maxValue: 10 }, 'invalid_input', /the minimum is above the maximum/],
    [{ key: SHARE, minValue: Number.NaN }, 'invalid_input', /minValue/],
    [{ key: SHARE, maxValue: '100' }, 'invalid_input', /maxValue/],
    [{ key: SHARE, label: '' }, 'invalid_input', /label/],
    // A range the values already in the series fall outside: the first such period is named.
    [
      { key: SHARE, maxValue: 10 },
      'invalid_input',
      /^AMD x86 server unit share: the range 0 to 10 leaves out 10.7 in 2021Q4 \(the first/,
    ],
    [{ key: 'amd.nothing', label: 'x' }, 'invalid_input', /amd.nothing: no such series/],
  ])('refuses %j, naming why, and writes nothing', async (input, code, message) => {
    const before = snapshot(wb.db);
    const reply = await dispatch('series:update', input, context);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
    expect(snapshot(wb.db)).toEqual(before);
  });
});

describe('series:setDisplay', () => {
  it('shows a series in billions with 1 decimal, answering the series as saved', async () => {
    const saved = await dispatch('series:setDisplay', { key: DC, scale: 'billions', decimals: 1 }, context);
    expect(saved).toMatchObject({
      ok: true,
      value: { key: DC, display: { scale: 'billions', decimals: 1 } },
    });
    const reset = await dispatch('series:setDisplay', { key: DC, decimals: null }, context);
    expect(reset).toMatchObject({ ok: true, value: { display: { scale: 'billions', decimals: null } } });
  });

  it.each([
    [{ key: DC, scale: 'trillions' }, /scale/],
    [{ key: DC, decimals: 7 }, /decimals/],
    [{ key: DC, decimals: 1.5 }, /decimals/],
    [{ key: DC, colour: 'red' }, /colour/],
    [{ key: SHARE, scale: 'billions' }, /a series in percent is shown as stored/],
  ])('refuses %j, naming why, and writes nothing', async (input, message) => {
    const before = snapshot(wb.db);
    const reply = await dispatch('series:setDisplay', input, context);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
    expect(snapshot(wb.db)).toEqual(before);
  });
});

describe('observations:set, observations:annotate and observations:history', () => {
  it('says which cited source a hand edit replaced, and marks the cell as hand-edited', async () => {
    const set = await dispatch('observations:set', { seriesKey: DC, period: '2025Q1', value: 3700 }, context);
    expect(set).toMatchObject({
      ok: true,
      value: {
        observation: { value: 3700, source: 'user entry', isHandEdited: true },
        replacedSource: expect.stringMatching(/^https:\/\//),
      },
    });
    const again = await dispatch(
      'observations:set',
      { seriesKey: DC, period: '2025Q1', value: 3710, source: 'user entry' },
      context,
    );
    expect(again).toMatchObject({ ok: true, value: { replacedSource: null } });
    const list = await dispatch(
      'observations:block',
      { seriesKeys: [DC], fromYear: 2024, toYear: 2027 },
      context,
    );
    const values = list.ok ? (list.value as ObservationDto[]) : [];
    expect(values.filter((o) => o.isHandEdited).map((o) => `${o.seriesKey}@${o.period}`)).toEqual([
      `${DC}@2025Q1`,
    ]);
  });

  it('saves a source, note and qualifier typed for a hand edit, and lists the earlier values', async () => {
    await dispatch('observations:set', { seriesKey: DC, period: '2025Q1', value: 3700 }, context);
    const annotated = await dispatch(
      'observations:annotate',
      {
        seriesKey: DC,
        period: '2025Q1',
        source: 'https://ir.amd.com/q1',
        note: 'restated',
        qualifier: 'approx',
      },
      context,
    );
    expect(annotated).toMatchObject({
      ok: true,
      value: { observation: { value: 3700, qualifier: 'approx', note: 'restated', isHandEdited: true } },
    });
    const history = await dispatch('observations:history', { seriesKey: DC, period: '2025Q1' }, context);
    expect(history).toMatchObject({
      ok: true,
      value: {
        current: { source: 'https://ir.amd.com/q1' },
        setBy: { kind: 'edit' },
        earlier: [
          { state: { value: 3700, source: 'user entry' } },
          { state: { value: 3674, source: expect.stringMatching(/^https:\/\//) } },
        ],
      },
    });
  });

  it.each([
    ['observations:annotate', { seriesKey: DC, period: '2025Q1', qualifier: 'guess' }, /qualifier/],
    ['observations:annotate', { seriesKey: DC, period: '2031Q1', note: 'x' }, /the cell is blank/],
    ['observations:annotate', { seriesKey: DC, period: '2025Q1', note: 'x'.repeat(4001) }, /note/],
    ['observations:history', { seriesKey: DC, period: 'Q1' }, /period/],
    ['observations:history', { seriesKey: DC, period: '2025Q1', extra: 1 }, /extra/],
  ] as const)('%s refuses bad input %#', async (channel, input, message) => {
    const before = snapshot(wb.db);
    const reply = await dispatch(channel, input, context);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
    expect(snapshot(wb.db)).toEqual(before);
  });
});

describe('workbook:find', () => {
  it('finds series and cells through the contract', async () => {
    const reply = await dispatch('workbook:find', { text: 'NVIDIA Data Center' }, context);
    expect(reply).toMatchObject({
      ok: true,
      value: { hits: [{ seriesKey: 'nvidia.revenue_data_center', period: null, field: 'series' }] },
    });
  });

  it.each([
    [{ text: 'x'.repeat(201) }, /text/],
    [{ text: 3 }, /text/],
    [{ text: 'a', more: 1 }, /more/],
    [undefined, /expected object/i],
  ])('refuses %j, naming why', async (input, message) => {
    const reply = await dispatch('workbook:find', input as never, context);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
  });
});
