import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmountText, parseNumberText } from '../../projection/number-text';

function read(text: string, decimal?: '.' | ','): number | null | 'error' {
  const result = parseNumberText(text, decimal ? { decimal } : {});
  return result.ok ? result.value : 'error';
}

describe('parseNumberText', () => {
  it.each([
    ['1234', 1234],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['1 234 567', 1234567],
    ['.5', 0.5],
    ['1e3', 1000],
    ['-5', -5],
    ['\u22123', -3],
    ['(5)', -5],
    ['(1,200.5)', -1200.5],
    ['-$5', -5],
    ['$-5', -5],
    ['$1,000', 1000],
    ['€ 1,000', 1000],
    ['£2.5', 2.5],
    ['23.3%', 23.3],
    ['  42  ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['', '   ', '—', '–', '-', 'n/a', 'NA'])('reads %j as blank', (text) => {
    expect(read(text)).toBeNull();
  });

  it.each(['abc', '12abc', '1,23', '--5', '(-5)', '1.2.3', '$', '5 5', 'Infinity', 'NaN'])(
    'refuses %j with a reason',
    (text) => {
      const result = parseNumberText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('is not a number');
    },
  );

  it('reads a decimal comma when asked', () => {
    expect(read('1.234,5', ',')).toBe(1234.5);
    expect(read('0,25', ',')).toBe(0.25);
    expect(read('1,234.5', ',')).toBe('error');
  });
});

describe('parseAmountText: plain decimals read from character codes', () => {
  // The pattern the fast path stands for, and what it must give: Number() of the text with a point.
  const PLAIN = { '.': /^-?\d{1,15}(\.\d{1,15})?$/, ',': /^-?\d{1,15}(,\d{1,15})?$/ } as const;
  const expected = (text: string, decimal: '.' | ',') => {
    const decimalText = decimal === '.' ? text : text.replace(',', '.');
    const value = Number(decimalText);
    return {
      ok: true,
      value: { value: value === 0 ? 0 : value, decimalText, exponent: null, isPercent: false },
    };
  };

  it.each([
    ['0', '.'],
    ['-0', '.'],
    ['-0.0', '.'],
    ['0012', '.'],
    ['12.50', '.'],
    ['-1234.5', '.'],
    ['4.35', '.'],
    ['1.005', '.'],
    ['0.1', '.'],
    ['0.000000000000001', '.'],
    ['123456789012345', '.'],
    ['999999999999999.999999999999999', '.'],
    ['1234567890.123456789', '.'],
    ['-0.123456789012345', '.'],
    ['12,5', ','],
    ['-0,25', ','],
  ] as const)('reads %s (decimal %s) as Number() does', (text, decimal) => {
    expect(PLAIN[decimal].test(text)).toBe(true);
    expect(parseAmountText(text, { decimal })).toStrictEqual(expected(text, decimal));
  });

  it.each([
    ['1.', 1],
    ['.5', 0.5],
    ['+2', 2],
    ['1e3', 1000],
    ['1,234.56', 1234.56],
    ['(12.5)', -12.5],
    ['12%', 12],
    ['$12', 12],
    [' 7 ', 7],
    ['1 234', 1234],
    ['\u22121', -1],
    ['1234567890123456', 1234567890123456],
  ])('leaves %s to the general reading', (text, value) => {
    expect(PLAIN['.'].test(text)).toBe(false);
    const result = parseAmountText(text);
    expect(result.ok && result.value?.value).toBe(value);
  });

  it.each(['', '-', '--1', '1-', '1.2.3', '1..2', '١', '１', '0x10', 'NaN', 'Infinity', '12,34.5'])(
    'refuses or blanks %j as the general reading does',
    (text) => {
      const result = parseAmountText(text);
      expect(result.ok && result.value !== null).toBe(false);
    },
  );

  it('agrees with the pattern and Number(), or with the general reading, on generated texts', () => {
    const digitsAndMarks = fc
      .array(fc.constantFrom(...'0123456789012345678901234567890123456789.,-'), { maxLength: 34 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(digitsAndMarks, fc.constantFrom('.' as const, ',' as const), (text, decimal) => {
        const result = parseAmountText(text, { decimal });
        // A leading space keeps a text off the fast path; the general reading trims it.
        const general = parseAmountText(` ${text}`, { decimal });
        expect(result).toStrictEqual(PLAIN[decimal].test(text) ? expected(text, decimal) : general);
      }),
      { numRuns: 20_000 },
    );
  });
});
