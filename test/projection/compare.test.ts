import { describe, expect, it } from 'vitest';
import { compareSides, type CompareSide } from '../../projection/compare';
import { DEFAULT_DEALS } from '../../projection/market/deals';

const side = (name: string, over: Partial<CompareSide> = {}): CompareSide => ({
  name,
  assumptions: { 'tam.growth': 0.55, 'amd.inference.shareCeiling': 0.22 },
  growthOverrides: {},
  deals: DEFAULT_DEALS,
  years: [{ year: 2027, tam: 440000, instinctRevenue: 28000, nvidiaRevenue: 327000 }],
  ...over,
});

describe('compareSides', () => {
  it('lists every assumption, override, deal and yearly output with b − a, marking what differs', () => {
    const a = side('Base');
    const b = side('Bear', {
      assumptions: { 'tam.growth': 0.45, 'amd.inference.shareCeiling': 0.22 },
      growthOverrides: { 2028: 0.2 },
      deals: [
        { ...DEFAULT_DEALS[0]!, gigawatts: 4 },
        { ...DEFAULT_DEALS[1]!, startQuarter: '2027Q1' },
      ],
      years: [{ year: 2027, tam: 385000, instinctRevenue: 16000, nvidiaRevenue: 284000 }],
    });
    const c = compareSides(a, b);
    const row = (item: string) => [...c.assumptions, ...c.outputs].find((r) => r.item === item)!;
    expect(row('tam.growth')).toMatchObject({ a: 0.55, b: 0.45, isChanged: true });
    expect(row('tam.growth').difference).toBeCloseTo(-0.1, 12);
    expect(row('amd.inference.shareCeiling')).toMatchObject({ difference: 0, isChanged: false });
    expect(row('tam.growth@2028')).toMatchObject({ a: null, b: 0.2, difference: null, isChanged: true });
    // 6 GW × 50 × 25% × 1000 = 75,000 against 4 GW: 50,000.
    expect(row('deal:OpenAI')).toMatchObject({ a: 75000, b: 50000, difference: -25000, isChanged: true });
    // Meta re-timed, same value: still a change.
    expect(row('deal:Meta')).toMatchObject({ difference: 0, isChanged: true });
    expect(row('instinctRevenue:2027')).toMatchObject({
      a: 28000,
      b: 16000,
      difference: -12000,
      isChanged: true,
    });
  });

  it('finds nothing changed between a side and itself', () => {
    const c = compareSides(side('A'), side('B'));
    expect([...c.assumptions, ...c.outputs].some((r) => r.isChanged)).toBe(false);
  });
});
