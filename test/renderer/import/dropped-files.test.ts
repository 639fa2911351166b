import { describe, expect, it } from 'vitest';
import { checkDroppedFiles, isImportableName } from '../../../renderer/features/import/dropped-files';
import { companiesInPreview } from '../../../renderer/features/import/fiscal-year-ends';
import { row, samplePreview } from './sample-preview';

describe('dropped files', () => {
  it('takes one CSV, TSV, TXT or XLSX file, whatever the case of its extension', () => {
    for (const name of ['q3.csv', 'Q3.CSV', 'data.tsv', 'notes.txt', 'IR deck.xlsx']) {
      expect(isImportableName(name), name).toBe(true);
    }
    const file = { name: 'q3.csv' };
    expect(checkDroppedFiles([file])).toEqual({ ok: true, value: file });
  });

  it('refuses other files, naming them, and more than one file', () => {
    expect(checkDroppedFiles([{ name: 'deck.pdf' }])).toEqual({
      ok: false,
      error: {
        code: 'invalid_file',
        message:
          'deck.pdf: not a CSV, TSV, TXT or XLSX file, so it cannot be imported; nothing was imported.',
      },
    });
    for (const name of ['csv', '.csv', 'old.xls', 'archive.csv.zip'])
      expect(isImportableName(name), name).toBe(false);
    expect(checkDroppedFiles([{ name: 'a.csv' }, { name: 'b.csv' }])).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/one file at a time \(2 were dropped\)/) as unknown },
    });
    expect(checkDroppedFiles([])).toMatchObject({ ok: false });
  });
});

describe('companies offered for a fiscal year end', () => {
  it('lists each company the preview names once, as written where it can', () => {
    const preview = samplePreview({
      options: { delimiter: ',', decimal: '.', company: 'Broadcom' },
      rows: [row({ seriesKey: 'nvidia.revenue_data_center' }), row({ seriesKey: 'broadcom.ai_revenue' })],
      newSeries: [
        {
          key: 'nvidia.x',
          label: 'NVIDIA x',
          unit: 'USD millions',
          company: 'NVIDIA',
          metric: 'x',
          fiscalCalendar: 'nvidia',
        },
      ],
    });
    expect(companiesInPreview(preview)).toEqual(['Broadcom', 'NVIDIA']);
  });
});
