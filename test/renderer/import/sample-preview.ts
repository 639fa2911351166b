import type { ImportPreviewDto, PreviewRowDto } from '../../../electron/contract';

const DC = 'amd.revenue_data_center';

/** A row of a preview, as main sends it. */
export function row(overrides: Partial<PreviewRowDto>): PreviewRowDto {
  return {
    line: 2,
    status: 'new',
    seriesKey: DC,
    periodLabel: '2030Q1',
    period: '2030Q1',
    value: 5000,
    qualifier: 'exact',
    source: 'https://new',
    note: null,
    before: null,
    message: null,
    ...overrides,
  };
}

/**
 * A preview as main sends one for a small long CSV (a changed value and a new one), to change
 * field by field in each test.
 */
export function samplePreview(overrides: Partial<ImportPreviewDto> = {}): ImportPreviewDto {
  return {
    previewId: 7,
    file: { name: 'amd.csv', size: 2048, sha256: 'ab', kind: 'text', sheet: null, sheets: [] },
    headers: ['period', 'series', 'value', 'source'],
    mapping: { shape: 'long', headerRow: 0, columns: ['period', 'series', 'value', 'source'] },
    options: { delimiter: ',', decimal: '.' },
    toConfirm: [],
    recipe: null,
    headerSignature: 'period|series|value|source',
    totals: { values: 2, new: 1, changed: 1, unchanged: 0, blank: 0, errors: 0 },
    rows: [
      row({
        status: 'changed',
        periodLabel: '2025Q1',
        period: '2025Q1',
        value: 3700,
        before: { value: 3674, source: 'https://old' },
      }),
      row({ line: 3 }),
    ],
    issues: [],
    newSeries: [],
    matches: [],
    canCommit: true,
    ...overrides,
  };
}
