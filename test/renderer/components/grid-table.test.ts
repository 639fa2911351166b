import { describe, expect, it } from 'vitest';
import { columnHeader, exportCell } from '../../../renderer/components/grid-table';

describe('a grid cell in a CSV', () => {
  it('as shown: the text the grid draws, a blank as nothing, a number without a formatter as the number', () => {
    expect(exportCell(3674.4, '3,674', 'shown')).toBe('3,674');
    expect(exportCell(0.252, '25.2%', 'shown')).toBe('25.2%');
    expect(exportCell('2027Q2', null, 'shown')).toBe('2027Q2');
    expect(exportCell(12.5, null, 'shown')).toBe(12.5);
    expect(exportCell(null, '', 'shown')).toBeNull();
    expect(exportCell(undefined, null, 'shown')).toBeNull();
  });

  it('raw: a number as it is, text as it is, a blank as nothing, anything else as the grid draws it', () => {
    expect(exportCell(3674.4, '3,674', 'raw')).toBe(3674.4);
    expect(exportCell(0.252, '25.2%', 'raw')).toBe(0.252);
    expect(exportCell('Base', null, 'raw')).toBe('Base');
    expect(exportCell('', null, 'raw')).toBeNull();
    expect(exportCell(Number.NaN, '', 'raw')).toBeNull();
    expect(exportCell({ verdict: 'meets' }, '✓ meets', 'raw')).toBe('✓ meets');
    expect(exportCell(true, null, 'raw')).toBe('true');
  });

  it("names a column under its groups' names", () => {
    expect(columnHeader(['2026'], 'Q1')).toBe('2026 · Q1');
    expect(columnHeader(['Instinct revenue, USD millions', ''], 'Base · 50%')).toBe(
      'Instinct revenue, USD millions · Base · 50%',
    );
    expect(columnHeader([], 'Output')).toBe('Output');
  });
});
