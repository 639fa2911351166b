import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../projection/number-text';

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
