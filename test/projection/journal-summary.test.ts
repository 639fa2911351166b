import { describe, expect, it } from 'vitest';
import type { CellState } from '../../projection/journal';
import { summarizeChange } from '../../projection/journal-summary';

const cell = (value: number, source: string, extra: Partial<CellState> = {}): CellState => ({
  value,
  qualifier: 'exact',
  source,
  note: '',
  importId: null,
  updatedAt: 't',
  ...extra,
});
const set = (before: CellState | null, after: CellState | null) =>
  summarizeChange({ kind: 'observation.set', series: 'amd.dc', period: '2025Q1', before, after });

describe('summarizeChange of a cell', () => {
  it.each([
    [null, cell(1, 'user entry'), 'amd.dc 2025Q1: blank → 1'],
    [cell(1, 'user entry'), cell(2, 'user entry'), 'amd.dc 2025Q1: 1 → 2'],
    // A hand edit over a cited figure names the citation it replaced.
    [
      cell(3674, 'https://ir.amd.com/q1'),
      cell(3700, 'user entry'),
      'amd.dc 2025Q1: 3674 → 3700 (source "https://ir.amd.com/q1" → "user entry")',
    ],
    [
      cell(3674, 'https://ir.amd.com/q1'),
      null,
      'amd.dc 2025Q1: 3674 → blank (source "https://ir.amd.com/q1" → none)',
    ],
    [cell(1, ''), cell(2, 'user entry'), 'amd.dc 2025Q1: 1 → 2'],
    // Only what is said of the value changed: those fields.
    [
      cell(3700, 'user entry'),
      cell(3700, '10-Q', { qualifier: 'approx', note: 'restated' }),
      'amd.dc 2025Q1: qualifier "exact" → "approx", source "user entry" → "10-Q", note "" → "restated"',
    ],
    [cell(1, 's'), cell(1, 's'), 'amd.dc 2025Q1: unchanged'],
  ])('%j → %j reads %s', (before, after, text) => {
    expect(set(before, after)).toBe(text);
  });
});
