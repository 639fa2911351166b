import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fiscalQuarterToCalendar, fiscalYearToCalendar } from '../../projection/fiscal-calendar';
import {
  addQuarters,
  comparePeriods,
  formatQuarter,
  isPeriod,
  parseQuarter,
  quarterFromIndex,
  quarterIndex,
  quarterRange,
} from '../../projection/period';
import { seriesKey } from '../../projection/series-key';

describe('periods', () => {
  it('recognises quarters and years', () => {
    expect(['2024Q3', '2024', '1999Q1'].every(isPeriod)).toBe(true);
    expect(['2024Q5', '24Q1', '2024-Q3', 'Q3 2024', '', '2024Q'].some(isPeriod)).toBe(false);
  });

  it('does quarter arithmetic', () => {
    expect(formatQuarter(addQuarters(parseQuarter('2024Q3'), 2))).toBe('2025Q1');
    expect(formatQuarter(addQuarters(parseQuarter('2024Q1'), -1))).toBe('2023Q4');
    expect(quarterRange(parseQuarter('2024Q3'), parseQuarter('2025Q2')).map(formatQuarter)).toEqual([
      '2024Q3',
      '2024Q4',
      '2025Q1',
      '2025Q2',
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1900 * 4, max: 2199 * 4 }),
        (i) => quarterIndex(quarterFromIndex(i)) === i,
      ),
    );
  });

  it('orders a full year right after its fourth quarter', () => {
    expect(['2025', '2024Q4', '2025Q1', '2024', '2024Q1'].sort(comparePeriods)).toEqual([
      '2024Q1',
      '2024Q4',
      '2024',
      '2025Q1',
      '2025',
    ]);
  });

  it('makes series keys', () => {
    expect(seriesKey('AMD', 'revenue_data_center')).toBe('amd.revenue_data_center');
    expect(seriesKey('NVIDIA', 'Data Center revenue')).toBe('nvidia.data_center_revenue');
  });
});

describe('fiscal calendars: the calendar period holding most of the fiscal period', () => {
  it.each([
    // NVIDIA (year ends January): FY2025 Q1 = Feb-Apr 2024, middle month March.
    [1, 2025, 1, '2024Q1'],
    [1, 2025, 3, '2024Q3'],
    [1, 2025, 4, '2024Q4'], // Nov 2024-Jan 2025, middle month December
    // Microsoft (June): FY2026 Q1 = Jul-Sep 2025.
    [6, 2026, 1, '2025Q3'],
    [6, 2026, 4, '2026Q2'],
    // Broadcom (October/November): FY2025 Q1 = Nov 2024-Jan 2025.
    [10, 2025, 1, '2024Q4'],
    [10, 2025, 2, '2025Q1'],
    // Calendar-year companies.
    [12, 2024, 3, '2024Q3'],
  ] as const)('year ending month %i: FY%i Q%i is %s', (month, year, quarter, expected) => {
    expect(fiscalQuarterToCalendar({ fiscalYearEndMonth: month }, year, quarter)).toBe(expected);
  });

  it('maps fiscal years', () => {
    expect(fiscalYearToCalendar({ fiscalYearEndMonth: 1 }, 2025)).toBe('2024');
    expect(fiscalYearToCalendar({ fiscalYearEndMonth: 6 }, 2026)).toBe('2026');
    expect(fiscalYearToCalendar({ fiscalYearEndMonth: 10 }, 2025)).toBe('2025');
    expect(fiscalYearToCalendar({ fiscalYearEndMonth: 12 }, 2024)).toBe('2024');
    expect(() => fiscalYearToCalendar({ fiscalYearEndMonth: 13 }, 2024)).toThrow(/1-12/);
  });
});
