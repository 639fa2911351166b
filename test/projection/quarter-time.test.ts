import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  describeYearFraction,
  quarterToYearFraction,
  yearFractionToQuarter,
} from '../../projection/quarter-time';

describe('quarter encoding as a fractional year', () => {
  it.each([
    ['2027Q1', 2027],
    ['2027Q2', 2027.25],
    ['2027Q3', 2027.5],
    ['2027Q4', 2027.75],
  ])('%s is %s', (quarter, time) => {
    expect(quarterToYearFraction(quarter)).toBe(time);
    expect(yearFractionToQuarter(time)).toBe(quarter);
  });

  it('accepts a Quarter object', () => {
    expect(quarterToYearFraction({ year: 2030, quarter: 4 })).toBe(2030.75);
  });

  it('maps any time inside a quarter to that quarter', () => {
    expect(yearFractionToQuarter(2027.3)).toBe('2027Q2');
    expect(yearFractionToQuarter(2027.4999)).toBe('2027Q2');
    expect(yearFractionToQuarter(2027.2499999999998)).toBe('2027Q2');
  });

  it('describes off-quarter positions', () => {
    expect(describeYearFraction(2027.25)).toBe('2027Q2');
    expect(describeYearFraction(2027.3)).toBe('2027Q2 + 0.20 q');
  });

  it('refuses bad input', () => {
    expect(() => quarterToYearFraction('2027-Q2')).toThrow(/not a quarter/);
    expect(() => yearFractionToQuarter(Number.NaN)).toThrow(/not a position in time/);
  });

  it('round-trips every quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const text = `${year}Q${q}`;
        expect(yearFractionToQuarter(quarterToYearFraction(text))).toBe(text);
      }),
    );
  });
});
