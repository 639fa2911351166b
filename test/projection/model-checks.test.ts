import { describe, it, expect } from 'vitest';
import { scenarioChecks, type ModelCheck } from '../../projection/model-checks';
import { formatQuarter, quarterFromIndex } from '../../projection/period';
import type { Projection, QuarterResult, YearResult } from '../../projection/scenario-model';
import { projectionOf, quarterResult, yearResult } from './model-fixtures';

const EPYC = 24.4;

function check(id: string, projection: Projection, assumptions = {}, epyc: number | null = EPYC): ModelCheck {
  return scenarioChecks(projection, assumptions, epyc).find((c) => c.id === id)!;
}
const withYears = (...years: YearResult[]) => projectionOf([], years);

describe("AMD's TAM path (about: within 15%; more than: above)", () => {
  // 2023 about 45,000: 38,250 to 51,750. 2027 about 400,000: 340,000 to 460,000. 2028 more than 500,000.
  it.each([
    [2023, 38_300, 'meets'],
    [2023, 38_200, 'misses'],
    [2023, 51_700, 'meets'],
    [2023, 51_800, 'misses'],
    [2027, 341_000, 'meets'],
    [2027, 339_000, 'misses'],
    [2027, 459_000, 'meets'],
    [2027, 461_000, 'misses'],
    [2028, 500_001, 'meets'],
    [2028, 500_000, 'misses'],
    [2028, 2_000_000, 'meets'],
  ])('%s TAM %s %s', (year, tam, verdict) => {
    const result = check(`amd-tam-${year}`, withYears(yearResult(year, { tam })));
    expect(result).toMatchObject({ value: tam, verdict, period: String(year) });
  });

  it('says how far apart, and whether it compares the rebuilt market or the projection', () => {
    // 38,300 / 45,000 − 1 = −14.9%; 440,000 / 400,000 − 1 = +10.0%.
    const p = withYears(
      yearResult(2023, { tam: 38_300, projectedQuarters: 0 }),
      yearResult(2027, { tam: 440_000 }),
    );
    expect(check('amd-tam-2023', p).detail).toBe("rebuilt market 38,300, -14.9% against AMD's about 45,000");
    expect(check('amd-tam-2027', p).detail).toBe("TAM 440,000, +10.0% against AMD's about 400,000");
    expect(check('amd-tam-2028', p).expected).toBe('more than 500,000');
  });

  it('has no data for a year missing or held in part', () => {
    const p = withYears(yearResult(2027, { tam: 400_000, quarterCount: 3 }));
    expect(check('amd-tam-2027', p)).toMatchObject({ value: null, verdict: 'no data' });
    expect(check('amd-tam-2028', p)).toMatchObject({ value: null, verdict: 'no data' });
  });
});

describe("Broadcom's FY2027 SAM", () => {
  // 60–90 B$ × 65% XPU fraction ÷ 70% Broadcom share = 55,714.3 to 83,571.4 of custom accelerators.
  it.each([
    [0.1, 40_000, 'misses', 'below'],
    [0.139285, 55_714, 'misses', 'below'],
    [0.1392875, 55_715, 'meets', 'within'],
    [0.175, 70_000, 'meets', 'within'],
    [0.2089, 83_560, 'meets', 'within'],
    [0.25, 100_000, 'misses', 'above'],
  ])('2027 XPU share %s of a 400,000 TAM (%s) %s', (xpuShare, xpu, verdict, where) => {
    const result = check('broadcom-sam-2027', withYears(yearResult(2027, { tam: 400_000, xpuShare })));
    expect(result.verdict).toBe(verdict);
    expect(result.value).toBeCloseTo(xpu, 6);
    expect(result.detail).toContain(` is ${where} 60-90 B$ × 65.0% XPU ÷ 70.0% Broadcom share`);
    expect(result.expected).toBe('55,714 to 83,571 of custom accelerators');
  });

  // With XPU at 50% of Broadcom's AI revenue and Broadcom all of it: 30,000 to 45,000.
  it('scales the range by the workbook’s history settings', () => {
    const settings = { 'history.xpuFractionOfBroadcomAi': 0.5, 'history.broadcomShareOfXpu': 1 };
    const result = check(
      'broadcom-sam-2027',
      withYears(yearResult(2027, { tam: 400_000, xpuShare: 0.1 })),
      settings,
    );
    expect(result).toMatchObject({ verdict: 'meets', expected: '30,000 to 45,000 of custom accelerators' });
  });

  it('has no data without a whole 2027', () => {
    expect(check('broadcom-sam-2027', withYears(yearResult(2026, { tam: 1 }))).verdict).toBe('no data');
  });
});

describe("AMD's ~100 B$ Data Center target", () => {
  it.each([
    [99_999, 'meets'],
    [100_000, 'misses'],
  ])('Instinct %s in 2030 %s', (instinctRevenue, verdict) => {
    const result = check('amd-dc-target', withYears(yearResult(2030, { instinctRevenue })));
    expect(result).toMatchObject({ period: '2030', value: instinctRevenue, verdict });
  });

  it('reads the last whole year up to 2030', () => {
    const p = withYears(
      yearResult(2029, { instinctRevenue: 80_000 }),
      yearResult(2030, { instinctRevenue: 60_000, quarterCount: 2 }),
      yearResult(2031, { instinctRevenue: 150_000 }),
    );
    expect(check('amd-dc-target', p)).toMatchObject({ period: '2029', value: 80_000, verdict: 'meets' });
    expect(check('amd-dc-target', p).detail).toBe(
      'Instinct 80,000 in 2029 is 80.0% of the whole Data Center target',
    );
    expect(check('amd-dc-target', withYears(yearResult(2031, { instinctRevenue: 1 })))).toMatchObject({
      value: null,
      verdict: 'no data',
    });
  });
});

/** `count` projected quarters from 2026Q2 at a 5% share, reaching 20% at quarter `reachAt` (1-based). */
function ramp(count: number, reachAt: number | null): Projection {
  const first = 2026 * 4 + 1;
  const history = quarterResult('2026Q1', { isProjected: false, amdShare: 0.3 });
  const quarters: QuarterResult[] = Array.from({ length: count }, (_, i) =>
    quarterResult(formatQuarter(quarterFromIndex(first + i)), {
      amdShare: reachAt !== null && i + 1 >= reachAt ? 0.2 : 0.05,
    }),
  );
  return projectionOf([history, ...quarters], [], { quarter: '2026Q1', amdShare: 0.05 });
}

describe('quarters to 20% against EPYC’s 24.4', () => {
  it.each([
    [19, 10, 10, 'misses'],
    [30, 24, 24, 'misses'],
    [30, 25, 25, 'meets'],
    // Not there after n quarters means n + 1 or more: after 23, 24 is still faster than 24.4;
    // after 24, 25 or more is not.
    [19, null, null, 'no data'],
    [23, null, null, 'no data'],
    [24, null, null, 'meets'],
  ] as const)(
    '%s projected quarters, reaching 20 percent at %s: value %s, %s',
    (count, reachAt, value, verdict) => {
      const result = check('ramp-to-20', ramp(count, reachAt));
      expect(result).toMatchObject({
        value,
        verdict,
        period: 'from 2026Q1',
        expected: 'EPYC: 24.4 quarters',
      });
    },
  );

  it('explains the verdict', () => {
    expect(check('ramp-to-20', ramp(19, 10)).detail).toBe(
      '10 quarters from 5.0% at 2026Q1 (2028Q3); EPYC took 24.4 quarters from 1% to 20% (x86 fit): faster than EPYC, the bull case has to argue why',
    );
    expect(check('ramp-to-20', ramp(19, null)).detail).toBe(
      'not within the horizon (5.0% at its end, 19 quarters); EPYC took 24.4 quarters from 1% to 20% (x86 fit)',
    );
  });

  it('has no verdict without the EPYC fit', () => {
    expect(check('ramp-to-20', ramp(19, 10), {}, null)).toMatchObject({ value: 10, verdict: 'no data' });
    expect(check('ramp-to-20', ramp(30, null), {}, null)).toMatchObject({ value: null, verdict: 'no data' });
  });
});

describe('the checks together', () => {
  it('come in the order the Projection view shows them', () => {
    expect(scenarioChecks(ramp(4, null), {}, EPYC).map((c) => c.id)).toEqual([
      'amd-tam-2023',
      'amd-tam-2027',
      'amd-tam-2028',
      'broadcom-sam-2027',
      'amd-dc-target',
      'ramp-to-20',
    ]);
  });
});
