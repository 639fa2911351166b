import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setObservation } from '../../db/commands';
import { listAllObservations } from '../../db/derived-series';
import { repositories } from '../../db/repositories';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { MAX_BLOCK_CELLS, type ObservationDto, type SeriesExtentDto } from '../../electron/contract';
import type { HandlerContext } from '../../electron/main/handlers/handler-context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { comparePeriods } from '../../projection/period';
import { handlerContext } from '../helpers/handler-context';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let wb: Workbook;
let context: HandlerContext;
const DC = 'amd.revenue_data_center';
const IMPLIED = 'amd.instinct_revenue_implied';
const NOW = '2026-11-30T12:00:00.000Z';

beforeEach(() => {
  temp = makeTempDir();
  wb = createWorkbook(join(temp.dir, 'w.iwb'));
  context = handlerContext(wb);
});
afterEach(() => {
  wb.close();
  temp.cleanup();
});

async function extents(): Promise<SeriesExtentDto[]> {
  const reply = await dispatch('observations:extents', undefined, context);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as SeriesExtentDto[];
}

/** The extents worked out the slow way: every value read, sorted in time. */
function extentsFromEveryValue(): SeriesExtentDto[] {
  const all = listAllObservations(wb.db);
  return repositories(wb.db)
    .series.listSeries()
    .map((s) => {
      const periods = all
        .filter((o) => o.seriesKey === s.key)
        .map((o) => o.period)
        .sort(comparePeriods);
      return { seriesKey: s.key, firstPeriod: periods[0] ?? null, lastPeriod: periods.at(-1) ?? null };
    });
}

describe('observations:extents', () => {
  it("gives each series' first and last period in time order, held or computed, as reading every value does", async () => {
    expect(await extents()).toEqual(extentsFromEveryValue());
    expect((await extents()).find((e) => e.seriesKey === IMPLIED)?.lastPeriod).not.toBeNull();
  });

  it('puts a year after its quarters at either end, and follows edits', async () => {
    const set = (period: string, value: number | null) =>
      setObservation(wb.db, { seriesKey: DC, period, value }, NOW);
    set('2031Q2', 10);
    set('2031', 40);
    set('2005', 30);
    let dc = (await extents()).find((e) => e.seriesKey === DC);
    expect(dc).toEqual({ seriesKey: DC, firstPeriod: '2005', lastPeriod: '2031' });
    set('2005Q4', 5);
    set('2031', null);
    dc = (await extents()).find((e) => e.seriesKey === DC);
    expect(dc).toEqual({ seriesKey: DC, firstPeriod: '2005Q4', lastPeriod: '2031Q2' });
    expect(await extents()).toEqual(extentsFromEveryValue());
  });
});

describe('observations:block', () => {
  it('reads some series over whole years, held and computed, with the hand edits marked', async () => {
    setObservation(wb.db, { seriesKey: DC, period: '2025Q2', value: 3300 }, NOW);
    const reply = await dispatch(
      'observations:block',
      { seriesKeys: [IMPLIED, DC], fromYear: 2024, toYear: 2026 },
      context,
    );
    expect(reply.ok).toBe(true);
    const block = reply.ok ? (reply.value as ObservationDto[]) : [];
    const expected = listAllObservations(wb.db).filter(
      (o) => [IMPLIED, DC].includes(o.seriesKey) && o.period >= '2024' && o.period < '2026',
    );
    expect(block.map((o) => `${o.seriesKey}@${o.period}=${o.value}`).sort()).toEqual(
      expected.map((o) => `${o.seriesKey}@${o.period}=${o.value}`).sort(),
    );
    expect(block.some((o) => o.period === '2024')).toBe(true);
    expect(block.filter((o) => o.isHandEdited).map((o) => `${o.seriesKey}@${o.period}`)).toEqual([
      `${DC}@2025Q2`,
    ]);
  });

  it('refuses a block larger than its bound, or years the wrong way round, naming why', async () => {
    const keys = repositories(wb.db)
      .series.listSeries()
      .map((s) => s.key);
    const tooMany = await dispatch(
      'observations:block',
      { seriesKeys: keys, fromYear: 1950, toYear: 2050 },
      context,
    );
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(tooMany.ok ? '' : tooMany.error.message).toContain(`at most ${MAX_BLOCK_CELLS} cells`);
    const backwards = await dispatch(
      'observations:block',
      { seriesKeys: [DC], fromYear: 2026, toYear: 2024 },
      context,
    );
    expect(backwards.ok ? '' : backwards.error.message).toContain('toYear must be after fromYear');
  });
});
