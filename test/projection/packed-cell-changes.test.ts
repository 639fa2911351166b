import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellChange, CellState } from '../../projection/journal-cells';
import { packCellChanges, unpackCellChanges } from '../../projection/packed-cell-changes';
import { QUALIFIERS } from '../../projection/series-types';

const state = (value: number, extra: Partial<CellState> = {}): CellState => ({
  value,
  qualifier: 'exact',
  source: 'user entry',
  note: '',
  importId: null,
  updatedAt: '2026-12-01T01:00:00.000Z',
  ...extra,
});

describe('packCellChanges', () => {
  it("writes a paste's shared before and after once, and its cells in a few runs", () => {
    // A paste of 20 series × 50 quarters over imported values.
    const quarter = (q: number) => `${2000 + (q >> 2)}Q${(q & 3) + 1}`;
    const cells: CellChange[] = Array.from({ length: 1000 }, (_, i) => ({
      series: `co${Math.floor(i / 50)}.metric_0`,
      period: quarter(i % 50),
      before: state(i, { source: 'import of long.csv', importId: 3, updatedAt: '2026-11-30T09:00:00.000Z' }),
      after: state(5000 + i),
    }));
    const packed = packCellChanges(cells);
    expect(packed.after.sources).toEqual({ all: packed.texts.indexOf('user entry') });
    expect(packed.before.importIds).toEqual({ all: 3 });
    expect(packed.series).toEqual({ runs: Array.from({ length: 20 }, (_, s) => [s, 0, 50]).flat() });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(cells).length / 10);
    expect(unpackCellChanges(JSON.parse(JSON.stringify(packed)))).toEqual(cells);
  });

  it('keeps blank cells before and after', () => {
    const cells: CellChange[] = [
      { series: 'a.x', period: '2024Q1', before: null, after: state(1) },
      { series: 'a.x', period: '2024Q2', before: state(2), after: null },
    ];
    expect(unpackCellChanges(packCellChanges(cells))).toEqual(cells);
    expect(unpackCellChanges(packCellChanges([]))).toEqual([]);
  });

  it('unpacks what it packed, for any cells', () => {
    const text = fc.string({ maxLength: 5 });
    const cellState = fc.option(
      fc.record({
        // JSON has no -0 (the journal never held one: a typed -0 is saved as 0).
        value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)),
        qualifier: fc.constantFrom(...QUALIFIERS),
        source: text,
        note: text,
        importId: fc.option(fc.nat(), { nil: null }),
        updatedAt: fc.constantFrom('t1', 't2'),
      }),
      { nil: null },
    );
    const change = fc.record({
      series: fc.constantFrom('a.x', 'b.y', 'c.z'),
      period: fc.constantFrom('2024Q1', '2024Q2', '2024'),
      before: cellState,
      after: cellState,
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (cells) => {
        expect(unpackCellChanges(JSON.parse(JSON.stringify(packCellChanges(cells))))).toEqual(cells);
      }),
    );
  });
});
