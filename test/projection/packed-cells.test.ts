import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packCells,
  cellWritesProblem,
  packCellWrites,
  unpackCells,
  unpackCellWrites,
  type WrittenCell,
} from '../../projection/packed-cells';
import { QUALIFIERS } from '../../projection/series-types';

const written = (seriesKey: string, period: string, value: number | null, extra = {}): WrittenCell => ({
  seriesKey,
  period,
  observation:
    value === null
      ? null
      : {
          seriesKey,
          period,
          value,
          qualifier: 'exact',
          source: 'user entry',
          note: '',
          importId: null,
          updatedAt: '2026-11-30T21:00:00.000Z',
          isHandEdited: true,
          ...extra,
        },
  replacedSource: null,
});

describe('packCells', () => {
  it('writes what a paste shares once: three columns per cell, one entry for the rest', () => {
    // 10 series × 10 quarters.
    const quarter = (q: number) => `${2020 + (q >> 2)}Q${(q & 3) + 1}`;
    const cells = Array.from({ length: 100 }, (_, i) =>
      written(`co${i % 10}.metric_0`, quarter(Math.floor(i / 10)), 1000 + i),
    );
    const packed = packCells(cells);
    expect(packed.sources).toEqual({ all: packed.texts.indexOf('user entry') });
    expect(packed.times).toEqual({ all: packed.texts.indexOf('2026-11-30T21:00:00.000Z') });
    expect(packed.handEdited).toEqual({ all: true });
    expect(packed.replacedSources).toEqual({ all: -1 });
    expect(Array.isArray(packed.values)).toBe(true);
    // 10 series keys, 10 quarters and the 4 shared texts (qualifier, source, note, time).
    expect(packed.texts).toHaveLength(10 + 10 + 4);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(cells).length / 8);
    expect(unpackCells(packed)).toEqual(cells);
  });

  it('keeps blank cells, replaced sources and cells that differ in every field', () => {
    const cells = [
      written('amd.revenue_data_center', '2025Q1', null),
      { ...written('amd.revenue_data_center', '2025Q2', 4300), replacedSource: 'AMD 10-Q' },
      written('amd.revenue_gaming', '2025', 12.5, {
        qualifier: 'approximate',
        source: 'ir.amd.com',
        note: 'rounded',
        importId: 7,
        isHandEdited: false,
      }),
    ];
    const packed = packCells(cells);
    expect(packed.values).toEqual([null, 4300, 12.5]);
    expect(unpackCells(JSON.parse(JSON.stringify(packed)))).toEqual(cells);
    expect(unpackCells(packCells([]))).toEqual([]);
  });

  it('unpacks what it packed, for any cells', () => {
    const text = fc.string({ maxLength: 6 });
    const cell = fc
      .record({
        seriesKey: fc.constantFrom('a.x', 'b.y', 'c.z'),
        period: fc.constantFrom('2024Q1', '2024Q2', '2024'),
        value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
        qualifier: fc.constantFrom(...QUALIFIERS),
        source: text,
        note: text,
        importId: fc.option(fc.nat(), { nil: null }),
        updatedAt: fc.constantFrom('t1', 't2'),
        isHandEdited: fc.boolean(),
        replacedSource: fc.option(text, { nil: null }),
      })
      .map(({ seriesKey, period, value, replacedSource, ...rest }): WrittenCell => ({
        seriesKey,
        period,
        observation: value === null ? null : { seriesKey, period, value, ...rest },
        replacedSource,
      }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        expect(unpackCells(packCells(cells))).toEqual(cells);
      }),
    );
  });
});

describe('packCellWrites', () => {
  it('lists each series and period once and gives the cells back in order', () => {
    const cells = [
      { seriesKey: 'a.x', period: '2024Q1', value: 1 },
      { seriesKey: 'a.x', period: '2024Q2', value: null },
      { seriesKey: 'b.y', period: '2024Q1', value: -2.5 },
    ];
    const packed = packCellWrites(cells);
    expect(packed).toEqual({
      seriesKeys: ['a.x', 'b.y'],
      periods: ['2024Q1', '2024Q2'],
      cellSeries: [0, 0, 1],
      cellPeriods: [0, 1, 0],
      values: [1, null, -2.5],
    });
    expect(unpackCellWrites(JSON.parse(JSON.stringify(packed)))).toEqual(cells);
  });

  it('sends a block as its values and a few runs', () => {
    // A paste of 100 series × 100 quarters, row by row as the grid sends it.
    const quarter = (q: number) => `${1950 + (q >> 2)}Q${(q & 3) + 1}`;
    const cells = Array.from({ length: 10_000 }, (_, i) => ({
      seriesKey: `co${Math.floor(i / 100)}.metric_0`,
      period: quarter(i % 100),
      value: 10_000 + i / 100,
    }));
    const packed = packCellWrites(cells);
    expect(packed.cellSeries).toEqual({ runs: Array.from({ length: 100 }, (_, s) => [s, 0, 100]).flat() });
    expect(packed.cellPeriods).toEqual({ runs: Array.from({ length: 100 }, () => [0, 1, 100]).flat() });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(packed.values).length + 5_000);
    expect(unpackCellWrites(packed)).toEqual(cells);
  });

  it('refuses indexes outside the lists and runs that do not add up to the values, saying which', () => {
    const base = { seriesKeys: ['a.x'], periods: ['2024Q1'], values: [1, 2] };
    expect(cellWritesProblem({ ...base, cellSeries: { all: 0 }, cellPeriods: [0, 0] })).toBeNull();
    expect(() => unpackCellWrites({ ...base, cellSeries: [0, 0], cellPeriods: [0, 3] })).toThrow(
      "the cells' periods entry 2 (3) is outside the 1 listed",
    );
    expect(cellWritesProblem({ ...base, cellSeries: { runs: [0, 1, 2] }, cellPeriods: { all: 0 } })).toEqual({
      path: 'cellSeries',
      message: "the cells' series run 1 goes outside the 1 listed",
    });
    expect(
      cellWritesProblem({ ...base, cellSeries: { all: 0 }, cellPeriods: { runs: [0, 0, 1] } })?.message,
    ).toBe("the cells' periods has runs for 1 cells, not 2");
    expect(cellWritesProblem({ ...base, cellSeries: [0], cellPeriods: { all: 0 } })?.message).toBe(
      "the cells' series has 1 entries for 2 cells",
    );
  });
});
