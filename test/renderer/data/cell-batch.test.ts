import { describe, expect, it } from 'vitest';
import { batchSavedText, cellCopyText, interpretCellTexts } from '../../../renderer/features/data/cell-batch';
import { withObservations, type SeriesRow } from '../../../renderer/features/data/data-grid-model';

const observation = (seriesKey: string, period: string, value: number) => ({
  seriesKey,
  period,
  value,
  qualifier: 'exact' as const,
  source: 's',
  note: '',
  importId: null,
  updatedAt: 't',
  isHandEdited: false,
});

const revenue: SeriesRow = {
  key: 'amd.revenue_data_center',
  label: 'AMD Data Center revenue',
  unit: 'USD millions',
  kind: 'reported',
  minValue: 0,
  maxValue: null,
  display: { scale: 'stored', decimals: null },
  values: { '2025Q1': observation('amd.revenue_data_center', '2025Q1', 3674) },
  loaded: new Set([0]),
};
const share: SeriesRow = {
  ...revenue,
  key: 'amd.x86_server_unit_share',
  label: 'AMD x86 server unit share',
  unit: 'percent',
  maxValue: 100,
  values: { '2025Q1': observation('amd.x86_server_unit_share', '2025Q1', 27.2) },
};
const derived: SeriesRow = { ...revenue, key: 'amd.derived', label: 'AMD derived', kind: 'derived' };

describe('interpretCellTexts: a pasted, filled or cleared block read as typing is', () => {
  it("reads each text in its series' unit ('' clears) and leaves out cells that hold the value already", () => {
    const read = interpretCellTexts(
      [
        { row: revenue, period: '2025Q1', text: '' },
        { row: revenue, period: '2025Q2', text: '3.5B' },
        { row: revenue, period: '2025Q3', text: '$4,100' },
        { row: share, period: '2025Q1', text: '28%' },
        { row: share, period: '2025Q2', text: '' },
      ],
      'paste',
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { seriesKey: revenue.key, period: '2025Q1', value: null },
        { seriesKey: revenue.key, period: '2025Q2', value: 3500 },
        { seriesKey: revenue.key, period: '2025Q3', value: 4100 },
        { seriesKey: share.key, period: '2025Q1', value: 28 },
      ],
    });
  });

  it('sends a cell whose value is not read yet even when the page thinks it blank (main skips it if unchanged)', () => {
    const cells = [
      { row: share, period: '2025Q2', text: '' },
      { row: share, period: '2025Q1', text: '28%' },
    ];
    const notRead = (_row: SeriesRow, period: string) => period !== '2025Q2';
    expect(interpretCellTexts(cells, 'paste')).toEqual({
      ok: true,
      value: [{ seriesKey: share.key, period: '2025Q1', value: 28 }],
    });
    expect(interpretCellTexts(cells, 'paste', notRead)).toEqual({
      ok: true,
      value: [
        { seriesKey: share.key, period: '2025Q2', value: null },
        { seriesKey: share.key, period: '2025Q1', value: 28 },
      ],
    });
  });

  it('refuses the whole block at its first bad cell, naming it and why', () => {
    const cells = [
      { row: revenue, period: '2025Q2', text: '4,000' },
      { row: share, period: '2025Q3', text: '120' },
      { row: revenue, period: '2025Q4', text: 'lots' },
    ];
    expect(interpretCellTexts(cells, 'fill')).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          "AMD x86 server unit share, 2025Q3: 120 is outside the series' range (0 to 100); nothing was filled.",
      },
    });
    const percentInMoney = interpretCellTexts([{ row: revenue, period: '2025Q2', text: '12%' }], 'paste');
    expect(!percentInMoney.ok && percentInMoney.error.message).toMatch(
      /^AMD Data Center revenue, 2025Q2: .*nothing was pasted\.$/,
    );
  });

  it('skips a derived series when clearing, and refuses pasting into one', () => {
    expect(interpretCellTexts([{ row: derived, period: '2025Q1', text: '' }], 'clear')).toEqual({
      ok: true,
      value: [],
    });
    expect(interpretCellTexts([{ row: derived, period: '2025Q1', text: '1' }], 'paste')).toMatchObject({
      ok: false,
      error: {
        message: 'AMD derived, 2025Q1: a derived series is computed, not typed in; nothing was pasted.',
      },
    });
  });
});

describe("the Data grid's copy text and saved cells", () => {
  it('copies the number in full, with a percent sign in a percent series', () => {
    expect(cellCopyText(revenue, '2025Q1')).toBe('3674');
    expect(cellCopyText(share, '2025Q1')).toBe('27.2%');
    expect(cellCopyText(revenue, '2025Q2')).toBe('');
    expect(batchSavedText('paste', 6)).toBe('Pasted 6 cells');
    expect(batchSavedText('clear', 1)).toBe('Cleared 1 cell');
    expect(batchSavedText('paste', 10_000)).toBe('Pasted 10,000 cells');
  });

  it('puts saved cells into their rows, copying each changed row once and keeping the others', () => {
    const rows = [revenue, share];
    const next = withObservations(rows, [
      { seriesKey: revenue.key, period: '2025Q1', observation: null },
      { seriesKey: revenue.key, period: '2025Q2', observation: observation(revenue.key, '2025Q2', 3240) },
    ]);
    expect(next[1]).toBe(share);
    expect(Object.keys(next[0]!.values)).toEqual(['2025Q2']);
    expect(revenue.values['2025Q1']?.value).toBe(3674);
  });
});
