import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateSeries } from '../../db/commands';
import { createWorkbook, type Workbook } from '../../db/workbook';
import type { HistoryMoveResult, ScenarioDto } from '../../electron/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { packCellWrites, unpackCells, type PackedCells } from '../../projection/packed-cells';
import { handlerContext } from '../helpers/handler-context';
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

const table = () => wb.db.prepare('SELECT * FROM observations ORDER BY series_id, period').all();
const EST = 'amd.instinct_revenue_est';
/** The cells an undo or redo reply says it wrote. */
const movedCells = (reply: unknown) => unpackCells((reply as { value: HistoryMoveResult }).value.cells!);
const DC = 'amd.revenue_data_center';

describe('observations:setMany, history:undo, history:redo and history:list', () => {
  it('writes a block as one step, undoes it with the cells it wrote, and redoes it', async () => {
    const context = handlerContext(wb);
    const original = table();
    const set = await dispatch(
      'observations:setMany',
      {
        action: 'paste',
        ...packCellWrites([
          { seriesKey: EST, period: '2025Q2', value: 1800 },
          { seriesKey: DC, period: '2025Q1', value: null },
        ]),
      },
      context,
    );
    expect(unpackCells((set as { value: PackedCells }).value)).toMatchObject([
      {
        seriesKey: EST,
        period: '2025Q2',
        observation: { value: 1800, source: 'user entry', isHandEdited: true },
      },
      {
        seriesKey: DC,
        period: '2025Q1',
        observation: null,
        replacedSource: expect.stringMatching(/^https:\/\//),
      },
    ]);
    const pasted = table();

    const list = await dispatch('history:list', undefined, context);
    expect(list).toMatchObject({
      ok: true,
      value: { canUndo: { kind: 'observations.set', summary: expect.stringMatching(/^pasted 2 cells/) } },
    });

    const undone = await dispatch('history:undo', undefined, context);
    expect(undone).toMatchObject({
      ok: true,
      value: { step: { kind: 'observations.set', summary: expect.stringMatching(/^pasted 2 cells/) } },
    });
    expect(movedCells(undone)).toMatchObject([
      { seriesKey: EST, period: '2025Q2', observation: null },
      { seriesKey: DC, period: '2025Q1', observation: { value: 3674, isHandEdited: false } },
    ]);
    expect(table()).toEqual(original);

    const redone = await dispatch('history:redo', undefined, context);
    expect(movedCells(redone)).toMatchObject([
      { observation: { value: 1800, isHandEdited: true } },
      { observation: null },
    ]);
    expect(table()).toEqual(pasted);
  });

  it('answers cells: null for a step that is not about cells alone', async () => {
    updateSeries(wb.db, 'amd.revenue_gaming', { label: 'Gaming' }, '2026-11-25T00:00:00.000Z');
    const undone = await dispatch('history:undo', undefined, handlerContext(wb));
    expect(undone).toMatchObject({ ok: true, value: { step: { kind: 'series.update' }, cells: null } });
  });

  it('refuses a bad block whole and an undo with nothing to undo, writing nothing', async () => {
    const context = handlerContext(wb);
    const before = table();
    const bad = await dispatch(
      'observations:setMany',
      {
        action: 'fill',
        ...packCellWrites([
          { seriesKey: EST, period: '2025Q2', value: 1800 },
          { seriesKey: 'amd.x86_server_unit_share', period: '2025Q2', value: 101 },
        ]),
      },
      context,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/share 2025Q2: 101 is outside/) },
    });
    const none = { seriesKeys: [EST], periods: ['2025Q2'], cellSeries: [], cellPeriods: [], values: [] };
    expect(await dispatch('observations:setMany', { action: 'paste', ...none }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    // Cells naming a series or period the message does not list, or runs that do not add up.
    const outside = {
      seriesKeys: [EST],
      periods: ['2025Q2'],
      cellSeries: [0, 1],
      cellPeriods: [0, 0],
      values: [1, 2],
    };
    expect(await dispatch('observations:setMany', { action: 'paste', ...outside }, context)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/the cells' series entry 2 \(1\) is outside the 1 listed/),
      },
    });
    const runaway = { ...outside, cellSeries: { runs: [0, 0, 1e9] }, cellPeriods: { all: 0 } };
    expect(await dispatch('observations:setMany', { action: 'paste', ...runaway }, context)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/runs for more cells, not 2/) },
    });
    expect(await dispatch('observations:setMany', { action: 'move', ...none }, context)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/action/) },
    });
    expect(await dispatch('history:undo', undefined, context)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'nothing to undo' },
    });
    expect(table()).toEqual(before);
  });
});

describe('scenarios:setAssumptions', () => {
  const CEILING = 'amd.inference.shareCeiling';
  const assumptionsTable = () =>
    wb.db.prepare('SELECT * FROM assumptions ORDER BY scenario_id, key, year').all();

  it('writes assumption cells of several scenarios as one step and returns every scenario; undo takes it back', async () => {
    const context = handlerContext(wb);
    const original = assumptionsTable();
    const reply = await dispatch(
      'scenarios:setAssumptions',
      {
        action: 'paste',
        writes: [
          { scenario: 'Base', key: CEILING, year: null, value: 0.31 },
          { scenario: 'Bull', key: CEILING, year: null, value: 0.41 },
        ],
      },
      context,
    );
    expect(reply.ok).toBe(true);
    const scenarios = reply.ok ? (reply.value as ScenarioDto[]) : [];
    expect(scenarios.map((s) => [s.name, s.assumptions[CEILING]])).toEqual([
      ['Bull', 0.41],
      ['Base', 0.31],
      ['Bear', expect.any(Number)],
    ]);
    expect(await dispatch('history:undo', undefined, context)).toMatchObject({ ok: true });
    expect(assumptionsTable()).toEqual(original);
  });

  it.each([
    [{ action: 'paste', writes: [] }, /writes/],
    [{ action: 'move', writes: [{ scenario: 'Base', key: CEILING, year: null, value: 1 }] }, /action/],
    [{ action: 'paste', writes: [{ scenario: 'Base', key: CEILING, value: 0.2 }] }, /year/],
    [
      { action: 'paste', writes: [{ scenario: 'Base', key: CEILING, year: null, value: Number.NaN }] },
      /value/,
    ],
    [
      { action: 'paste', writes: [{ scenario: 'Base', key: CEILING, year: null, value: 2 }] },
      /Base, amd.inference.shareCeiling/,
    ],
  ])('refuses %j, naming why, and writes nothing', async (input, message) => {
    const before = assumptionsTable();
    const reply = await dispatch('scenarios:setAssumptions', input as never, handlerContext(wb));
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error.message).toMatch(message);
    expect(assumptionsTable()).toEqual(before);
  });
});
