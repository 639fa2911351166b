import type { CellClassParams, ColDef, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import {
  buildPreviewColumnDefs,
  buildPreviewRows,
  formatImportValue,
  periodText,
  valueText,
  type PreviewGridRow,
} from '../../../renderer/features/import/preview-grid-model';
import { row, samplePreview } from './sample-preview';

const columns = buildPreviewColumnDefs();
const column = (id: string) => columns.find((c) => c.colId === id)!;

function cellText(colId: string, data: PreviewGridRow): unknown {
  const getter = column(colId).valueGetter as (p: Partial<ValueGetterParams<PreviewGridRow>>) => unknown;
  return getter({ data });
}

function cellClass(colId: string, data: PreviewGridRow): unknown {
  const classOf = (column(colId) as ColDef<PreviewGridRow>).cellClass as (
    p: Partial<CellClassParams>,
  ) => unknown;
  return classOf({ data });
}

const grid = (overrides: Parameters<typeof row>[0]) => buildPreviewRows([row(overrides)])[0]!;

describe('the preview grid', () => {
  it('shows status, line, series, period, value, both sources and the note or reason', () => {
    expect(columns.map((c) => c.colId)).toEqual([
      'status',
      'line',
      'series',
      'period',
      'value',
      'source',
      'sourceBefore',
      'note',
    ]);
    expect(column('period').headerName).toBe('Period (as written → calendar)');
  });

  it('gives each row an id by position (a line of a wide file holds several values)', () => {
    const rows = buildPreviewRows(samplePreview().rows);
    expect(rows.map((r) => r.id)).toEqual(['0', '1']);
  });

  it('marks the status in words and colour, not colour alone', () => {
    for (const [status, label] of [
      ['new', 'New'],
      ['changed', 'Changed'],
      ['unchanged', 'Unchanged'],
      ['error', 'Error'],
    ] as const) {
      const data = grid({ status });
      expect(cellText('status', data)).toBe(label);
      expect(cellClass('status', data)).toBe(`status-cell status-${status}`);
    }
  });

  it('shows a changed value as old → new, with the source it replaces beside the new one', () => {
    const changed = grid({ status: 'changed', value: 3700, before: { value: 3674, source: 'https://old' } });
    expect(cellText('value', changed)).toBe('3,674 → 3,700');
    expect(cellText('source', changed)).toBe('https://new');
    expect(cellText('sourceBefore', changed)).toBe('https://old');
    const unchanged = grid({ status: 'unchanged', before: { value: 5000, source: 'https://new' } });
    expect(cellText('value', unchanged)).toBe('5,000');
    expect(cellText('sourceBefore', unchanged)).toBe('');
  });

  it('shows a fiscal label beside the calendar quarter it becomes', () => {
    expect(periodText(row({ periodLabel: 'Q3 FY2025', period: '2024Q3' }))).toBe('Q3 FY2025 → 2024Q3');
    expect(periodText(row({ periodLabel: '2024Q3', period: '2024Q3' }))).toBe('2024Q3');
    expect(periodText(row({ status: 'error', periodLabel: 'Q5 2024', period: null }))).toBe('Q5 2024');
  });

  it('formats numbers like the rest of the app, with bound marks and up to 4 decimals', () => {
    expect(formatImportValue(1234567.891)).toBe('1,234,567.891');
    expect(formatImportValue(5000, 'lower_bound')).toBe('≥ 5,000');
    expect(formatImportValue(23.61234, 'approx')).toBe('≈ 23.6123');
    expect(valueText(row({ status: 'error', value: null }))).toBe('');
  });

  it('shows why a row is refused in place of its note', () => {
    const error = grid({ status: 'error', value: null, message: '"12abc" is not a number', note: null });
    expect(cellText('note', error)).toBe('"12abc" is not a number');
    expect(cellText('note', grid({ note: 'Q3 FY2025' }))).toBe('Q3 FY2025');
  });
});
