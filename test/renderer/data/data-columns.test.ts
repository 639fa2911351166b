import type { ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { ObservationDto } from '../../../electron/contract';
import type { SeriesDisplay } from '../../../projection/series-display';
import { cellCopyText, interpretCellTexts } from '../../../renderer/features/data/cell-batch';
import { interpretCellEdit } from '../../../renderer/features/data/cell-edit';
import {
  buildColumnDefs,
  cellNumber,
  formatValue,
  unitLabel,
  unitNote,
} from '../../../renderer/features/data/data-columns';
import { periodColumns, type SeriesRow } from '../../../renderer/features/data/data-grid-model';
import { blockColumns } from '../../../renderer/features/data/value-blocks';

const observation = (period: string, value: number): ObservationDto => ({
  seriesKey: 'amd.revenue_data_center',
  period,
  value,
  qualifier: 'exact',
  source: '',
  note: '',
  importId: null,
  updatedAt: 't',
  isHandEdited: false,
});

function revenue(display: SeriesDisplay, values: Record<string, number>): SeriesRow {
  return {
    key: 'amd.revenue_data_center',
    label: 'AMD Data Center revenue',
    unit: 'USD millions',
    kind: 'reported',
    minValue: 0,
    maxValue: null,
    display,
    values: Object.fromEntries(Object.entries(values).map(([p, v]) => [p, observation(p, v)])),
    loaded: new Set([0]),
  };
}

const BILLIONS: SeriesDisplay = { scale: 'billions', decimals: 1 };
const QUARTERS = { '2025Q1': 3674, '2025Q2': 3240, '2025Q3': 4341, '2025Q4': 5380 };

type Def = ColDef<SeriesRow> | ColGroupDef<SeriesRow>;
const leaves = (defs: readonly Def[]): ColDef<SeriesRow>[] =>
  defs.flatMap((d) => ('children' in d ? leaves(d.children) : [d]));
const column = (defs: readonly Def[], colId: string) => leaves(defs).find((d) => d.colId === colId)!;

function shown(defs: readonly Def[], colId: string, row: SeriesRow) {
  const def = column(defs, colId);
  const value = (def.valueGetter as (p: ValueGetterParams<SeriesRow>) => unknown)({
    data: row,
  } as ValueGetterParams<SeriesRow>);
  const text = (def.valueFormatter as (p: ValueFormatterParams<SeriesRow>) => string)({
    data: row,
    value,
  } as ValueFormatterParams<SeriesRow>);
  return { value, text };
}

describe('Data grid columns: the quarterly / annual view', () => {
  const years = periodColumns(2024, 2025);
  const columns = blockColumns(2024, 2025);

  it('shows every quarter and Year, or hides the quarters and keeps the Years', () => {
    const all = leaves(buildColumnDefs(years, columns));
    expect(all.filter((d) => !d.hide).map((d) => d.colId)).toEqual([
      'label',
      'unit',
      ...['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024', '2025Q1', '2025Q2', '2025Q3', '2025Q4', '2025'],
    ]);
    const annual = leaves(buildColumnDefs(years, columns, true));
    // The quarters stay defined (with their widths) but hidden.
    expect(annual.map((d) => d.colId)).toEqual(all.map((d) => d.colId));
    expect(annual.filter((d) => !d.hide).map((d) => d.colId)).toEqual(['label', 'unit', '2024', '2025']);
  });

  it('a Year without an annual figure shows its quarters sum in the shown unit, and copies it', () => {
    const defs = buildColumnDefs(years, columns, true);
    const row = revenue(BILLIONS, QUARTERS);
    expect(shown(defs, '2025', row)).toEqual({ value: null, text: '16.6' });
    expect(cellNumber(row, '2025')).toBe(16_635);
    expect(cellCopyText(row, '2025')).toBe('16.635');
    // A reported year is shown as reported.
    const reported = revenue(BILLIONS, { ...QUARTERS, '2025': 16_600 });
    expect(shown(defs, '2025', reported)).toEqual({ value: 16.6, text: '16.6' });
    expect(cellCopyText(revenue(BILLIONS, {}), '2025')).toBe('');
  });
});

describe('Data grid columns: a series shown in billions with 1 decimal', () => {
  const defs = buildColumnDefs(periodColumns(2025, 2025), blockColumns(2025, 2025));
  const row = revenue(BILLIONS, { '2025Q1': 12_634 });

  it('shows 12,634 USD millions as 12.6, the editor starting from 12.634', () => {
    expect(shown(defs, '2025Q1', row)).toEqual({ value: 12.634, text: '12.6' });
    expect(formatValue(row.values['2025Q1'], row)).toBe('12.6');
    expect(formatValue({ ...row.values['2025Q1']!, qualifier: 'approx' }, row)).toBe('≈ 12.6');
    expect(shown(defs, '2025Q1', revenue({ scale: 'stored', decimals: 2 }, { '2025Q1': 12_634 })).text).toBe(
      '12,634.00',
    );
  });

  it('says the shown unit in the Unit column, and the stored one in its tooltip', () => {
    expect(unitLabel(row)).toBe('$B');
    expect(unitLabel(revenue({ scale: 'stored', decimals: null }, {}))).toBe('$M');
    expect(unitNote(row)).toBe(
      'Shown in USD billions (billions, 1 decimal); stored in USD millions. A number typed or pasted here is read in USD billions.',
    );
    const unit = column(defs, 'unit');
    const cellClass = unit.cellClass as (p: { data: SeriesRow }) => string;
    expect(cellClass({ data: row })).toBe('cell-unit-scaled');
    expect(cellClass({ data: revenue({ scale: 'stored', decimals: 1 }, {}) })).toBe('');
  });

  it('reads a typed bare number in billions and a scale word as written, the value exact', () => {
    expect(interpretCellEdit(row, '2025Q2', '13')).toEqual({ kind: 'save', value: 13_000 });
    expect(interpretCellEdit(row, '2025Q2', '3.5B')).toEqual({ kind: 'save', value: 3_500 });
    expect(interpretCellEdit(row, '2025Q2', '$900M')).toEqual({ kind: 'save', value: 900 });
    expect(interpretCellEdit(row, '2025Q1', '12.634')).toEqual({ kind: 'unchanged', value: 12_634 });
    expect(interpretCellEdit(row, '2025Q1', '-1')).toEqual({
      kind: 'refused',
      message:
        "AMD Data Center revenue, 2025Q1: -1000 is outside the series' range (0 or more); nothing was saved.",
    });
  });

  it('a copied cell pasted back is the same value; a pasted block is read in billions too', () => {
    expect(cellCopyText(row, '2025Q1')).toBe('12.634');
    expect(
      interpretCellTexts([{ row, period: '2025Q1', text: cellCopyText(row, '2025Q1') }], 'paste'),
    ).toEqual({ ok: true, value: [] });
    expect(
      interpretCellTexts(
        [
          { row, period: '2025Q2', text: '13.1' },
          { row, period: '2025Q3', text: '250M' },
        ],
        'paste',
      ),
    ).toEqual({
      ok: true,
      value: [
        { seriesKey: row.key, period: '2025Q2', value: 13_100 },
        { seriesKey: row.key, period: '2025Q3', value: 250 },
      ],
    });
  });
});
