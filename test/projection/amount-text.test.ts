import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountInUnit,
  decimalMarkEvidence,
  parseAmountText,
  parseNumberText,
  type AmountTextOptions,
} from '../../projection/number-text';

/** The value `text` becomes in a USD-millions series (unit exponent 6), or 'blank' / 'error'. */
function inMillions(
  text: string,
  options: AmountTextOptions = {},
  fileExponent = 6,
): number | 'blank' | 'error' {
  const result = parseAmountText(text, options);
  if (!result.ok) return 'error';
  if (result.value === null) return 'blank';
  return amountInUnit(result.value, 6, fileExponent);
}

describe('parseAmountText: every number form an import accepts, with the value it becomes', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234.56', 1234.56],
    ['12,345,678.9', 12345678.9],
    ['1 234 567', 1234567],
    ['1\u00a0234', 1234],
    ['-5', -5],
    ['\u22125', -5],
    ['(5)', -5],
    ['(1,234.5)', -1234.5],
    ['-$1,234', -1234],
    ['$-1,234', -1234],
    ['($1,234)', -1234],
    ['$1,234', 1234],
    ['US$1,234', 1234],
    ['€1,234', 1234],
    ['£1,234.5', 1234.5],
    ['1,234 €', 1234],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['+5', 5],
    ['+-5', 'error'],
  ] as const)('%j in millions -> %j', (text, value) => {
    expect(inMillions(text)).toBe(value);
  });

  it.each([
    ['500K', 0.5],
    ['500 k', 0.5],
    ['250 thousand', 0.25],
    ['5M', 5],
    ['5m', 5],
    ['$5 mn', 5],
    ['5mm', 5],
    ['3.2 million', 3.2],
    ['1.2B', 1200],
    ['$1.2bn', 1200],
    ['1.2 billion', 1200],
    ['(1.2bn)', -1200],
    ['-$0.3bn', -300],
    ['1.005bn', 1005],
    ['0.1bn', 100],
    ['2tn', 2000000],
    ['€2.5bn', 2500],
  ] as const)('scale word %j -> %d USD millions', (text, value) => {
    expect(inMillions(text)).toBe(value);
  });

  it('scales plain numbers by the file scale and leaves suffixed ones alone', () => {
    expect(inMillions('1,500', {}, 3)).toBe(1.5);
    expect(inMillions('2.5', {}, 9)).toBe(2500);
    expect(inMillions('3', {}, 6)).toBe(3);
    expect(inMillions('3bn', {}, 3)).toBe(3000);
  });

  it.each(['', '  ', '—', '–', '-', 'n/a', 'N/A', 'NA', 'na', 'n.a.'])('%j is blank', (text) => {
    expect(inMillions(text)).toBe('blank');
  });

  it('reads percent signs as the percent number', () => {
    const result = parseAmountText('23.3%');
    expect(result).toEqual({
      ok: true,
      value: { value: 23.3, decimalText: '23.3', exponent: null, isPercent: true },
    });
    expect(parseAmountText('(1.5%)')).toMatchObject({ ok: true, value: { value: -1.5, isPercent: true } });
    expect(parseAmountText('5bn%').ok).toBe(false);
  });

  it('reads a decimal comma and other thousands marks when told', () => {
    expect(inMillions('1.234,56', { decimal: ',' })).toBe(1234.56);
    expect(inMillions('0,25', { decimal: ',' })).toBe(0.25);
    expect(inMillions('1 234,5', { decimal: ',' })).toBe(1234.5);
    expect(inMillions('(1.234,5)', { decimal: ',' })).toBe(-1234.5);
    expect(inMillions('1,2 Mrd', { decimal: ',' })).toBe('error');
    expect(inMillions('1,5bn', { decimal: ',' })).toBe(1500);
    expect(inMillions("1'234.5", { thousands: "'" })).toBe(1234.5);
    expect(inMillions('1234,5', { decimal: ',', thousands: '' })).toBe(1234.5);
    expect(inMillions('1.234', { decimal: ',', thousands: '' })).toBe('error');
    // With "." as the decimal mark, a decimal comma is never silently read as thousands.
    expect(inMillions('1,5')).toBe('error');
    expect(inMillions('1.234,5')).toBe('error');
  });

  it.each([
    'abc',
    '12abc',
    '1,23',
    '--5',
    '(-5)',
    '1.2.3',
    '$',
    '5 5',
    '$$5',
    '$5€',
    'Infinity',
    'NaN',
    '5 USD',
    '#N/A',
    '1e999',
  ])('refuses %j with a reason that quotes it', (text) => {
    const result = parseAmountText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^".*" is (not a number|out of range)$/);
  });

  it('never returns NaN or throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom<'.' | ','>('.', ','), (text, decimal) => {
        const result = parseAmountText(text, { decimal });
        if (result.ok && result.value) expect(Number.isFinite(result.value.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any number it formats with grouping (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        const us = value.toLocaleString('en-US', { minimumFractionDigits: 2 });
        const de = value.toLocaleString('de-DE', { minimumFractionDigits: 2 });
        expect(inMillions(us)).toBe(value);
        expect(inMillions(de, { decimal: ',' })).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps parseNumberText as it was: no scale words', () => {
    expect(parseNumberText('5bn').ok).toBe(false);
    expect(parseNumberText('23.3%')).toEqual({ ok: true, value: 23.3 });
  });
});

describe('decimalMarkEvidence', () => {
  it.each([
    ['1,234.5', '.'],
    ['0.25', '.'],
    ['1,234,567', '.'],
    ['1.234,5', ','],
    ['0,25', ','],
    ['1.234.567', ','],
    ['$1,5bn', ','],
    ['1,234', 'either'],
    ['1.234', 'either'],
    ['1234', null],
    ['n/a', null],
  ] as const)('%j shows %j', (text, mark) => {
    expect(decimalMarkEvidence(text)).toBe(mark);
  });
});
