import { describe, it, expect } from 'vitest';
import {
  VALUE_METRICS,
  evaluateOutput,
  formatOutputSpec,
  isFractionOutput,
  parseOutputSpec,
} from '../../projection/output-spec';
import { runScenario } from '../../projection/scenario-model';
import { historyQuarter } from './market/market-fixtures';
import { DATA_CONTEXT, smallContext } from './model-fixtures';

describe('output specs', () => {
  it.each([
    ['instinctRevenue:2027', { kind: 'value', metric: 'instinctRevenue', period: '2027' }],
    ['amdShare:2027Q2', { kind: 'value', metric: 'amdShare', period: '2027Q2' }],
    ['tam:2030', { kind: 'value', metric: 'tam', period: '2030' }],
    ['inference:2028', { kind: 'value', metric: 'inference', period: '2028' }],
    ['nvidiaRevenue:2026Q4', { kind: 'value', metric: 'nvidiaRevenue', period: '2026Q4' }],
    ['dealRevenue:2027', { kind: 'value', metric: 'dealRevenue', period: '2027' }],
    ['instinctCagr:2024-2028', { kind: 'cagr', metric: 'instinctRevenue', fromYear: 2024, toYear: 2028 }],
    ['tamCagr:2023-2027', { kind: 'cagr', metric: 'tam', fromYear: 2023, toYear: 2027 }],
    ['merchantCagr:2025-2030', { kind: 'cagr', metric: 'merchant', fromYear: 2025, toYear: 2030 }],
    ['grossProfitCagr:2025-2026', { kind: 'cagr', metric: 'grossProfit', fromYear: 2025, toYear: 2026 }],
  ])('parses %s', (text, spec) => {
    expect(parseOutputSpec(text)).toEqual(spec);
    expect(formatOutputSpec(parseOutputSpec(text))).toBe(text);
  });

  it('parses every value metric', () => {
    for (const metric of VALUE_METRICS) expect(parseOutputSpec(`${metric}:2027`)).toMatchObject({ metric });
  });

  it.each([
    ['revenue:2027', /is not an output \(known: tam:PERIOD, training:PERIOD/],
    ['instinctRevenue:27', /must be a year \(2027\) or a quarter/],
    ['instinctRevenue', /is not an output/],
    ['instinctCagr:2028-2024', /the first earlier/],
    ['instinctCagr:2024', /needs two years/],
  ])('refuses %s', (text, message) => {
    expect(() => parseOutputSpec(text)).toThrow(message);
  });

  it('knows which outputs are fractions', () => {
    for (const text of ['amdShare:2027', 'xpuShare:2027Q1', 'otherShare:2030', 'instinctCagr:2024-2028']) {
      expect(isFractionOutput(parseOutputSpec(text))).toBe(true);
    }
    for (const text of ['grossProfit:2027', 'dealRevenue:2027', 'training:2027', 'nvidiaRevenue:2027']) {
      expect(isFractionOutput(parseOutputSpec(text))).toBe(false);
    }
  });
});

describe('evaluateOutput', () => {
  const inputs = { assumptions: { 'tam.growth': 0.5 } };
  const model = runScenario(DATA_CONTEXT, inputs);
  const y = (year: number) => model.years.find((r) => r.year === year)!;
  const out = (text: string) => evaluateOutput(DATA_CONTEXT, inputs, parseOutputSpec(text));

  it('reads quarters and years of the scenario', () => {
    expect(out('instinctRevenue:2027')).toBe(y(2027).instinctRevenue);
    expect(out('dealRevenue:2028')).toBe(y(2028).dealRevenue);
    expect(out('nvidiaRevenue:2024')).toBe(y(2024).nvidiaRevenue);
    expect(out('amdShare:2027Q2')).toBe(model.quarters.find((q) => q.period === '2027Q2')!.amdShare);
    expect(out('grossProfit:2026Q1')).toBe(model.quarters.find((q) => q.period === '2026Q1')!.grossProfit);
  });

  it('compounds between two whole years', () => {
    const cagr = Math.pow(y(2028).instinctRevenue / y(2024).instinctRevenue, 1 / 4) - 1;
    expect(out('instinctCagr:2024-2028')).toBeCloseTo(cagr, 12);
    expect(out('tamCagr:2025-2030')).toBeCloseTo(Math.pow(y(2030).tam / y(2025).tam, 1 / 5) - 1, 12);
  });

  it('runs past the horizon to the period asked for', () => {
    const beyond = runScenario(DATA_CONTEXT, inputs, '2032Q4');
    expect(out('tam:2032')).toBe(beyond.years.find((r) => r.year === 2032)!.tam);
    expect(out('amdShare:2031Q3')).toBe(beyond.quarters.find((q) => q.period === '2031Q3')!.amdShare);
  });

  it('is null where the output is undefined', () => {
    // Before the history, and a year the history holds only in part.
    expect(out('tam:2022')).toBeNull();
    expect(out('tam:2022Q4')).toBeNull();
    const fromQ2 = {
      ...smallContext('2026Q4'),
      history: ['2024Q2', '2024Q3', '2024Q4', '2025Q1'].map((p) => historyQuarter(p, 700, 0, 200, 50)),
    };
    expect(evaluateOutput(fromQ2, { assumptions: {} }, parseOutputSpec('tam:2024'))).toBeNull();
    expect(evaluateOutput(fromQ2, { assumptions: {} }, parseOutputSpec('tam:2024Q3'))).toBe(950);
    // No Instinct revenue in 2025 and a share held at 0 afterwards: no growth rate from zero.
    const zero = {
      ...smallContext('2027Q4'),
      history: ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((p) => historyQuarter(p, 700, 0, 200, 50)),
    };
    const noAmd = {
      'amd.training.shareFloor': 0,
      'amd.training.shareCeiling': 0,
      'amd.inference.shareFloor': 0,
      'amd.inference.shareCeiling': 0,
    };
    expect(evaluateOutput(zero, { assumptions: noAmd }, parseOutputSpec('instinctRevenue:2027'))).toBe(0);
    expect(
      evaluateOutput(zero, { assumptions: noAmd }, parseOutputSpec('instinctCagr:2025-2027')),
    ).toBeNull();
  });

  it('refuses a scenario’s invalid inputs', () => {
    expect(() =>
      evaluateOutput(
        DATA_CONTEXT,
        { assumptions: { 'history.otherShare': 0.1 } },
        parseOutputSpec('tam:2027'),
      ),
    ).toThrow(/history settings/);
  });
});
