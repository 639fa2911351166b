import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_CELLS } from '../../../electron/contract';
import {
  BLOCK_CELLS,
  BLOCK_YEARS,
  REQUEST_CELLS,
  areaCells,
  blockColumns,
  blockOfPeriod,
  blocksToDrop,
  planRequests,
  yearsOfBlock,
} from '../../../renderer/features/data/value-blocks';

describe('value blocks', () => {
  const columns = blockColumns(1950, 2199);

  it('numbers blocks of whole years back from the last, a year with its quarters', () => {
    const count = Math.ceil(250 / BLOCK_YEARS);
    const origin = 2199 - count * BLOCK_YEARS + 1;
    expect(columns).toEqual({ originYear: origin, lastYear: 2199, count });
    expect(origin).toBeLessThanOrEqual(1950);
    // The last block, where the grid opens, is whole.
    expect(yearsOfBlock(columns, count - 1)).toEqual({ fromYear: 2200 - BLOCK_YEARS, toYear: 2200 });
    expect(blockOfPeriod(columns, '2199Q4')).toBe(count - 1);
    expect(blockOfPeriod(columns, `${2200 - BLOCK_YEARS}Q1`)).toBe(count - 1);
    expect(blockOfPeriod(columns, `${2199 - BLOCK_YEARS}`)).toBe(count - 2);
    expect(blockOfPeriod(columns, '1950Q1')).toBe(0);
    expect(yearsOfBlock(columns, 2)).toEqual({
      fromYear: origin + 2 * BLOCK_YEARS,
      toYear: origin + 3 * BLOCK_YEARS,
    });
    // A workbook of a single year is one block.
    expect(blockColumns(2025, 2025)).toEqual({ originYear: 2025 - BLOCK_YEARS + 1, lastYear: 2025, count: 1 });
    expect(areaCells({ top: 0, bottom: 9, left: 3, right: 4 })).toBe(10 * 2 * BLOCK_CELLS);
  });

  it('asks per block for the rows not held or awaited, in runs under the cell bound', () => {
    // The page's requests stay inside what observations:block accepts.
    expect(REQUEST_CELLS).toBe(MAX_BLOCK_CELLS);
    const held = new Set(['1:0', '2:0', '5:1']);
    const requests = planRequests(
      { top: 0, bottom: 6, left: 0, right: 1 },
      (row, block) => held.has(`${row}:${block}`),
      3 * BLOCK_CELLS,
    );
    expect(requests).toEqual([
      { block: 0, rows: [0, 3, 4] },
      { block: 0, rows: [5, 6] },
      { block: 1, rows: [0, 1, 2] },
      { block: 1, rows: [3, 4, 6] },
    ]);
    expect(
      planRequests(
        { top: 1, bottom: 2, left: 0, right: 0 },
        (row, block) => held.has(`${row}:${block}`),
        1000,
      ),
    ).toEqual([]);
  });

  it('lets go of the blocks farthest from the view first, a block across counting as a screen down', () => {
    const held = [
      { row: 10, block: 3 },
      { row: 500, block: 3 },
      { row: 12, block: 9 },
      { row: 60, block: 3 },
    ];
    const view = { top: 0, bottom: 30, left: 3, right: 3 };
    expect(blocksToDrop(held, view, 4)).toEqual([]);
    expect(blocksToDrop(held, view, 2)).toEqual([
      { row: 500, block: 3 },
      { row: 12, block: 9 },
    ]);
  });
});
