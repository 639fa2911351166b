import { describe, it, expect } from 'vitest';
import { evaluateModel } from '../../projection/driver-model';
import {
  evaluateOutput,
  formatOutputSpec,
  isFractionOutput,
  parseOutputSpec,
} from '../../projection/output-spec';

describe('output specs', () => {
  it.each([
    ['instinctRevenue:2027', { kind: 'value', metric: 'instinctRevenue', period: '2027' }],
    ['amdShare:2027Q2', { kind: 'value', metric: 'amdShare', period: '2027Q2' }],
    ['tam:2030', { kind: 'value', metric: 'tam', period: '2030' }],
    ['instinctCagr:2024-2028', { kind: 'cagr', metric: 'instinctRevenue', fromYear: 2024, toYear: 2028 }],
    ['tamCagr:2023-2027', { kind: 'cagr', metric: 'tam', fromYear: 2023, toYear: 2027 }],
  ])('parses %s', (text, spec) => {
    expect(parseOutputSpec(text)).toEqual(spec);
    expect(formatOutputSpec(parseOutputSpec(text))).toBe(text);
  });

  it.each([
    ['revenue:2027', /is not an output \(known: tam:PERIOD/],
    ['instinctRevenue:27', /must be a year \(2027\) or a quarter/],
    ['instinctRevenue', /is not an output/],
    ['instinctCagr:2028-2024', /the first earlier/],
    ['instinctCagr:2024', /needs two years/],
  ])('refuses %s', (text, message) => {
    expect(() => parseOutputSpec(text)).toThrow(message);
  });

  it('knows which outputs are fractions', () => {
    expect(isFractionOutput(parseOutputSpec('amdShare:2027'))).toBe(true);
    expect(isFractionOutput(parseOutputSpec('instinctCagr:2024-2028'))).toBe(true);
    expect(isFractionOutput(parseOutputSpec('grossProfit:2027'))).toBe(false);
  });

  it('evaluates outputs from the model', () => {
    const inputs = { assumptions: {} };
    const model = evaluateModel(inputs, '2024Q1', '2028Q4');
    const y = (year: number) => model.years.find((r) => r.year === year);
    expect(evaluateOutput(inputs, parseOutputSpec('instinctRevenue:2027'))).toBe(y(2027)?.instinctRevenue);
    expect(evaluateOutput(inputs, parseOutputSpec('amdShare:2027Q2'))).toBe(
      model.quarters.find((q) => q.period === '2027Q2')?.amdShare,
    );
    const cagr = Math.pow((y(2028)?.instinctRevenue ?? 0) / (y(2024)?.instinctRevenue ?? 1), 1 / 4) - 1;
    expect(evaluateOutput(inputs, parseOutputSpec('instinctCagr:2024-2028'))).toBeCloseTo(cagr, 12);
  });

  it('is null where the output is undefined', () => {
    const zero = { assumptions: { 'tam.base': 0 } };
    expect(evaluateOutput(zero, parseOutputSpec('instinctCagr:2024-2028'))).toBeNull();
  });
});
