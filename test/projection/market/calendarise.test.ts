import { describe, expect, it } from 'vitest';
import { calendarQuarter, completeFiscalQuarters } from '../../../projection/market/calendarise';
import { solveGeometricRate } from '../../../projection/market/geometric-rate';
import { parseQuarter, quarterIndex } from '../../../projection/period';

const at = (period: string) => quarterIndex(parseQuarter(period));

describe('solveGeometricRate', () => {
  it('finds the rate whose powers add up to the target', () => {
    // 1.1 + 1.21 + 1.331 + 1.4641 = 5.1051
    expect(solveGeometricRate(1, 4, 5.1051)).toBeCloseTo(1.1, 12);
    // Below the number of steps the rate is under 1: 0.5 + 0.25 = 0.75.
    expect(solveGeometricRate(1, 2, 0.75)).toBeCloseTo(0.5, 12);
    // Steps 3 and 4 only: 2^3 + 2^4 = 24.
    expect(solveGeometricRate(3, 4, 24)).toBeCloseTo(2, 12);
  });

  it('refuses a target that is not positive', () => {
    expect(() => solveGeometricRate(1, 4, 0)).toThrow(/positive/);
  });
});

describe('Broadcom fiscal quarters (year ends around 1 November)', () => {
  // The default workbook: FY2023 3,800 and FY2024 12,200 as totals, FY2025 Q1-Q4 reported
  // (stored under 2024Q4, 2025Q1, 2025Q2, 2025Q3).
  const series = {
    fiscalYearEndMonth: 10,
    quarters: [
      { period: '2024Q4', value: 4100 },
      { period: '2025Q1', value: 4400 },
      { period: '2025Q2', value: 5200 },
      { period: '2025Q3', value: 6500 },
    ],
    years: [
      { period: '2023', value: 3800 },
      { period: '2024', value: 12200 },
      { period: '2025', value: 20000 },
    ],
  };
  const fiscal = completeFiscalQuarters(series, 2);

  it('splits a year reported only as a total at the growth into the next year', () => {
    // FY2024 -> FY2025 (the four reported quarters, 20,200): 20200 / 12200 = 1.655738;
    // r = 1.655738^(1/4) = 1.134352; first = 12200 / (1 + r + r^2 + r^3)
    // = 12200 / (1 + 1.134352 + 1.286755 + 1.459633) = 12200 / 4.880740 = 2499.62.
    const q1 = fiscal.get(at('2023Q4'))!;
    expect(q1.label).toBe('FY2024Q1');
    expect(q1.basis).toBe('from annual');
    expect(q1.value).toBeCloseTo(2499.62, 1);
    const fy2024 = ['2023Q4', '2024Q1', '2024Q2', '2024Q3'].reduce((s, p) => s + fiscal.get(at(p))!.value, 0);
    expect(fy2024).toBeCloseTo(12200, 9);
  });

  it('extrapolates two quarters at the last quarter-on-quarter growth', () => {
    // 6,500 / 5,200 = 1.25: FY2026 Q1 = 8,125, Q2 = 10,156.25 (Broadcom guided 8.2 B$ and 10.7 B$).
    expect(fiscal.get(at('2025Q4'))).toEqual({ label: 'FY2026Q1', value: 8125, basis: 'extrapolated' });
    expect(fiscal.get(at('2026Q1'))!.value).toBeCloseTo(10156.25, 9);
    expect(fiscal.has(at('2026Q2'))).toBe(false);
  });

  it('gives a calendar quarter a third of the fiscal quarter before and two thirds of its own', () => {
    // Calendar 2025Q1 (Jan-Mar) = January of FY2025 Q1 (Nov-Jan) + February-March of FY2025 Q2:
    // (4,100 + 2 × 4,400) / 3 = 4,300.
    const q = calendarQuarter(fiscal, 10, at('2025Q1'))!;
    expect(q.value).toBeCloseTo(4300, 9);
    expect(q.rule).toBe('(FY2025Q1 4,100 + 2 × FY2025Q2 4,400) / 3 = 4,300');
  });

  it('keeps a calendar-year company as it is and shifts the other way for a February year end', () => {
    const calendarYear = completeFiscalQuarters(
      { fiscalYearEndMonth: 12, quarters: [{ period: '2025Q1', value: 7 }], years: [] },
      0,
    );
    expect(calendarQuarter(calendarYear, 12, at('2025Q1'))?.value).toBe(7);
    // Year ending in February: the quarter Mar-May is stored under Q2; calendar Q2 = April-May of
    // it and June of the next: (2 × 30 + 60) / 3 = 40.
    const february = completeFiscalQuarters(
      {
        fiscalYearEndMonth: 2,
        quarters: [
          { period: '2025Q2', value: 30 },
          { period: '2025Q3', value: 60 },
        ],
        years: [],
      },
      0,
    );
    expect(calendarQuarter(february, 2, at('2025Q2'))?.value).toBeCloseTo(40, 12);
    expect(calendarQuarter(february, 2, at('2025Q3'))).toBeNull();
  });
});
