import { describe, expect, it } from 'vitest';
import { csvText, shownNumber, toCsv } from '../../../db/export/csv-export';
import { dataTable, safeText, seriesShown, type ExportTable } from '../../../db/export/export-tables';
import type { SeriesInfo } from '../../../projection/series-types';

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

describe('the Data grid exported as each series is shown', () => {
  const billions = { scale: 'billions' as const, decimals: 1 };

  it("writes the row's format and unit from its display: a scale as trailing commas, decimals as zeros", () => {
    expect(seriesShown('USD millions')).toEqual({ format: '#,##0', unit: 'USD millions' });
    expect(seriesShown('USD millions', billions)).toEqual({
      format: '#,##0.0,',
      unit: 'USD billions (values stored in USD millions)',
    });
    expect(seriesShown('USD thousands', { scale: 'billions', decimals: 2 }).format).toBe('#,##0.00,,');
    expect(seriesShown('USD millions', { scale: 'billions', decimals: null }).format).toBe('#,##0.0,');
    expect(seriesShown('USD millions', { scale: 'stored', decimals: 2 }).format).toBe('#,##0.00');
    // A smaller scale is no Excel format: the series is given in its own unit.
    expect(seriesShown('USD millions', { scale: 'thousands', decimals: 0 })).toEqual({
      format: '#,##0',
      unit: 'USD millions',
    });
    expect(seriesShown('percent', { scale: 'stored', decimals: 2 }).format).toBe('0.00"%"');
    expect(seriesShown('percent', { scale: 'stored', decimals: 0 }).format).toBe('0"%"');
    expect(seriesShown('GW', { scale: 'stored', decimals: 3 }).format).toBe('#,##0.000');
  });

  it('a CSV as shown divides by the trailing commas, as Excel shows the cell', () => {
    expect(shownNumber(12_634, '#,##0.0,')).toBe('12.6');
    expect(shownNumber(12_634_000, '#,##0.00,,')).toBe('12.63');
    expect(shownNumber(-40, '#,##0.0,')).toBe('0.0');
  });

  it('writes the unit as stored for plain numbers and as shown otherwise', () => {
    const series: SeriesInfo = {
      key: 'amd.revenue_data_center',
      label: 'AMD Data Center revenue',
      unit: 'USD millions',
      kind: 'reported',
      company: 'AMD',
      metric: 'revenue_data_center',
      notes: '',
      minValue: 0,
      maxValue: null,
      display: billions,
    };
    const observation = {
      seriesKey: series.key,
      period: '2024',
      value: 12_600,
      qualifier: 'approx' as const,
      source: '',
      note: '',
      importId: null,
      updatedAt: 't',
    };
    const shown = dataTable([series], [observation]);
    expect(toCsv(shown, 'shown')).toBe(
      'Key,Series,Unit,2024 (year)\r\namd.revenue_data_center,AMD Data Center revenue,USD billions (values stored in USD millions),12.6\r\n',
    );
    expect(toCsv(dataTable([series], [observation], false))).toBe(
      'Key,Series,Unit,2024 (year)\r\namd.revenue_data_center,AMD Data Center revenue,USD millions,12600\r\n',
    );
  });
});
