import { describe, expect, it } from 'vitest';
import type { FindHit, FindResult } from '../../../projection/find-query';
import { countText, hitText, stepHit } from '../../../renderer/features/data/find-model';

const hit = (period: string | null, field: FindHit['field'], text: string): FindHit => ({
  seriesKey: 'amd.revenue_data_center',
  seriesLabel: 'AMD Data Center revenue',
  period,
  field,
  text,
});
const result = (count: number, isTruncated = false): FindResult => ({
  hits: Array.from({ length: count }, (_, i) => hit(`2025Q${i + 1}`, 'value', String(i))),
  isTruncated,
});

describe('find bar model', () => {
  it('steps through the hits, wrapping both ways, and starts at the first or the last', () => {
    const three = { result: result(3), index: -1 };
    expect(stepHit(three, 1).index).toBe(0);
    expect(stepHit(three, -1).index).toBe(2);
    expect(stepHit({ ...three, index: 2 }, 1).index).toBe(0);
    expect(stepHit({ ...three, index: 0 }, -1).index).toBe(2);
    expect(stepHit({ result: result(0), index: -1 }, 1).index).toBe(-1);
  });

  it('counts as Excel says it: matches, then "n of m", with + when the search was cut short', () => {
    expect(countText({ result: result(0), index: -1 })).toBe('No matches');
    expect(countText({ result: result(1), index: -1 })).toBe('1 match');
    expect(countText({ result: result(3), index: -1 })).toBe('3 matches');
    expect(countText({ result: result(3), index: 1 })).toBe('2 of 3');
    expect(countText({ result: result(500, true), index: 11 })).toBe('12 of 500+');
  });

  it('names where a hit is and what matched', () => {
    expect(hitText(hit('2025Q1', 'value', '3674.25'))).toEqual({
      where: 'AMD Data Center revenue, 2025Q1',
      what: 'value 3,674.25',
    });
    expect(hitText(hit(null, 'series', 'Data Center'))).toEqual({
      where: 'AMD Data Center revenue',
      what: 'name Data Center',
    });
    expect(hitText(hit('2025Q1', 'source', 'x'.repeat(100))).what).toBe(`source ${'x'.repeat(79)}…`);
  });
});
