import { describe, expect, it } from 'vitest';
import { csvText, shownNumber, toCsv } from '../../../db/export/csv-export';
import { safeText } from '../../../db/export/export-tables';
import type { ExportTable } from '../../../db/export/export-tables';

const table: ExportTable = {
  name: 'Data',
  header: ['Series', '2025Q1', '2025Q2'],
  rows: [
    ['AMD Data Center revenue', 3674, 3240.4],
    ['AMD x86 server unit share', 27.2, 27.25],
    ['=HYPERLINK("x")', null, 1.5],
  ],
  formats: [null, null, null],
  rowFormats: ['#,##0', '0.0"%"', 'General'],
  notes: [],
  frozenColumns: 1,
};

describe('CSV as shown', () => {
  it("formats numbers by the row's Excel format", () => {
    expect(shownNumber(51215, '#,##0')).toBe('51,215');
    expect(shownNumber(3240.4, '#,##0')).toBe('3,240');
    expect(shownNumber(27.25, '0.0"%"')).toBe('27.3%');
    expect(shownNumber(1.5, 'General')).toBe('1.5');
    expect(shownNumber(1.5, null)).toBe('1.5');
  });

  it('writes the same table raw or as shown, text kept safe either way', () => {
    expect(toCsv(table)).toBe(
      'Series,2025Q1,2025Q2\r\nAMD Data Center revenue,3674,3240.4\r\nAMD x86 server unit share,27.2,27.25\r\n"\'=HYPERLINK(""x"")",,1.5\r\n',
    );
    expect(toCsv(table, 'shown')).toBe(
      'Series,2025Q1,2025Q2\r\nAMD Data Center revenue,"3,674","3,240"\r\nAMD x86 server unit share,27.2%,27.3%\r\n"\'=HYPERLINK(""x"")",,1.5\r\n',
    );
  });
});

describe('the one CSV writer', () => {
  it('neutralises text a spreadsheet would run, but not a number as a grid shows it', () => {
    expect(['=1+2', '+A1', '-2+3+cmd', '@SUM(A1)', '\tx', '-', '+-1'].map(safeText)).toEqual([
      "'=1+2",
      "'+A1",
      "'-2+3+cmd",
      "'@SUM(A1)",
      "'\tx",
      "'-",
      "'+-1",
    ]);
    expect(['-1,234', '+45.2%', '-0.5', '12%', '-1234.5', 'Base'].map(safeText)).toEqual([
      '-1,234',
      '+45.2%',
      '-0.5',
      '12%',
      '-1234.5',
      'Base',
    ]);
  });

  it('writes numbers plainly, blanks as nothing, and quotes text holding a comma, quote or line break', () => {
    expect(
      csvText(
        ['A', 'B, C'],
        [
          [-1.5, null],
          ['x "y"', 'line\nbreak'],
        ],
      ),
    ).toBe('A,"B, C"\r\n-1.5,\r\n"x ""y""","line\nbreak"\r\n');
  });
});
