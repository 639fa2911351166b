import { describe, expect, it } from 'vitest';
import { readGridLayout, writeGridLayout, type LayoutStorage } from '../../../renderer/state/grid-layout';

/** A Storage over a Map, as localStorage keeps strings; `full` makes setItem throw as a full one does. */
function memoryStorage(full = false): LayoutStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('grid layout kept per workbook and grid', () => {
  it('keeps widths and the first row and column per workbook file and grid', () => {
    const storage = memoryStorage();
    const layout = { widths: { label: 300, '2025Q1': 90 }, firstRow: 12, firstColumn: '2024Q1' };
    writeGridLayout(storage, '/a/Q3 thesis.iwb', 'data', layout);
    expect(readGridLayout(storage, '/a/Q3 thesis.iwb', 'data')).toEqual(layout);
    expect(readGridLayout(storage, '/a/other.iwb', 'data')).toBeNull();
    expect(readGridLayout(storage, '/a/Q3 thesis.iwb', 'scenarios')).toBeNull();
  });

  it('reads what it can of a damaged entry and nothing of an unreadable one', () => {
    const storage = memoryStorage();
    storage.setItem(
      'iwb.grid-layout:data:/w.iwb',
      '{"widths":{"a":100,"b":-4,"c":"wide","d":99999},"firstRow":-3}',
    );
    expect(readGridLayout(storage, '/w.iwb', 'data')).toEqual({
      widths: { a: 100 },
      firstRow: 0,
      firstColumn: null,
    });
    storage.setItem('iwb.grid-layout:data:/w.iwb', '{not json');
    expect(readGridLayout(storage, '/w.iwb', 'data')).toBeNull();
    storage.setItem('iwb.grid-layout:data:/w.iwb', '7');
    expect(readGridLayout(storage, '/w.iwb', 'data')).toBeNull();
  });

  it('gives up quietly when the storage is full', () => {
    const storage = memoryStorage(true);
    expect(() =>
      writeGridLayout(storage, '/w.iwb', 'data', { widths: {}, firstRow: 0, firstColumn: null }),
    ).not.toThrow();
    expect(readGridLayout(storage, '/w.iwb', 'data')).toBeNull();
  });
});
