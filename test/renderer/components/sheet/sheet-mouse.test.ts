import { describe, expect, it } from 'vitest';
import { dragTo, pressAt, type SheetSize } from '../../../../renderer/components/sheet/sheet-mouse';
import { boundsOf, single, span } from '../../../../renderer/components/sheet/sheet-range';

const SIZE: SheetSize = { rows: 10, cols: 20, firstVisible: { row: 2, col: 12 } };

describe('a mouse press', () => {
  it('on a cell picks it, leaves the click to the grid and starts a drag', () => {
    expect(pressAt({ kind: 'cell', row: 3, col: 4 }, false, null, SIZE)).toEqual({
      selection: single({ row: 3, col: 4 }),
      drag: { kind: 'cells' },
      isOwn: false,
    });
  });

  it('with Shift stretches the selection to the cell, keeping its anchor and active cell', () => {
    const press = pressAt({ kind: 'cell', row: 5, col: 1 }, true, single({ row: 3, col: 4 }), SIZE);
    expect(press.isOwn).toBe(true);
    expect(press.selection.active).toEqual({ row: 3, col: 4 });
    expect(boundsOf(press.selection)).toEqual({ top: 3, left: 1, bottom: 5, right: 4 });
    // Shift with nothing selected yet is a plain click.
    expect(pressAt({ kind: 'cell', row: 5, col: 1 }, true, null, SIZE).selection).toEqual(
      single({ row: 5, col: 1 }),
    );
  });

  it("on a row's header picks the whole row, its active cell where the grid is scrolled to", () => {
    const press = pressAt({ kind: 'row-header', row: 4 }, false, null, SIZE);
    expect(boundsOf(press.selection)).toEqual({ top: 4, left: 0, bottom: 4, right: 19 });
    expect(press.selection.active).toEqual({ row: 4, col: 12 });
    expect(press).toMatchObject({ drag: { kind: 'rows', from: 4 }, isOwn: true });
  });

  it("on a column's header picks the whole column; with Shift, the columns from the anchor's", () => {
    const press = pressAt({ kind: 'column-header', col: 7 }, false, null, SIZE);
    expect(boundsOf(press.selection)).toEqual({ top: 0, left: 7, bottom: 9, right: 7 });
    expect(press.selection.active).toEqual({ row: 2, col: 7 });
    const stretched = pressAt({ kind: 'column-header', col: 9 }, true, press.selection, SIZE);
    expect(boundsOf(stretched.selection)).toEqual({ top: 0, left: 7, bottom: 9, right: 9 });
    expect(stretched.selection.active).toEqual({ row: 2, col: 7 });
  });
});

describe('a drag', () => {
  it('over cells moves the far corner', () => {
    const next = dragTo(
      { kind: 'cells' },
      { kind: 'cell', row: 6, col: 8 },
      span({ row: 3, col: 4 }, { row: 3, col: 4 }),
      SIZE,
    );
    expect(next && boundsOf(next)).toEqual({ top: 3, left: 4, bottom: 6, right: 8 });
    expect(
      dragTo({ kind: 'cells' }, { kind: 'column-header', col: 8 }, single({ row: 3, col: 4 }), SIZE),
    ).toBeNull();
  });

  it("over rows' headers (or their cells) stretches whole rows; over headers, whole columns", () => {
    const rows = dragTo(
      { kind: 'rows', from: 4 },
      { kind: 'cell', row: 1, col: 3 },
      single({ row: 4, col: 12 }),
      SIZE,
    );
    expect(rows && boundsOf(rows)).toEqual({ top: 1, left: 0, bottom: 4, right: 19 });
    expect(rows?.active).toEqual({ row: 4, col: 12 });
    const cols = dragTo(
      { kind: 'columns', from: 7 },
      { kind: 'column-header', col: 5 },
      single({ row: 2, col: 7 }),
      SIZE,
    );
    expect(cols && boundsOf(cols)).toEqual({ top: 0, left: 5, bottom: 9, right: 7 });
  });
});
