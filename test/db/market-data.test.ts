import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMarketData, type MarketWorkbookData } from '../../db/market-data';
import { createWorkbook, type Workbook } from '../../db/workbook';
import { buildMarketHistory, type MarketHistoryQuarter } from '../../projection/market/market-history';
import { projectMarket } from '../../projection/market/market-projection';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
let wb: Workbook;
let data: MarketWorkbookData;
let history: MarketHistoryQuarter[];

beforeAll(() => {
  wb = createWorkbook(join(temp.dir, 'market.iwb'));
  data = loadMarketData(wb.db);
  history = buildMarketHistory(data.market);
});
afterAll(() => {
  wb.close();
  temp.cleanup();
});

const year = (y: number, part: keyof MarketHistoryQuarter) =>
  history.filter((q) => q.period.startsWith(String(y))).reduce((s, q) => s + (q[part] as number), 0);

describe('the market model on the default workbook', () => {
  it('reads the series with their fiscal calendars, capex for quarters all four reported, and the x86 fit', () => {
    expect(data.market.nvidiaDataCenter.fiscalYearEndMonth).toBe(1);
    expect(data.market.broadcomAi.fiscalYearEndMonth).toBe(10);
    expect(data.market.broadcomAi.years.map((y) => y.period)).toEqual(['2023', '2024', '2025']);
    expect(data.market.instinctEstimates).toHaveLength(4);
    expect(data.capex[0]?.period).toBe('2022Q1');
    expect(data.capex.at(-1)?.period).toBe('2026Q1');
    expect(data.x86Fit?.speed).toBeGreaterThan(0);
  });

  it('rebuilds every quarter from 2023Q1 to 2026Q1, the last one AMD and NVIDIA reported', () => {
    expect(history[0]?.period).toBe('2023Q1');
    expect(history.at(-1)?.period).toBe('2026Q1');
    expect(history).toHaveLength(13);
  });

  it('is plausible against the reported figures', () => {
    // AMD put the 2023 market at 45 B$ (Dec 2023); NVIDIA's accelerators alone (85% of its Data
    // Center revenue: FY2025 115.2 B$ ~ calendar 2024, FY2026 193.7 B$ ~ 2025) sit below the total.
    expect(year(2023, 'total')).toBeGreaterThan(38000);
    expect(year(2023, 'total')).toBeLessThan(52000);
    expect(year(2024, 'total')).toBeGreaterThan(115200 * 0.85);
    expect(year(2025, 'total')).toBeGreaterThan(193700 * 0.85);
    // AMD: more than 5 B$ of Instinct in 2024, above 1 B$ first in 2024Q2 (so below it in 2024Q1),
    // the press's "north of 1.5 B$" in 2024Q3; 2025 between 6.5 and 8 B$ as public commentary has it.
    expect(year(2024, 'amd')).toBeGreaterThan(5000);
    const quarter = (p: string) => history.find((q) => q.period === p)!;
    expect(quarter('2024Q1').amd).toBeLessThan(1000);
    expect(quarter('2024Q2').amd).toBeGreaterThan(1000);
    expect(quarter('2024Q3').amd).toBeGreaterThan(1500);
    expect(year(2025, 'amd')).toBeGreaterThan(6500);
    expect(year(2025, 'amd')).toBeLessThan(8000);
    // EPYC stays a growing server CPU business.
    expect(year(2024, 'epyc')).toBeGreaterThan(year(2023, 'epyc'));
    expect(year(2025, 'epyc')).toBeGreaterThan(year(2024, 'epyc'));
    for (const q of history) {
      expect(q.amd).toBeLessThanOrEqual(q.dataCenter);
      expect(q.epyc).toBeGreaterThan(0.4 * q.dataCenter);
    }
  });

  it("projects from 2026Q1 with the default scenario to AMD's 2028 TAM statement", () => {
    const projection = projectMarket({ history, capex: data.capex, x86Fit: data.x86Fit ?? undefined });
    expect(projection.jumpOff.quarter).toBe('2026Q1');
    const tam2028 = projection.years.find((y) => y.year === 2028)!.tam;
    // AMD: more than 500 B$ in 2028.
    expect(tam2028).toBeGreaterThan(450000);
    expect(tam2028).toBeLessThan(650000);
  });
});
