import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeDisplay,
  describeShown,
  displayProblem,
  displayShift,
  formatShown,
  readShownCellText,
  shownCopyText,
  shownUnit,
  toShown,
  type SeriesDisplay,
} from '../../projection/series-display';

const M = 'USD millions';
const at = (scale: SeriesDisplay['scale'], decimals: number | null = null): SeriesDisplay => ({
  scale,
  decimals,
});

describe('series display: what is shown', () => {
  it.each([
    [12_600, M, at('billions', 1), '12.6'],
    [12_634, M, at('billions', 1), '12.6'],
    [12_650, M, at('billions', 0), '13'],
    [12_634, M, at('billions'), '12.6'],
    [12_634.5, M, at('stored'), '12,634.5'],
    [12_634.5, M, at('stored', 0), '12,635'],
    [12_634, M, at('stored', 2), '12,634.00'],
    [12_634, M, at('thousands'), '12,634,000'],
    [12_634, M, at('millions', 3), '12,634.000'],
    [1_250, 'USD thousands', at('millions', 2), '1.25'],
    [0.4, M, at('billions', 1), '0.0'],
    [-0.4, M, at('billions', 1), '0.0'],
    [-1_500, M, at('billions', 1), '-1.5'],
    [27.25, 'percent', at('stored'), '27.25%'],
    [27.2, 'percent', at('stored'), '27.2%'],
    [27.25, 'percent', at('stored', 0), '27%'],
    [27.25, 'percent', at('stored', 3), '27.250%'],
    [1_234.5, 'units', at('stored', 2), '1,234.50'],
  ])('%d %s %o shows as %s', (value, unit, display, text) => {
    expect(formatShown(value, unit, display)).toBe(text);
  });

  it('names the shown unit, so a row in billions says so', () => {
    expect(shownUnit(M, at('billions'))).toBe('USD billions');
    expect(shownUnit(M, at('thousands', 1))).toBe('USD thousands');
    expect(shownUnit(M, at('stored', 2))).toBe(M);
    expect(shownUnit('percent', at('stored'))).toBe('percent');
    // A unit changed since to one that cannot be scaled is shown as stored.
    expect(shownUnit('units', at('billions'))).toBe('units');
    expect(displayShift('units', at('billions'))).toBe(0);
    expect(formatShown(12_600, 'units', at('billions'))).toBe('12,600');
  });

  it('moves the decimal point without binary noise', () => {
    expect(toShown(12_634, M, at('billions'))).toBe(12.634);
    expect(toShown(0.1, M, at('thousands'))).toBe(100);
    expect(toShown(1e21, M, at('billions'))).toBe(1e18);
    expect(displayShift(M, at('billions'))).toBe(-3);
    expect(displayShift(M, at('thousands'))).toBe(3);
  });

  it('describes a display in words', () => {
    expect(describeShown(M, at('billions', 1))).toBe('USD billions with 1 decimal');
    expect(describeShown('percent', at('stored'))).toBe('percent with the usual decimals');
    expect(describeDisplay(at('stored'))).toBe('as stored, usual decimals');
    expect(describeDisplay(at('billions', 1))).toBe('billions, 1 decimal');
    expect(describeDisplay(at('thousands', 0))).toBe('thousands, 0 decimals');
  });
});

describe('series display: what may be set', () => {
  it.each([
    [M, at('billions', 6), null],
    ['percent', at('stored', 0), null],
    ['percent', at('billions'), 'a series in percent is shown as stored'],
    ['GW', at('thousands'), 'a series in GW is shown as stored'],
    [M, at('stored', 7), 'decimals are a whole number from 0 to 6 (got 7)'],
    [M, at('stored', 0.5), 'decimals are a whole number from 0 to 6 (got 0.5)'],
    [M, { scale: 'trillions', decimals: null } as unknown as SeriesDisplay, 'the scale is one of'],
  ])('%s %o: %s', (unit, display, problem) => {
    const found = displayProblem(unit, display);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('series display: what is typed, pasted and copied', () => {
  const billions = at('billions', 1);
  it.each([
    ['13', 13_000],
    ['12.634', 12_634],
    ['1,234.5', 1_234_500],
    ['(1.5)', -1_500],
    ['$2', 2_000],
    // A scale word says its own scale, whatever the row shows.
    ['3.5B', 3_500],
    ['$900M', 900],
    ['900 million', 900],
    ['250K', 0.25],
    ['', null],
    ['n/a', null],
  ])('in a USD millions row shown in billions, %s is stored as %s', (typed, stored) => {
    expect(readShownCellText(typed, M, billions)).toEqual({ ok: true, value: stored });
  });

  it('reads as stored where the row is shown as stored, and percent rows as percent', () => {
    expect(readShownCellText('13', M, at('stored', 2))).toEqual({ ok: true, value: 13 });
    expect(readShownCellText('3.5B', M, at('stored'))).toEqual({ ok: true, value: 3_500 });
    expect(readShownCellText('27.5%', 'percent', at('stored', 0))).toEqual({ ok: true, value: 27.5 });
    expect(readShownCellText('13', M, at('thousands'))).toEqual({ ok: true, value: 0.013 });
  });

  it('refuses what is not a number, or a percentage in a money row, saying why', () => {
    expect(readShownCellText('abc', M, billions)).toMatchObject({
      ok: false,
      error: { message: '"abc" is not a number' },
    });
    expect(readShownCellText('12%', M, billions)).toMatchObject({
      ok: false,
      error: { message: '"12%" is a percentage, but the series is in USD millions' },
    });
  });

  it('copies the number in the shown unit at full precision', () => {
    expect(shownCopyText(12_634, M, billions)).toBe('12.634');
    expect(shownCopyText(12_634, M, at('stored', 0))).toBe('12634');
    expect(shownCopyText(27.25, 'percent', at('stored', 0))).toBe('27.25%');
  });

  it('a copied value pasted back into its row is the exact value stored', () => {
    const displays = fc.constantFrom(at('stored'), at('thousands', 2), at('millions'), at('billions', 1));
    const values = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((v) => Math.round(v * 1000) / 1000),
    );
    fc.assert(
      fc.property(values, displays, (value, display) => {
        const back = readShownCellText(shownCopyText(value, M, display), M, display);
        expect(back).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });
});
