import { describe, expect, it } from 'vitest';
import type { ObservationDto } from '../../../electron/contract';
import type { SeriesRow } from '../../../renderer/features/data/data-grid-model';
import { yearCell, yearCellNote } from '../../../renderer/features/data/year-cells';

const observation = (period: string, value: number): ObservationDto => ({
  seriesKey: 'amd.revenue_data_center',
  period,
  value,
  qualifier: 'exact',
  source: '',
  note: '',
  importId: null,
  updatedAt: '2026-11-30T00:00:00.000Z',
  isHandEdited: false,
});

function row(unit: string, values: Record<string, number>): SeriesRow {
  return {
    key: 'amd.revenue_data_center',
    label: 'AMD Data Center revenue',
    unit,
    kind: 'reported',
    minValue: 0,
    maxValue: null,
    display: { scale: 'stored', decimals: null },
    values: Object.fromEntries(Object.entries(values).map(([p, v]) => [p, observation(p, v)])),
    loaded: new Set([0]),
  };
}
const format = (v: number) => v.toLocaleString('en-US');

describe('Year cells from their quarters', () => {
  it('computes a year with no annual figure, and says so', () => {
    const cell = yearCell(
      row('USD millions', { '2025Q1': 3674, '2025Q2': 3240, '2025Q3': 4340, '2025Q4': 5400 }),
      '2025',
    );
    expect(cell).toMatchObject({ computed: 16654, reported: null, basis: 'quarters' });
    expect(yearCellNote(cell, '2025', 'USD millions', format)).toBe(
      'Computed: the sum of 2025Q1–Q4; no annual figure is in the workbook.',
    );
  });

  it("takes a share's last quarter", () => {
    const cell = yearCell(
      row('percent', { '2024Q1': 23.6, '2024Q2': 24.1, '2024Q3': 24.2, '2024Q4': 25.1 }),
      '2024',
    );
    expect(cell?.computed).toBe(25.1);
    expect(yearCellNote(cell, '2024', 'percent', format)).toBe(
      "Computed: 2024Q4's value; no annual figure is in the workbook.",
    );
  });

  it('flags a reported year its quarters disagree with, and says by how much', () => {
    const values = { '2024Q1': 2340, '2024Q2': 2830, '2024Q3': 3500, '2024Q4': 3860, '2024': 12600 };
    const cell = yearCell(row('USD millions', values), '2024');
    expect(cell).toMatchObject({ isMismatch: true, computed: 12530, reported: 12600 });
    expect(yearCellNote(cell, '2024', 'USD millions', format)).toBe(
      'The quarters give 12,530 (the sum of 2024Q1–Q4); the reported year, 12,600, differs by more than rounding.',
    );
    expect(
      yearCellNote(
        yearCell(row('USD millions', { ...values, '2024': 12540 }), '2024'),
        '2024',
        'USD millions',
        format,
      ),
    ).toBeUndefined();
  });

  it('says nothing for a year missing a quarter', () => {
    const cell = yearCell(row('USD millions', { '2026Q1': 5800 }), '2026');
    expect(cell?.computed).toBeNull();
    expect(yearCellNote(cell, '2026', 'USD millions', format)).toBeUndefined();
  });
});
