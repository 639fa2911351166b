import { describe, expect, it } from 'vitest';
import { NEW_SERIES, SKIP_SERIES } from '../../../projection/import-types';
import { describeMatch, readSeriesChoice } from '../../../renderer/features/import/series-choice';

const labels = new Map([
  ['amd.revenue_data_center', 'AMD Data Center revenue'],
  ['nvidia.revenue_data_center', 'NVIDIA Data Center revenue'],
]);

describe('series choices in the import preview', () => {
  it.each([
    [
      { outcome: 'alias', series: 'amd.revenue_data_center', candidates: [] },
      '→ AMD Data Center revenue (by alias)',
    ],
    [
      { outcome: 'words', series: 'amd.revenue_data_center', candidates: [] },
      '→ AMD Data Center revenue (by company and metric)',
    ],
    [
      { outcome: 'chosen', series: 'nvidia.revenue_data_center', candidates: [] },
      '→ NVIDIA Data Center revenue (your choice)',
    ],
    [{ outcome: 'new', series: 'amd.widgets', candidates: [] }, '→ new series amd.widgets'],
    [{ outcome: 'skip', series: null, candidates: [] }, 'skipped (its rows are left out)'],
    [
      {
        outcome: 'ambiguous',
        series: null,
        candidates: ['amd.revenue_data_center', 'nvidia.revenue_data_center'],
      },
      'ambiguous: AMD Data Center revenue or NVIDIA Data Center revenue',
    ],
    [
      { outcome: 'unmatched', series: null, candidates: ['amd.revenue_gaming'] },
      'no series (nearest: amd.revenue_gaming)',
    ],
  ] as const)('describes %j', (match, text) => {
    expect(describeMatch({ name: 'x', ...match }, labels)).toBe(text);
  });

  it('reads a key, a label in any case, "new series", "skip" and blank', () => {
    expect(readSeriesChoice(' NVIDIA.revenue_data_center ', labels)).toEqual({
      ok: true,
      value: 'nvidia.revenue_data_center',
    });
    expect(readSeriesChoice('amd data center revenue', labels)).toEqual({
      ok: true,
      value: 'amd.revenue_data_center',
    });
    expect(readSeriesChoice('New series', labels)).toEqual({ ok: true, value: NEW_SERIES });
    expect(readSeriesChoice('skip', labels)).toEqual({ ok: true, value: SKIP_SERIES });
    expect(readSeriesChoice('  ', labels)).toEqual({ ok: true, value: null });
    expect(readSeriesChoice('Widgets', labels)).toMatchObject({
      ok: false,
      error: { message: /"Widgets" is no series of the workbook/ },
    });
  });
});
