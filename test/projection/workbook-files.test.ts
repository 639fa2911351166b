import { describe, expect, it } from 'vitest';
import { closeQuestion, describeActivity, windowTitle } from '../../projection/workbook-files';

describe('windowTitle', () => {
  it.each([
    ['Q3 thesis.iwb', null, false, 'Q3 thesis.iwb — Instinct Workbook'],
    ['Q3 thesis.iwb', 'importing', false, 'Q3 thesis.iwb — Importing… — Instinct Workbook'],
    ['Q3 thesis.iwb', 'exporting', true, 'Q3 thesis.iwb (read-only) — Exporting… — Instinct Workbook'],
    ['Q3 thesis.iwb', null, true, 'Q3 thesis.iwb (read-only) — Instinct Workbook'],
    [null, null, false, 'Instinct Workbook'],
  ] as const)('%s, %s, read-only %s: %s', (file, activity, isReadOnly, title) => {
    expect(windowTitle(file, activity, isReadOnly)).toBe(title);
  });
});

describe('closeQuestion', () => {
  it('lets a window close at once when nothing runs or only a preview reads', () => {
    expect(closeQuestion('a.iwb', null)).toBeNull();
    expect(closeQuestion('a.iwb', 'reading')).toBeNull();
  });

  it('asks about an import, saying nothing of it will be written, and about other work by its name', () => {
    expect(closeQuestion('a.iwb', 'importing')).toBe(
      'An import into a.iwb is running. Close the window and cancel it? Nothing of it will be written.',
    );
    expect(closeQuestion('a.iwb', 'exporting')).toBe(
      'a.iwb: exporting is not finished. Close the window and stop it?',
    );
    expect(describeActivity('restoring')).toBe('Restoring a backup…');
  });
});
