import { describe, expect, it } from 'vitest';
import type { LayoutStorage } from '../../../renderer/state/grid-layout';
import { readPeriodView, writePeriodView } from '../../../renderer/state/period-view';

function memoryStorage(failing = false): LayoutStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => {
      if (failing) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (failing) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('the period view kept per workbook and grid', () => {
  it('keeps Years only per workbook file and grid, quarters elsewhere', () => {
    const storage = memoryStorage();
    expect(readPeriodView(storage, '/a/w.iwb', 'data')).toBe('quarters');
    writePeriodView(storage, '/a/w.iwb', 'data', 'years');
    expect(readPeriodView(storage, '/a/w.iwb', 'data')).toBe('years');
    expect(readPeriodView(storage, '/a/other.iwb', 'data')).toBe('quarters');
    expect(readPeriodView(storage, '/a/w.iwb', 'scenarios')).toBe('quarters');
    writePeriodView(storage, '/a/w.iwb', 'data', 'quarters');
    expect(readPeriodView(storage, '/a/w.iwb', 'data')).toBe('quarters');
  });

  it('opens on the quarters when the storage cannot be read or written', () => {
    const storage = memoryStorage(true);
    expect(() => writePeriodView(storage, '/w.iwb', 'data', 'years')).not.toThrow();
    expect(readPeriodView(storage, '/w.iwb', 'data')).toBe('quarters');
  });
});
