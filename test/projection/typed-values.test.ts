import { describe, expect, it } from 'vitest';
import type { AssumptionKey } from '../../projection/assumptions';
import {
  UNIT_TEXT,
  readAssumptionText,
  readCellText,
  readPercentText,
  readProbabilityText,
  readTargetText,
} from '../../projection/typed-values';

describe('typed values: a share is a percent wherever it is typed', () => {
  it.each([
    ['25', 0.25, null],
    ['25%', 0.25, null],
    [' 12.5 % ', 0.125, null],
    ['0', 0, null],
    ['0.25', 0.0025, 'share: 0.25 was read as 0.25% (type 25 for 25%)'],
    ['0.5%', 0.005, null],
  ])('reads %j as %d', (text, value, note) => {
    expect(readPercentText(text, 'share')).toEqual({ ok: true, value: { value, note } });
  });

  it('reads assumptions in their units and checks their range', () => {
    expect(readAssumptionText('amd.inference.shareCeiling', '30')).toEqual({
      ok: true,
      value: { value: 0.3, note: null },
    });
    expect(readAssumptionText('amd.inference.rampMidpoint', '2027Q3')).toMatchObject({
      ok: true,
      value: { value: 2027.5 },
    });
    expect(readAssumptionText('capex.guidance', '630,000')).toMatchObject({
      ok: true,
      value: { value: 630000 },
    });
    expect(readAssumptionText('capex.guidance', '45%')).toMatchObject({
      ok: false,
      error: { message: /is a percentage/ },
    });
    expect(readAssumptionText('amd.inference.shareCeiling', '120')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /amd.inference.shareCeiling: .*100%/ },
    });
  });

  it('reads probabilities and goal-seek targets the same way', () => {
    expect(readProbabilityText('40')).toEqual({ ok: true, value: { value: 0.4, note: null } });
    expect(readProbabilityText('150')).toMatchObject({ ok: false });
    expect(readTargetText(true, '0.6', 'instinctCagr:2024-2028')).toMatchObject({
      ok: true,
      value: { value: 0.006, note: expect.stringMatching(/0.6 was read as 0.6%/) as unknown },
    });
    expect(readTargetText(false, '40,000', 'instinctRevenue:2027')).toEqual({
      ok: true,
      value: { value: 40000, note: null },
    });
  });
});

describe('cell text', () => {
  it.each([
    ['3.5B', 'USD millions', 3500],
    ['$1,200', 'USD millions', 1200],
    ['(120)', 'USD millions', -120],
    ['750m', 'USD millions', 750],
    ['2.1bn', 'USD billions', 2.1],
    ['12%', 'percent', 12],
    ['12', 'percent', 12],
    ['—', 'USD millions', null],
    ['', 'percent', null],
  ])('reads %j in %s as %j', (text, unit, value) => {
    expect(readCellText(text, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ['12%', 'USD millions', /"12%" is a percentage, but the series is in USD millions/],
    ['3B', 'percent', /scale word/],
    ['12abc', 'USD millions', /"12abc" is not a number/],
  ])('refuses %j in %s', (text, unit, message) => {
    expect(readCellText(text, unit)).toMatchObject({ ok: false, error: { message } });
  });
});

/** The reading in the old { ok, value | reason } form, to keep these cases short. */
function parseAssumptionText(key: AssumptionKey, text: string, what?: string) {
  const read = readAssumptionText(key, text, what);
  return read.ok
    ? { ok: true as const, value: read.value.value }
    : { ok: false as const, reason: read.error.message };
}

describe('assumption values as typed (in the app and on the command line alike)', () => {
  it('reads a fraction typed as 25 or as 25% alike, as 25%', () => {
    expect(parseAssumptionText('amd.inference.shareCeiling', '25')).toEqual({ ok: true, value: 0.25 });
    expect(parseAssumptionText('amd.inference.shareCeiling', ' 25% ')).toEqual({ ok: true, value: 0.25 });
    expect(parseAssumptionText('amd.inference.shareCeiling', '33.3')).toEqual({ ok: true, value: 0.333 });
    // 0.25 in a percent row is a quarter of a percent: the row's unit decides, never the size.
    expect(parseAssumptionText('amd.inference.shareCeiling', '0.25')).toEqual({ ok: true, value: 0.0025 });
    expect(parseAssumptionText('tam.growth', '-10%')).toEqual({ ok: true, value: -0.1 });
  });

  it('reads a quarter typed as 2027Q2, 2027 q2 or 2027.25', () => {
    for (const text of ['2027Q2', '2027 q2', '2027-Q2', '2027.25']) {
      expect(parseAssumptionText('amd.inference.rampMidpoint', text)).toEqual({ ok: true, value: 2027.25 });
    }
  });

  it('reads a choice and a multiple as plain numbers', () => {
    expect(parseAssumptionText('tam.driver', '1')).toEqual({ ok: true, value: 1 });
    expect(parseAssumptionText('amd.rampSpeedVsEpyc', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(UNIT_TEXT.choice.hint).toMatch(/number of the choice/);
  });

  it('reads money with thousands separators', () => {
    expect(parseAssumptionText('capex.guidance', '630,000')).toEqual({ ok: true, value: 630000 });
  });

  it.each([
    ['amd.inference.shareCeiling', 'lots', '"lots" is not a number'],
    ['amd.inference.shareCeiling', '120', 'must be between 0% and 100%, got 120%'],
    ['capex.guidance', '-5', 'must not be negative'],
    ['capex.guidance', '12%', 'is a percentage, but this value is in USD millions'],
    ['amd.inference.rampMidpoint', 'soon', 'type a quarter such as 2027Q2'],
    ['amd.inference.rampMidpoint', '2050Q1', 'must be between 2015Q1'],
    ['shares.endYear', '2030.5', 'must be a whole year'],
    ['tam.driver', '0.5', 'must be a whole number, got 0.5'],
    ['tam.driver', '2', 'must be between 0 and 1, got 2'],
    ['tam.driver', '1%', 'is a percentage, but this value is in a choice'],
    ['amd.rampSpeedVsEpyc', '50%', 'is a percentage, but this value is in a multiple'],
    ['amd.grossMargin', '', 'a value is required'],
  ] as const)('refuses %s = %j: %s', (key, text, reason) => {
    const parsed = parseAssumptionText(key, text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('names the value its caller gives in a refusal, without the model’s own name for it', () => {
    const parsed = parseAssumptionText('amd.inference.shareCeiling', '120', 'Bull, ceiling');
    expect(parsed.ok === false && parsed.reason).toBe('Bull, ceiling: must be between 0% and 100%, got 120%');
  });
});
