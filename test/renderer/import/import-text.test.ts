import { describe, expect, it } from 'vitest';
import {
  commitBlocker,
  commitLabel,
  describeCounts,
  describeFile,
  describeProgress,
  describeResult,
  describeUndo,
  formatBytes,
  formatTime,
} from '../../../renderer/features/import/import-text';
import { samplePreview } from './sample-preview';

const settled = { isReading: false, previewError: null };

describe('import texts', () => {
  it('writes sizes for people', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(54 * 1024 * 1024)).toBe('54 MB');
    expect(describeFile(samplePreview().file)).toBe('amd.csv · 2 KB · delimited text');
  });

  it('names what the Import button will write', () => {
    expect(commitLabel(samplePreview())).toBe('Import 2 values');
    const nothing = samplePreview({
      totals: { values: 3, new: 0, changed: 0, unchanged: 3, blank: 0, errors: 0 },
    });
    expect(commitLabel(nothing)).toBe('Import (nothing changes)');
  });

  it('says why Import is disabled and what to do', () => {
    expect(commitBlocker(samplePreview(), settled)).toBeNull();
    expect(commitBlocker(samplePreview(), { isReading: true, previewError: null })).toMatch(/Wait/);
    expect(commitBlocker(samplePreview(), { isReading: false, previewError: 'x' })).toMatch(/change them/);
    const guessed = samplePreview({
      canCommit: false,
      toConfirm: [{ option: 'decimal', guess: ',', evidence: 'line 2: "1,5"' }],
    });
    expect(commitBlocker(guessed, settled)).toBe('Confirm the decimal mark above first.');
    const errors = samplePreview({
      canCommit: false,
      totals: { values: 2, new: 2, changed: 0, unchanged: 0, blank: 0, errors: 3 },
    });
    expect(commitBlocker(errors, settled)).toBe(
      '3 rows have errors: fix the file, or choose “Skip bad rows”.',
    );
    const unmapped = samplePreview({
      canCommit: false,
      options: { delimiter: ',', decimal: '.', onError: 'skip' },
      issues: [{ line: 1, column: null, value: '', message: 'no column holds the values' }],
    });
    expect(commitBlocker(unmapped, settled)).toBe(
      'The columns cannot be read as mapped: no column holds the values. Change the column roles.',
    );
  });

  it('describes progress, the result of a commit and of an undo', () => {
    expect(describeProgress({ phase: 'idle', bytesRead: 0, totalBytes: 0, values: 0 }, 'preview')).toBe(
      'Reading the file…',
    );
    expect(
      describeProgress({ phase: 'commit', bytesRead: 450, totalBytes: 1000, values: 12345 }, 'commit'),
    ).toBe('Writing to the workbook… 45% · 12,345 values');
    const result = {
      importId: 4,
      inserted: 1200,
      updated: 3,
      unchanged: 0,
      skipped: 1,
      seriesCreated: 1,
      issues: [],
      matches: [],
    };
    expect(describeResult(result)).toBe(
      'Import 4: 1,200 new, 3 updated, 0 unchanged, 1 skipped, 1 series created.',
    );
    expect(describeUndo({ importId: 4, restored: 3, removed: 1200, kept: 1, seriesRemoved: 2 })).toBe(
      'Undid import 4: 3 restored, 1,200 removed, 1 kept (edited since), 2 series removed.',
    );
  });

  it('writes the history’s times in local time and its counts', () => {
    expect(formatTime('2026-11-25T14:03:00.000Z')).toMatch(/^2026-11-2[4-6] \d\d:03$/);
    expect(formatTime('not a time')).toBe('not a time');
    const record = {
      id: 1,
      fileName: 'a.csv',
      sha256: '',
      recipe: null,
      options: {},
      inserted: 2,
      updated: 1,
      unchanged: 0,
      skipped: 0,
      importedAt: '',
      undoneAt: null,
    };
    expect(describeCounts(record)).toBe('2 new · 1 updated · 0 unchanged · 0 skipped');
  });
});
