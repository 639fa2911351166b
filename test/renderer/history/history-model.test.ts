import { describe, expect, it } from 'vitest';
import type { HistoryStepDto, StepDetailsDto } from '../../../electron/contract';
import {
  actorText,
  cellsHeading,
  stepOriginText,
  stepValueText,
} from '../../../renderer/features/history/history-model';

const step = (cellCount: number, actor: HistoryStepDto['actor'] = 'user'): HistoryStepDto => ({
  id: 7,
  at: '2026-11-30T15:04:00.000Z',
  kind: 'observations.set',
  summary: 'pasted',
  actor,
  cellCount,
});
const cell = { series: 'amd.revenue_data_center', period: '2025Q1', before: null, after: null };

describe('history panel words', () => {
  it('say who made a step, and a value with its source and who had set it', () => {
    expect(actorText(step(1))).toBe('You');
    expect(actorText(step(1, 'import'))).toBe('Import');
    expect(stepValueText(null)).toBe('blank');
    expect(stepValueText({ value: 3674.5, source: '', origin: 'user' })).toBe('3,674.5');
    expect(stepOriginText({ value: 1, source: 'AMD 10-Q', origin: 'import' })).toBe('import · AMD 10-Q');
    expect(stepOriginText({ value: 1, source: '', origin: 'defaults' })).toBe('default');
    expect(stepOriginText(null)).toBe('');
  });

  it("count a step's cells, the moved step's for an undo, and say when only the first are listed", () => {
    const details = (count: number, listed: number, moved: HistoryStepDto | null = null): StepDetailsDto => ({
      step: step(count),
      moved,
      cells: Array.from({ length: listed }, () => cell),
    });
    expect(cellsHeading(details(1, 1))).toBe('1 cell');
    expect(cellsHeading(details(10_000, 500))).toBe('10,000 cells; the first 500 listed');
    expect(cellsHeading(details(0, 2, step(2)))).toBe('2 cells');
    expect(cellsHeading(details(0, 0))).toMatch(/^No cells/);
  });
});
