import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../projection/fiscal-calendar';
import { calendarPeriodOf, formatPeriodLabel, parsePeriodText } from '../../projection/period-text';

const NVIDIA = { fiscalYearEndMonth: 1 };
const MICROSOFT = { fiscalYearEndMonth: 6 };
const BROADCOM = { fiscalYearEndMonth: 10 };
const AMD = { fiscalYearEndMonth: 12 };

/** The calendar period `text` becomes under `calendar`, or 'error'. */
function period(text: string, calendar = CALENDAR_YEAR): string {
  const result = parsePeriodText(text);
  if (!result.ok) return 'error';
  return calendarPeriodOf(result.value, calendar) ?? 'error';
}

describe('parsePeriodText: calendar labels', () => {
  it.each([
    ['2024Q3', '2024Q3'],
    ['2024q3', '2024Q3'],
    ['2024-Q3', '2024Q3'],
    ['2024 Q3', '2024Q3'],
    ['2024/Q3', '2024Q3'],
    ['Q3 2024', '2024Q3'],
    ['Q3-2024', '2024Q3'],
    ['q3 2024', '2024Q3'],
    ["Q3'24", '2024Q3'],
    ['Q3 ’24', '2024Q3'],
    ['Q3-24', '2024Q3'],
    ['3Q24', '2024Q3'],
    ["3Q'24", '2024Q3'],
    ['3Q2024', '2024Q3'],
    ["Q4'99", '1999Q4'],
    ['CY2024 Q3', '2024Q3'],
    ['Q3 CY24', '2024Q3'],
    ['2024', '2024'],
    ['CY2024', '2024'],
    ['  2024Q1  ', '2024Q1'],
  ])('%j is %j', (text, expected) => {
    expect(period(text)).toBe(expected);
    // A calendar label ignores the company's fiscal calendar.
    expect(period(text, NVIDIA)).toBe(expected);
  });
});

describe('parsePeriodText: fiscal labels through each default calendar', () => {
  it.each([
    // NVIDIA's year ends in January: FY2025 Q3 is Aug-Oct 2024.
    ['Q3 FY2025', NVIDIA, '2024Q3'],
    ['FY2025Q3', NVIDIA, '2024Q3'],
    ['FY2025 Q3', NVIDIA, '2024Q3'],
    ['FY2025-Q3', NVIDIA, '2024Q3'],
    ['FY25 Q3', NVIDIA, '2024Q3'],
    ['Q3 FY25', NVIDIA, '2024Q3'],
    ['3QFY25', NVIDIA, '2024Q3'],
    ["Q3 FY'25", NVIDIA, '2024Q3'],
    ['Q3 fiscal 2025', NVIDIA, '2024Q3'],
    ['FY2025 Q4', NVIDIA, '2024Q4'],
    ['FY2025 Q1', NVIDIA, '2024Q1'],
    ['FY2025', NVIDIA, '2024'],
    ['FY25', NVIDIA, '2024'],
    // Microsoft's year ends in June: FY2025 Q1 is Jul-Sep 2024.
    ['Q1 FY2025', MICROSOFT, '2024Q3'],
    ['Q4 FY2025', MICROSOFT, '2025Q2'],
    ['FY2025', MICROSOFT, '2025'],
    // Broadcom's ends in late October / early November: FY2025 Q1 is Nov 2024-Jan 2025.
    ['Q1 FY2025', BROADCOM, '2024Q4'],
    ['Q4 FY2025', BROADCOM, '2025Q3'],
    ['FY2025', BROADCOM, '2025'],
    // AMD, Amazon, Alphabet and Meta report in calendar years.
    ['Q3 FY2024', AMD, '2024Q3'],
    ['FY2024', AMD, '2024'],
    ['2024FY', AMD, '2024'],
  ])('%j with year end month %o is %j', (text, calendar, expected) => {
    expect(period(text, calendar)).toBe(expected);
  });

  it('says how a fiscal label was written', () => {
    const result = parsePeriodText('3QFY25');
    expect(result.ok && formatPeriodLabel(result.value)).toBe('FY2025 Q3');
    const year = parsePeriodText('fy24');
    expect(year.ok && formatPeriodLabel(year.value)).toBe('FY2024');
  });
});

describe('parsePeriodText: dates become the calendar quarter that holds them', () => {
  it.each([
    ['2024-09-30', '2024Q3'],
    ['2024-10-01', '2024Q4'],
    ['2024-1-5', '2024Q1'],
    ['2024-09-30T00:00:00.000Z', '2024Q3'],
    ['2024/06/30', '2024Q2'],
    ['30/09/2024', '2024Q3'],
    ['9/30/2024', '2024Q3'],
    ['09/30/24', '2024Q3'],
    ['30.09.2024', '2024Q3'],
    ['01.04.2024', '2024Q2'],
    ['02/03/2024', '2024Q1'],
    ['30 Sep 2024', '2024Q3'],
    ['30-Sep-24', '2024Q3'],
    ['Sep 30, 2024', '2024Q3'],
    ['September 30 2024', '2024Q3'],
    ['Sep 2024', '2024Q3'],
    ['Sept 2024', '2024Q3'],
    ['Sep-24', '2024Q3'],
    ['December 2023', '2023Q4'],
    ['2024-02-29', '2024Q1'],
  ])('%j is %j', (text, expected) => {
    expect(period(text)).toBe(expected);
  });

  it.each([
    ['03/06/2024', /either way round/],
    ['2023-02-29', /is not a date/],
    ['2024-13-01', /is not a date/],
    ['31/04/2024', /is not a date/],
  ])('refuses %j', (text, reason) => {
    const result = parsePeriodText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(reason);
  });
});

describe('parsePeriodText: refusals name the text and the reason', () => {
  it.each([
    ['', /blank/],
    ['Q5 2024', /not a period/],
    ['2024Q0', /not a period/],
    ['H1 2024', /half year/],
    ['1H24', /half year/],
    ['2024H2', /half year/],
    ['1850', /outside 1900-2199/],
    ['Q3 2250', /outside 1900-2199/],
    ['next year', /not a period/],
    ['24', /not a period/],
    ['2024Q3Q4', /not a period/],
  ])('%j', (text, reason) => {
    const result = parsePeriodText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(reason);
  });

  it('maps a fiscal label outside the workbook years to null', () => {
    const result = parsePeriodText('FY1900 Q1');
    expect(result.ok && calendarPeriodOf(result.value, NVIDIA)).toBeNull();
  });

  it('never throws and reads every canonical quarter back (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => {
        parsePeriodText(text);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        expect(period(`${year}Q${quarter}`)).toBe(`${year}Q${quarter}`);
        expect(period(`Q${quarter} ${year}`)).toBe(`${year}Q${quarter}`);
      }),
      { numRuns: 500 },
    );
  });
});
