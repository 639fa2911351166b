import type { MarketData } from '../projection/market/market-history';

/**
 * The default workbook's series as the market model reads them (db/seed/*.csv), for the benchmarks:
 * AMD DC 2023Q1-2026Q1, NVIDIA DC by stored quarter 2022Q4-2026Q1, Broadcom AI, AMD x86 revenue share.
 */
const quarters = (from: number, values: readonly number[]) =>
  values.map((value, i) => ({ period: `${from + Math.floor(i / 4)}Q${(i % 4) + 1}`, value }));

export const DATA: MarketData = {
  amdDataCenter: quarters(
    2023,
    [1295, 1320, 1600, 2280, 2340, 2830, 3500, 3860, 3674, 3240, 4340, 5400, 5800],
  ),
  nvidiaDataCenter: {
    fiscalYearEndMonth: 1,
    quarters: [
      { period: '2022Q4', value: 3620 },
      ...quarters(
        2023,
        [4280, 10320, 14510, 18400, 22600, 26300, 30800, 35600, 39100, 41100, 51215, 62300, 75200],
      ),
    ],
    years: [],
  },
  broadcomAi: {
    fiscalYearEndMonth: 10,
    quarters: [{ period: '2024Q4', value: 4100 }, ...quarters(2025, [4400, 5200, 6500])],
    years: [
      { period: '2023', value: 3800 },
      { period: '2024', value: 12200 },
      { period: '2025', value: 20000 },
    ],
  },
  x86RevenueShare: [
    { period: '2023Q1', value: 27.8 },
    { period: '2023Q3', value: 31.2 },
    { period: '2023Q4', value: 31.8 },
    { period: '2024Q1', value: 33 },
    { period: '2024Q3', value: 33.9 },
    { period: '2024Q4', value: 35.5 },
    { period: '2025Q1', value: 39.4 },
    { period: '2025Q4', value: 41.3 },
    { period: '2026Q1', value: 46.2 },
  ],
  instinctEstimates: [],
};
