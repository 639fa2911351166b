import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type Workbook } from '../../db/workbook';
import type { Channel, ChannelResult } from '../../electron/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { handlerContext } from '../helpers/handler-context';
import { snapshot } from '../helpers/import-fixtures';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

const DC = 'amd.revenue_data_center';

/** The channel's answer, or the test fails with the refusal's message. */
async function answer<C extends Channel>(channel: C, input: unknown, context: HandlerContext) {
  const reply = await dispatch(channel, input, context);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as ChannelResult<C>;
}
const NEW = {
  key: 'amd.semi_custom',
  label: 'AMD semi-custom',
  company: 'AMD',
  unit: 'USD millions',
  kind: 'estimate',
};

describe('series:add, series:delete, series:move, periods:add and history:step', () => {
  it('add a series, move it, add a quarter and delete a series, each one step with its cells', async () => {
    const context = handlerContext(wb);
    expect(await dispatch('series:add', NEW, context)).toMatchObject({
      ok: true,
      value: { key: NEW.key, count: 0, minValue: 0, fiscalCalendar: { id: expect.any(String) } },
    });
    const moved = await answer('series:move', { key: NEW.key, position: 0 }, context);
    expect(moved[0]!.key).toBe(NEW.key);
    const range = await answer('periods:range', undefined, context);
    const added = await answer('periods:add', { edge: 'end' }, context);
    expect(added.added).toBe(`${Number(range.last!.slice(0, 4)) + 1}Q1`);
    expect(added.last).toBe(added.added);
    const removed = await answer('series:delete', { key: DC }, context);

    const [deleted] = (await answer('history:list', undefined, context)).steps;
    expect(deleted).toMatchObject({ kind: 'series.delete', actor: 'user', cellCount: removed.removedValues });
    const details = await dispatch('history:step', { id: deleted!.id }, context);
    // The default content's values say so: they came with the workbook, not from an edit or import.
    expect(details).toMatchObject({
      ok: true,
      value: {
        step: { id: deleted!.id },
        moved: null,
        cells: expect.arrayContaining([
          {
            series: DC,
            period: '2025Q1',
            before: { value: 3674, source: expect.any(String), origin: 'defaults' },
            after: null,
          },
        ]),
      },
    });
  });

  it('the undo of a step lists its cells turned around', async () => {
    const context = handlerContext(wb);
    await dispatch('observations:set', { seriesKey: DC, period: '2025Q1', value: 3700 }, context);
    await dispatch('history:undo', undefined, context);
    const [undo] = (await answer('history:list', undefined, context)).steps;
    const details = await dispatch('history:step', { id: undo!.id }, context);
    expect(details).toMatchObject({
      ok: true,
      value: {
        step: { kind: 'history.undo' },
        moved: { kind: 'observation.set', cellCount: 1 },
        cells: [
          {
            series: DC,
            period: '2025Q1',
            before: { value: 3700, origin: 'user' },
            after: { value: 3674, origin: 'defaults' },
          },
        ],
      },
    });
  });

  it('refuse bad input before anything is written, naming the field', async () => {
    const context = handlerContext(wb);
    const before = snapshot(wb.db);
    const refused = [
      await dispatch('series:add', { ...NEW, kind: 'derived' }, context),
      await dispatch('series:add', { ...NEW, key: 'Not A Key' }, context),
      await dispatch('series:add', { ...NEW, minValue: 5, maxValue: 1 }, context),
      await dispatch('series:add', { ...NEW, extra: 1 }, context),
      await dispatch('series:delete', { key: 'amd.nothing' }, context),
      await dispatch('series:move', { key: DC, position: -1 }, context),
      await dispatch('series:move', { key: DC, position: 1.5 }, context),
      await dispatch('periods:add', { edge: 'middle' }, context),
      await dispatch('history:step', { id: 0 }, context),
      await dispatch('history:step', { id: 99_999 }, context),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'not_found',
    ]);
    const messages = refused.map((r) => (r.ok ? '' : r.error.message));
    expect(messages[0]).toMatch(/kind/);
    expect(messages[2]).toMatch(/the minimum is above the maximum/);
    expect(messages[4]).toBe('amd.nothing: no such series');
    expect(messages[9]).toBe('step 99999: no such step in the history');
    expect(snapshot(wb.db)).toEqual(before);
  });
});
