import { describe, expect, it } from 'vitest';
import type { ObservationDto } from '../../../electron/contract';
import { BlockLoader, type BlockStore } from '../../../renderer/features/data/block-loader';
import {
  buildSeriesRows,
  withBlock,
  withObservations,
  withoutBlocks,
  type SeriesRow,
} from '../../../renderer/features/data/data-grid-model';
import { blockColumns, blockOfPeriod } from '../../../renderer/features/data/value-blocks';

/**
 * The block loader over a workbook's values kept here as main would answer observations:block
 * (test/electron/observation-blocks.test.ts reads the real handler): what the page holds after
 * each step, compared with what the "workbook" holds.
 */

const columns = blockColumns(2017, 2026);
const SERIES = 30;

function observation(seriesKey: string, period: string, value: number): ObservationDto {
  return {
    seriesKey,
    period,
    value,
    qualifier: 'exact',
    source: 's',
    note: '',
    importId: 1,
    updatedAt: 't',
    isHandEdited: false,
  };
}

/** Every quarter and year of 2017-2026 for each series; some cells blank. */
function workbookValues(): ObservationDto[] {
  const values: ObservationDto[] = [];
  for (let s = 0; s < SERIES; s++) {
    for (let year = 2017; year <= 2026; year++) {
      for (const suffix of ['Q1', 'Q2', 'Q3', 'Q4', '']) {
        const value = s * 1000 + year + suffix.length;
        if ((s + year) % 3 !== 0) values.push(observation(`co.s${s}`, `${year}${suffix}`, value));
      }
    }
  }
  return values;
}

interface Harness {
  readonly loader: BlockLoader;
  readonly workbook: ObservationDto[];
  rows(): SeriesRow[];
  /** Changes the rows as use-data.ts does (a saved cell shown). */
  update(change: (rows: SeriesRow[]) => SeriesRow[]): void;
  readonly fetched: string[];
  readonly errors: string[];
  /** Holds the next reads until the returned function is called (to act while one is under way). */
  hold(): () => void;
  /** Makes every later read fail with `message`. */
  fail(message: string): void;
}

function setUp(): Harness {
  const workbook = workbookValues();
  let rows = buildSeriesRows(
    Array.from({ length: SERIES }, (_, s) => ({
      key: `co.s${s}`,
      label: `S${s}`,
      unit: 'USD millions',
      kind: 'reported' as const,
      company: 'Co',
      metric: `s${s}`,
      notes: '',
      minValue: null,
      maxValue: null,
      display: { scale: 'stored' as const, decimals: null },
    })),
  );
  const fetched: string[] = [];
  const errors: string[] = [];
  let gate: Promise<void> | null = null;
  let failure: string | null = null;
  const store: BlockStore = {
    keys: () => rows.map((r) => r.key),
    isLoaded: (row, block) => rows[row]?.loaded.has(block) ?? true,
    held: () => rows.flatMap((r, row) => [...r.loaded].map((block) => ({ row, block }))),
    fetch: async (seriesKeys, fromYear, toYear) => {
      fetched.push(`${seriesKeys.length}×${fromYear}-${toYear}`);
      // Read when asked, answered when let go: as main reads, then the reply travels.
      const keys = new Set(seriesKeys);
      const answer = workbook.filter((o) => {
        const year = Number(o.period.slice(0, 4));
        return keys.has(o.seriesKey) && year >= fromYear && year < toYear;
      });
      if (gate) await gate;
      if (failure) throw new Error(failure);
      return answer;
    },
    apply: (keys, block, years, observations) => (rows = withBlock(rows, keys, block, years, observations)),
    drop: (blocks, cols) => (rows = withoutBlocks(rows, blocks, cols)),
    onError: (message) => errors.push(message),
  };
  const loader = new BlockLoader(store);
  loader.reset(columns);
  return {
    loader,
    workbook,
    rows: () => rows,
    update: (change) => (rows = change(rows)),
    fetched,
    errors,
    hold: () => {
      let release = () => undefined as void;
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    fail: (message) => (failure = message),
  };
}

/** What a row should hold of one block: the workbook's values in its years. */
function expectedValues(h: Harness, key: string, block: number): Record<string, number> {
  return Object.fromEntries(
    h.workbook
      .filter((o) => o.seriesKey === key && blockOfPeriod(columns, o.period) === block)
      .map((o) => [o.period, o.value]),
  );
}

const valuesOf = (row: SeriesRow) =>
  Object.fromEntries(Object.entries(row.values).map(([p, o]) => [p, o.value]));

describe('BlockLoader', () => {
  it('reads what is shown, and what a copy needs, each block once, as the workbook holds it', async () => {
    const h = setUp();
    const rowCount = h.rows().length;
    h.loader.show({ top: 0, bottom: rowCount - 1, left: 1, right: 1 });
    const area = { top: 0, bottom: rowCount - 1, left: 0, right: 1 };
    await h.loader.ensure(area);
    expect(h.loader.ensure(area)).toBeNull();
    expect(h.fetched).toEqual([`${rowCount}×2019-2027`, `${rowCount}×2011-2019`]);
    for (const row of h.rows()) {
      expect(valuesOf(row)).toEqual({ ...expectedValues(h, row.key, 0), ...expectedValues(h, row.key, 1) });
      expect([...row.loaded].sort()).toEqual([0, 1]);
    }
  });

  it('skips a read for a view scrolled away before its turn', async () => {
    const h = setUp();
    const release = h.hold();
    h.loader.show({ top: 0, bottom: 0, left: 1, right: 1 });
    h.loader.show({ top: 5, bottom: 5, left: 0, right: 1 });
    h.loader.show({ top: 9, bottom: 9, left: 1, right: 1 });
    release();
    await h.loader.ensure({ top: 9, bottom: 9, left: 1, right: 1 });
    // The first read was under way and finished; row 5's were passed over.
    expect(h.fetched).toEqual(['1×2019-2027', '1×2019-2027']);
    expect(h.rows()[5]!.loaded.size).toBe(0);
  });

  it('does not put in a read that a saved cell overtook, and reads that block again', async () => {
    const h = setUp();
    const row = 4;
    const key = `co.s${row}`;
    const release = h.hold();
    const reading = h.loader.ensure({ top: row, bottom: row, left: 1, right: 1 })!;
    // While the read's reply travels, a cell is saved in the workbook and shown, as use-data.ts
    // does; the reply holds the value from before the save.
    const saved = observation(key, '2025Q1', 1);
    const at = h.workbook.findIndex((o) => o.seriesKey === key && o.period === '2025Q1');
    h.workbook.splice(at < 0 ? h.workbook.length : at, at < 0 ? 0 : 1, saved);
    h.loader.changed([{ row, block: 1 }]);
    h.update((rows) => withObservations(rows, [{ seriesKey: key, period: '2025Q1', observation: saved }]));
    release();
    await reading;
    expect(h.fetched).toEqual(['1×2019-2027', '1×2019-2027']);
    expect(h.rows()[row]!.values['2025Q1']?.value).toBe(1);
    expect(valuesOf(h.rows()[row]!)).toEqual(expectedValues(h, key, 1));
  });

  it('says why a read failed, and refuses an area too large to hold', async () => {
    const h = setUp();
    h.fail('observations:block failed: disk I/O error');
    await expect(h.loader.ensure({ top: 0, bottom: 1, left: 1, right: 1 })!).rejects.toThrow(
      'Cannot load the values of 2019–2026: observations:block failed: disk I/O error',
    );
    expect(h.errors).toEqual([
      'Cannot load the values of 2019–2026: observations:block failed: disk I/O error',
    ]);
    expect(h.rows()[0]!.loaded.size).toBe(0);
    await expect(h.loader.ensure({ top: 0, bottom: 9999, left: 0, right: 0 })!).rejects.toThrow(
      'too many to read at once',
    );
  });
});
