import { describe, expect, it } from 'vitest';
import { keyCommand, type SheetCommand } from '../../../../renderer/components/sheet/sheet-keys';
import {
  applyMove,
  edgeOfData,
  lastDataCell,
  type SheetShape,
} from '../../../../renderer/components/sheet/sheet-navigation';
import {
  boundsOf,
  rowsSelection,
  selectionInColumns,
  single,
  span,
} from '../../../../renderer/components/sheet/sheet-range';

/** A grid drawn as text: one string per row, `#` a filled cell, `.` a blank one. */
function shape(...lines: string[]): SheetShape {
  return {
    rows: lines.length,
    cols: lines[0]!.length,
    pageRows: 2,
    hasValue: ({ row, col }) => lines[row]?.[col] === '#',
  };
}

const grid = shape(
  '..###..#', //
  '#.......',
  '#.##....',
  '#.......',
  '........',
);

const moveCommand = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) =>
  keyCommand(
    { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods },
    false,
  ) as Extract<SheetCommand, { kind: 'move' }>;

describe('Ctrl+arrows: the edge of the data, as in Excel', () => {
  it.each([
    // From a filled cell with a filled neighbour: the end of the run.
    [{ row: 0, col: 2 }, 'right', { row: 0, col: 4 }],
    // From the end of a run: the next filled cell.
    [{ row: 0, col: 4 }, 'right', { row: 0, col: 7 }],
    // From a blank cell: the next filled cell.
    [{ row: 0, col: 0 }, 'right', { row: 0, col: 2 }],
    // Nothing filled ahead: the grid's edge.
    [{ row: 0, col: 7 }, 'down', { row: 4, col: 7 }],
    [{ row: 1, col: 0 }, 'down', { row: 3, col: 0 }],
    [{ row: 3, col: 0 }, 'up', { row: 1, col: 0 }],
    // Already at the edge: stays.
    [{ row: 0, col: 0 }, 'up', { row: 0, col: 0 }],
  ] as const)('from %j going %s lands on %j', (from, direction, to) => {
    expect(edgeOfData(from, direction, grid)).toEqual(to);
  });

  it('Ctrl+End is the last row and the last column holding data', () => {
    expect(lastDataCell(grid)).toEqual({ row: 3, col: 7 });
    expect(lastDataCell(shape('...', '...'))).toEqual({ row: 0, col: 0 });
  });
});

describe('applyMove', () => {
  it('moves one cell, staying inside the grid', () => {
    expect(applyMove(single({ row: 0, col: 0 }), moveCommand('ArrowUp'), grid)).toEqual(
      single({ row: 0, col: 0 }),
    );
    expect(applyMove(single({ row: 2, col: 3 }), moveCommand('ArrowRight'), grid)).toEqual(
      single({ row: 2, col: 4 }),
    );
  });

  it("Home and End go to the row's first and last column; Ctrl+Home to the first cell", () => {
    expect(applyMove(single({ row: 2, col: 3 }), moveCommand('Home'), grid).active).toEqual({
      row: 2,
      col: 0,
    });
    expect(applyMove(single({ row: 2, col: 3 }), moveCommand('End'), grid).active).toEqual({
      row: 2,
      col: 7,
    });
    expect(
      applyMove(single({ row: 2, col: 3 }), moveCommand('Home', { ctrlKey: true }), grid).active,
    ).toEqual({
      row: 0,
      col: 0,
    });
  });

  it('Page Down moves a page of rows, clamped', () => {
    expect(applyMove(single({ row: 1, col: 1 }), moveCommand('PageDown'), grid).active).toEqual({
      row: 3,
      col: 1,
    });
    expect(applyMove(single({ row: 3, col: 1 }), moveCommand('PageDown'), grid).active).toEqual({
      row: 4,
      col: 1,
    });
  });

  it('Shift+arrows move the far corner and keep the anchor and the active cell', () => {
    let selection = single({ row: 1, col: 1 });
    selection = applyMove(selection, moveCommand('ArrowDown', { shiftKey: true }), grid);
    selection = applyMove(selection, moveCommand('ArrowRight', { shiftKey: true }), grid);
    expect(selection).toEqual({
      anchor: { row: 1, col: 1 },
      extent: { row: 2, col: 2 },
      active: { row: 1, col: 1 },
    });
    expect(boundsOf(selection)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    selection = applyMove(selection, moveCommand('ArrowUp', { shiftKey: true }), grid);
    selection = applyMove(selection, moveCommand('ArrowUp', { shiftKey: true }), grid);
    expect(boundsOf(selection)).toEqual({ top: 0, left: 1, bottom: 1, right: 2 });
  });

  it('Ctrl+Shift+arrows extend to the edge of the data from the far corner', () => {
    const selection = applyMove(
      span({ row: 0, col: 2 }, { row: 0, col: 2 }),
      moveCommand('ArrowRight', { ctrlKey: true, shiftKey: true }),
      grid,
    );
    expect(boundsOf(selection)).toEqual({ top: 0, left: 2, bottom: 0, right: 4 });
  });

  it('a plain move from a whole row starts from its active cell', () => {
    const row = rowsSelection(2, 2, 8, 5);
    expect(applyMove(row, moveCommand('ArrowDown'), grid)).toEqual(single({ row: 3, col: 5 }));
    expect(boundsOf(applyMove(row, moveCommand('ArrowDown', { shiftKey: true }), grid))).toEqual({
      top: 2,
      left: 0,
      bottom: 3,
      right: 7,
    });
  });
});

describe('selectionInColumns: a selection when the columns change (the quarters hidden or shown)', () => {
  const all = ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024', '2025Q1', '2025'];
  const years = ['2024', '2025'];

  it('keeps a selection over the same columns, and the active cell alone by its column id otherwise', () => {
    const range = span({ row: 1, col: 4 }, { row: 3, col: 6 });
    expect(selectionInColumns(range, all, [...all])).toBe(range);
    expect(selectionInColumns(range, all, years)).toEqual(single({ row: 1, col: 0 }));
    expect(selectionInColumns(single({ row: 2, col: 1 }), years, all)).toEqual(single({ row: 2, col: 6 }));
    // A quarter hidden: the selection goes (the focus moves to its Year).
    expect(selectionInColumns(single({ row: 0, col: 2 }), all, years)).toBeNull();
  });
});
