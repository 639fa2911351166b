import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandIndexColumn,
  indexColumnOf,
  indexColumnProblem,
  textTable,
} from '../../projection/packed-columns';

describe('index columns', () => {
  it('writes runs only where they are shorter', () => {
    expect(indexColumnOf([4, 4, 4], (i) => i)).toEqual({ all: 4 });
    expect(indexColumnOf([0, 1, 2, 3, 7, 7, 7, 7], (i) => i)).toEqual({ runs: [0, 1, 4, 7, 0, 4] });
    expect(indexColumnOf([5, 3, 9, 1], (i) => i)).toEqual([5, 3, 9, 1]);
    expect(indexColumnOf([], (i: number) => i)).toEqual([]);
  });

  it('gives back what it was made of, and finds no problem in it, for any indexes', () => {
    // Counting runs, repeats and noise mixed, as pastes, fills and scattered cuts make them.
    const piece = fc.oneof(
      fc
        .tuple(fc.nat(50), fc.integer({ min: 1, max: 12 }))
        .map(([first, n]) => Array.from({ length: n }, (_, k) => first + k)),
      fc
        .tuple(fc.nat(50), fc.integer({ min: 1, max: 12 }))
        .map(([first, n]) => Array.from({ length: n }, () => first)),
      fc.array(fc.nat(60), { maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const indexes = pieces.flat();
        const col = indexColumnOf(indexes, (i) => i);
        const expanded = expandIndexColumn(col);
        expect(Array.isArray(expanded) ? expanded : indexes.map(() => expanded.all)).toEqual(indexes);
        expect(JSON.stringify(col).length).toBeLessThanOrEqual(JSON.stringify(indexes).length + 10);
        expect(indexColumnProblem(col, indexes.length, 70)).toBeNull();
      }),
    );
  });

  it('refuses runs that leave the list, count nothing or claim more cells than there are', () => {
    expect(indexColumnProblem({ runs: [0, 1, 3] }, 3, 2)).toBe('run 1 goes outside the 2 listed');
    expect(indexColumnProblem({ runs: [3, -1, 5] }, 5, 10)).toBe('run 1 goes outside the 10 listed');
    expect(indexColumnProblem({ runs: [0, 0, 0] }, 0, 1)).toBe('run 1 counts 0');
    expect(indexColumnProblem({ runs: [0, 0.5, 2] }, 2, 3)).toBe('run 1 goes outside the 3 listed');
    expect(indexColumnProblem({ runs: [0, 0] }, 2, 1)).toBe('has runs of other than three numbers');
    expect(indexColumnProblem({ runs: [0, 0, 4e9, 0, 0, 4e9] }, 10, 1)).toBe(
      'has runs for more cells, not 10',
    );
    expect(indexColumnProblem({ all: 2 }, 4, 2)).toBe('2 is outside the 2 listed');
    expect(indexColumnProblem([0, -1], 2, 2)).toBe('entry 2 (-1) is outside the 2 listed');
  });
});

describe('textTable', () => {
  it('numbers each distinct text once, in order of first use; null is -1', () => {
    const table = textTable();
    expect(['b', 'a', 'b', null, 'c'].map((t) => table.index(t))).toEqual([0, 1, 0, -1, 2]);
    expect(table.texts).toEqual(['b', 'a', 'c']);
  });
});
