import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatPercent,
  formatPercentText,
  formatPlain,
  formatSignedMoney,
  formatSignedPercent,
} from '../../../renderer/components/number-format';

describe('number formats of the Scenarios and Projection views', () => {
  it.each([
    [12345.6, '12,346'],
    [0.4, '0'],
    [-1234.5, '-1,234'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])('money %s -> %s', (value, text) => expect(formatMoney(value)).toBe(text));

  it.each([
    [1234, '+1,234'],
    [-1234, '-1,234'],
    [0, '0'],
    [0.2, '0'],
  ])('signed money %s -> %s', (value, text) => expect(formatSignedMoney(value)).toBe(text));

  it.each([
    [0.2345, 1, '23.5%'],
    [0.25, 0, '25%'],
    [-0.00001, 1, '0.0%'],
    [null, 1, ''],
  ])('percent %s (%s decimals) -> %s', (value, digits, text) =>
    expect(formatPercent(value, digits)).toBe(text),
  );

  it.each([
    [0.452, '+45.2%'],
    [-0.1, '-10.0%'],
    [null, ''],
  ])('signed percent %s -> %s', (value, text) => expect(formatSignedPercent(value)).toBe(text));

  it.each([
    [0.25, '25%'],
    [0.123456, '12.3456%'],
    [0.07, '7%'],
    [1.1, '110%'],
  ])('percent text %s -> %s', (value, text) => expect(formatPercentText(value)).toBe(text));

  it('writes plain numbers without float noise', () => {
    expect(formatPlain(0.1 + 0.2)).toBe('0.3');
    expect(formatPlain(2022.7599, 2)).toBe('2022.76');
  });
});
