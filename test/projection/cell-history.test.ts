import { describe, expect, it } from 'vitest';
import { buildCellDetails, type CellStep, type ReplacedByImport } from '../../projection/cell-history';
import { describeOrigin, timeText } from '../../projection/cell-origin-text';
import type { CellState } from '../../projection/journal';
import type { Observation } from '../../projection/series-types';

const state = (
  value: number,
  source: string,
  updatedAt: string,
  importId: number | null = null,
): CellState => ({
  value,
  qualifier: 'exact',
  source,
  note: '',
  importId,
  updatedAt,
});
const T = (minute: number) => `2026-12-01T10:0${minute}:00.000Z`;
const current = (s: CellState): Observation => ({ seriesKey: 'a.b', period: '2025Q1', ...s });
const cell = { seriesKey: 'a.b', period: '2025Q1' };

describe('buildCellDetails', () => {
  it('orders earlier values newest first, telling an import and an edit of the same time apart by step', () => {
    const seeded = state(1, 'release', T(0));
    const imported = state(2, 'file', T(1), 7);
    const edited = state(3, 'user entry', T(1));
    const imports: ReplacedByImport[] = [
      { importId: 7, fileName: 'q.csv', at: T(1), undoneAt: null, step: 4, replaced: seeded },
    ];
    const steps: CellStep[] = [{ id: 5, at: T(1), kind: 'edit', of: null, before: imported, after: edited }];
    const details = buildCellDetails({
      ...cell,
      current: current(edited),
      steps,
      imports,
      currentImport: null,
    });
    expect(details.setBy).toEqual({ kind: 'edit', step: 5, at: T(1) });
    expect(details.earlier.map((e) => [e.state?.value, e.replacedBy.kind])).toEqual([
      [2, 'edit'],
      [1, 'import'],
    ]);
  });

  it('says an undo set the value when it put back an earlier state, and the default content otherwise', () => {
    const seeded = state(1, 'release', T(0));
    const edited = state(3, 'user entry', T(2));
    const steps: CellStep[] = [
      { id: 1, at: T(2), kind: 'edit', of: null, before: seeded, after: edited },
      { id: 2, at: T(3), kind: 'undo', of: 1, before: edited, after: seeded },
    ];
    const undone = buildCellDetails({
      ...cell,
      current: current(seeded),
      steps,
      imports: [],
      currentImport: null,
    });
    expect(undone.setBy).toEqual({ kind: 'undo', step: 2, of: 1, at: T(3) });
    const untouched = buildCellDetails({
      ...cell,
      current: current(seeded),
      steps: [],
      imports: [],
      currentImport: null,
    });
    expect(untouched.setBy).toEqual({ kind: 'default', at: T(0) });
    const blank = buildCellDetails({ ...cell, current: null, steps: [], imports: [], currentImport: null });
    expect(blank).toEqual({ ...cell, current: null, setBy: null, earlier: [] });
  });
});

describe('describeOrigin', () => {
  it.each([
    [
      { kind: 'import', importId: 3, fileName: 'q3.csv', at: T(1), undoneAt: null },
      'import 3 (q3.csv) on 2026-12-01 10:01',
    ],
    [
      { kind: 'import', importId: 3, fileName: 'q3.csv', at: T(1), undoneAt: T(2) },
      'import 3 (q3.csv) on 2026-12-01 10:01, undone 2026-12-01 10:02',
    ],
    [{ kind: 'edit', step: 12, at: T(1) }, 'hand edit (step 12) on 2026-12-01 10:01'],
    [{ kind: 'undo', step: 13, of: 12, at: T(1) }, 'undo of step 12 on 2026-12-01 10:01'],
    [{ kind: 'default', at: T(0) }, 'the default workbook (or a change made before the journal)'],
  ] as const)('%j reads "%s"', (origin, text) => {
    expect(describeOrigin(origin)).toBe(text);
  });

  it('keeps a time it cannot read as it is', () => {
    expect(timeText('yesterday')).toBe('yesterday');
  });
});
