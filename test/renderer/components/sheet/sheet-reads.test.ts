import { describe, expect, it } from 'vitest';
import type { SheetModel } from '../../../../renderer/components/sheet/sheet-controller';
import { moveTo, type SheetShape } from '../../../../renderer/components/sheet/sheet-navigation';
import { afterLoad, lineToEdge, showSummary } from '../../../../renderer/components/sheet/sheet-reads';
import { span } from '../../../../renderer/components/sheet/sheet-range';

/** A sheet whose owner holds only some rows; `load` reads the rest when asked. */
function partialModel(rows: number, cols: number, heldRows: Set<number>) {
  const said: (string | null)[] = [];
  const refused: string[] = [];
  let reads = 0;
  const model: SheetModel = {
    columns: Array.from({ length: cols }, (_, c) => `c${c}`),
    rowHeaders: [],
    rowCount: rows,
    textAt: ({ row, col }) => (heldRows.has(row) ? String(row * 10 + col) : ''),
    numberAt: ({ row, col }) => (heldRows.has(row) ? row * 10 + col : null),
    describe: ({ row, col }) => `r${row} c${col}`,
    write: () => undefined,
    undo: () => undefined,
    redo: () => undefined,
    refuse: (message) => refused.push(message),
    onSummary: (text) => said.push(text),
    load: (bounds) => {
      let missing = false;
      for (let row = bounds.top; row <= bounds.bottom; row++) missing ||= !heldRows.has(row);
      if (!missing) return null;
      reads++;
      return Promise.resolve().then(() => {
        for (let row = bounds.top; row <= bounds.bottom; row++) heldRows.add(row);
      });
    },
  };
  return { model, said, refused, reads: () => reads };
}

describe('sheet reads', () => {
  it('reads the cells a Ctrl+arrow passes over: from the moving corner to the edge', () => {
    const selection = span({ row: 3, col: 2 }, { row: 5, col: 4 });
    const size = { rows: 10, cols: 8 };
    expect(lineToEdge(selection, 'down', size, false)).toEqual({ top: 3, bottom: 9, left: 2, right: 2 });
    expect(lineToEdge(selection, 'down', size, true)).toEqual({ top: 5, bottom: 9, left: 4, right: 4 });
    expect(lineToEdge(selection, 'left', size, false)).toEqual({ top: 3, bottom: 3, left: 0, right: 2 });
    expect(lineToEdge(selection, 'up', size, true)).toEqual({ top: 0, bottom: 5, left: 4, right: 4 });
    expect(lineToEdge(selection, 'right', size, false)).toEqual({ top: 3, bottom: 3, left: 2, right: 7 });
  });

  it('says "reading…" until a selection is read, then its figures; a moved selection gets none', async () => {
    const { model, said } = partialModel(6, 2, new Set([0, 1]));
    const selection = span({ row: 0, col: 0 }, { row: 3, col: 1 });
    const summary = () => `sum ${[0, 1, 2, 3].reduce((s, r) => s + r * 10 * 2 + 1, 0)}`;
    showSummary(model, selection, () => true, summary);
    expect(said).toEqual(['8 cells · reading…']);
    await Promise.resolve();
    await Promise.resolve();
    expect(said).toEqual(['8 cells · reading…', 'sum 124']);

    const other = partialModel(6, 2, new Set([0]));
    showSummary(other.model, span({ row: 0, col: 0 }, { row: 5, col: 0 }), () => false, summary);
    await Promise.resolve();
    await Promise.resolve();
    expect(other.said).toEqual(['6 cells · reading…']);
  });

  it('acts at once on held cells, after reading others, and refuses when the read fails', async () => {
    const { model, reads, refused } = partialModel(6, 2, new Set([0, 1]));
    const done: string[] = [];
    afterLoad(
      model,
      { top: 0, bottom: 1, left: 0, right: 1 },
      () => true,
      () => done.push('held'),
    );
    expect(done).toEqual(['held']);
    afterLoad(
      model,
      { top: 0, bottom: 4, left: 0, right: 1 },
      () => true,
      () => done.push('read'),
    );
    expect(done).toEqual(['held']);
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toEqual(['held', 'read']);
    expect(reads()).toBe(1);

    const failing: SheetModel = { ...model, load: () => Promise.reject(new Error('the workbook is gone')) };
    afterLoad(
      failing,
      { top: 5, bottom: 5, left: 0, right: 0 },
      () => true,
      () => done.push('never'),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(refused).toEqual(['Cannot read the cells: the workbook is gone; nothing was done.']);
    expect(done).toEqual(['held', 'read']);
  });

  it('goes to the last cell the owner knows (Ctrl+End) without looking at every cell', () => {
    let looked = 0;
    const shape: SheetShape = {
      rows: 1000,
      cols: 1252,
      pageRows: 20,
      hasValue: () => {
        looked++;
        return false;
      },
      lastCell: () => ({ row: 999, col: 1250 }),
    };
    expect(moveTo({ row: 0, col: 0 }, { kind: 'last-cell' }, shape)).toEqual({ row: 999, col: 1250 });
    expect(looked).toBe(0);
  });
});
