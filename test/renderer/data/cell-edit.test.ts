import { describe, expect, it } from 'vitest';
import { interpretCellEdit } from '../../../renderer/features/data/cell-edit';
import type { SeriesRow } from '../../../renderer/features/data/data-grid-model';

const revenue: SeriesRow = {
  key: 'amd.revenue_data_center',
  label: 'AMD Data Center revenue',
  unit: 'USD millions',
  kind: 'reported',
  minValue: 0,
  maxValue: null,
  display: { scale: 'stored', decimals: null },
  values: {
    '2025Q1': {
      seriesKey: 'amd.revenue_data_center',
      period: '2025Q1',
      value: 3674,
      qualifier: 'exact',
      source: 's',
      note: '',
      importId: null,
      updatedAt: 't',
      isHandEdited: false,
    },
  },
  loaded: new Set([0]),
};
const share: SeriesRow = {
  ...revenue,
  key: 'amd.x86_server_unit_share',
  label: 'AMD x86 server unit share',
  unit: 'percent',
  maxValue: 100,
  values: {},
};

describe('a value typed in a Data grid cell', () => {
  it.each([
    ['3.5B', 3500],
    ['$4,100', 4100],
    ['750m', 750],
    ['', null],
  ])('reads %j in USD millions as %j', (text, value) => {
    expect(interpretCellEdit(revenue, '2025Q1', text)).toEqual({ kind: 'save', value });
  });

  it('sends nothing when the value is the saved one', () => {
    expect(interpretCellEdit(revenue, '2025Q1', '3,674')).toEqual({ kind: 'unchanged', value: 3674 });
  });

  it('reads 12% in a percent series as 12', () => {
    expect(interpretCellEdit(share, '2025Q1', '12%')).toEqual({ kind: 'save', value: 12 });
  });

  it.each([
    [
      revenue,
      '12%',
      'AMD Data Center revenue, 2025Q2: "12%" is a percentage, but the series is in USD millions; nothing was saved.',
    ],
    [
      revenue,
      '(120)',
      "AMD Data Center revenue, 2025Q2: -120 is outside the series' range (0 or more); nothing was saved.",
    ],
    [
      share,
      '150',
      "AMD x86 server unit share, 2025Q2: 150 is outside the series' range (0 to 100); nothing was saved.",
    ],
    [revenue, 'lots', 'AMD Data Center revenue, 2025Q2: "lots" is not a number; nothing was saved.'],
  ] as const)('refuses %#: %j, naming the cell', (row, text, message) => {
    expect(interpretCellEdit(row, '2025Q2', text)).toEqual({ kind: 'refused', message });
  });
});
