import { describe, expect, it } from 'vitest';
import {
  blockOf,
  planClear,
  planFill,
  planPaste,
  selectionStats,
  statsText,
} from '../../../../renderer/components/sheet/sheet-edits';
import type { CellPos } from '../../../../renderer/components/sheet/sheet-range';

const GRID = { rows: 4, cols: 5 };
const describeCell = ({ row, col }: CellPos) => `row ${row}, col ${col}`;
const at = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });
const textAt = ({ row, col }: CellPos) => `${row}${col}`;

describe('planPaste', () => {
  it("puts a block at the selection's top-left cell", () => {
    const plan = planPaste(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      at(1, 2),
      GRID,
      describeCell,
    );
    expect(plan).toEqual({
      ok: true,
      value: [
        { row: 1, col: 2, text: 'a' },
        { row: 1, col: 3, text: 'b' },
        { row: 2, col: 2, text: 'c' },
        { row: 2, col: 3, text: 'd' },
      ],
    });
  });

  it('fills the whole selection with one value, and repeats a block that divides it', () => {
    const one = planPaste([['7']], at(0, 0, 1, 1), GRID, describeCell);
    expect(one.ok && one.value.map((w) => w.text)).toEqual(['7', '7', '7', '7']);
    const repeated = planPaste([['a', 'b']], at(0, 0, 1, 3), GRID, describeCell);
    expect(repeated.ok && repeated.value.map((w) => w.text).join('')).toBe('abababab');
  });

  it('refuses a block that runs past the grid, saying where and how far', () => {
    expect(planPaste([['a', 'b', 'c']], at(3, 3), GRID, describeCell)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'row 3, col 3: the 1 × 3 block pasted here runs 1 column past the last column; nothing was pasted.',
      },
    });
    const tall = planPaste([['a'], ['b'], ['c']], at(2, 0), GRID, describeCell);
    expect(!tall.ok && tall.error.message).toMatch(/runs 1 row below the last row/);
  });

  it('refuses an empty clipboard, and leaves cells a ragged row does not reach', () => {
    expect(planPaste([], at(0, 0), GRID, describeCell).ok).toBe(false);
    const ragged = planPaste([['a', 'b'], ['c']], at(0, 0), GRID, describeCell);
    expect(ragged.ok && ragged.value).toEqual([
      { row: 0, col: 0, text: 'a' },
      { row: 0, col: 1, text: 'b' },
      { row: 1, col: 0, text: 'c' },
    ]);
  });
});

describe('planFill', () => {
  it('Ctrl+D copies the first row down the selection', () => {
    expect(planFill(at(1, 1, 3, 2), 'down', textAt)).toEqual([
      { row: 2, col: 1, text: '11' },
      { row: 2, col: 2, text: '12' },
      { row: 3, col: 1, text: '11' },
      { row: 3, col: 2, text: '12' },
    ]);
  });

  it('Ctrl+R copies the first column right', () => {
    expect(planFill(at(0, 2, 0, 4), 'right', textAt)).toEqual([
      { row: 0, col: 3, text: '02' },
      { row: 0, col: 4, text: '02' },
    ]);
  });

  it('fills one row from the row above, one column from the left, nothing at the edge', () => {
    expect(planFill(at(2, 1, 2, 2), 'down', textAt)).toEqual([
      { row: 2, col: 1, text: '11' },
      { row: 2, col: 2, text: '12' },
    ]);
    expect(planFill(at(1, 3), 'right', textAt)).toEqual([{ row: 1, col: 3, text: '12' }]);
    expect(planFill(at(0, 0, 0, 3), 'down', textAt)).toEqual([]);
  });
});

describe('copy, clear and the status bar', () => {
  it("copies the selection's texts row by row and clears every cell", () => {
    expect(blockOf(at(0, 1, 1, 2), textAt)).toEqual([
      ['01', '02'],
      ['11', '12'],
    ]);
    expect(planClear(at(2, 0, 2, 1))).toEqual([
      { row: 2, col: 0, text: '' },
      { row: 2, col: 1, text: '' },
    ]);
  });

  it('counts, sums and averages the numbers only', () => {
    const numbers: Record<string, number> = { '00': 3674, '01': 3860.5, '11': -120 };
    const stats = selectionStats(at(0, 0, 1, 2), ({ row, col }) => numbers[`${row}${col}`] ?? null);
    expect(stats).toEqual({ cells: 6, count: 3, sum: 7414.5, average: 7414.5 / 3 });
    expect(statsText(stats)).toBe('6 cells · Count 3 · Sum 7,414.5 · Average 2,471.5');
    expect(statsText(selectionStats(at(0, 0, 0, 1), () => null))).toBe('2 cells · Count 0');
    expect(statsText(selectionStats(at(0, 0), () => 5))).toBeNull();
  });
});
