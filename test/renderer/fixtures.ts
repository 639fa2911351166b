import type { ProjectionDataDto, ScenarioDto } from '../../electron/contract';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../projection/assumptions';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';

/**
 * The default bull, base and bear scenarios with every scenario assumption written out and their
 * deals, as a new workbook holds them (test/db/renderer-fixtures.test.ts checks it against one).
 */
export function defaultScenarios(): ScenarioDto[] {
  return DEFAULT_SCENARIOS.map((s) => ({
    name: s.name,
    description: s.description,
    probability: s.probability,
    assumptions: Object.fromEntries(
      ASSUMPTION_KEYS.map((key) => [key, s.assumptions[key] ?? DEFAULT_ASSUMPTIONS[key]]),
    ),
    growthOverrides: {},
    deals: s.deals,
  }));
}

/**
 * What `projection:data` answers for a new workbook (db/seed's series read by
 * db/projection-data.ts): AMD, NVIDIA and Broadcom's series, AMD's x86 revenue share, the seeded
 * Instinct estimates, hyperscaler capex, the x86 unit share and no history settings. The renderer's
 * tests cannot open a workbook (they are typed for the browser), so the data is written out here and
 * test/db/renderer-fixtures.test.ts checks it still equals a new workbook's.
 */
export function sampleData(): ProjectionDataDto {
  return DEFAULT_WORKBOOK_DATA;
}

const DEFAULT_WORKBOOK_DATA: ProjectionDataDto = {
  market: {
    amdDataCenter: [
      { period: '2022Q1', value: 1293 },
      { period: '2022Q2', value: 1486 },
      { period: '2022Q3', value: 1609 },
      { period: '2022Q4', value: 1700 },
      { period: '2023Q1', value: 1295 },
      { period: '2023Q2', value: 1320 },
      { period: '2023Q3', value: 1600 },
      { period: '2023Q4', value: 2280 },
      { period: '2024Q1', value: 2340 },
      { period: '2024Q2', value: 2830 },
      { period: '2024Q3', value: 3500 },
      { period: '2024Q4', value: 3860 },
      { period: '2025Q1', value: 3674 },
      { period: '2025Q2', value: 3240 },
      { period: '2025Q3', value: 4340 },
      { period: '2025Q4', value: 5400 },
      { period: '2026Q1', value: 5800 },
    ],
    nvidiaDataCenter: {
      fiscalYearEndMonth: 1,
      quarters: [
        { period: '2022Q4', value: 3620 },
        { period: '2023Q1', value: 4280 },
        { period: '2023Q2', value: 10320 },
        { period: '2023Q3', value: 14510 },
        { period: '2023Q4', value: 18400 },
        { period: '2024Q1', value: 22600 },
        { period: '2024Q2', value: 26300 },
        { period: '2024Q3', value: 30800 },
        { period: '2024Q4', value: 35600 },
        { period: '2025Q1', value: 39100 },
        { period: '2025Q2', value: 41100 },
        { period: '2025Q3', value: 51215 },
        { period: '2025Q4', value: 62300 },
        { period: '2026Q1', value: 75200 },
      ],
      years: [
        { period: '2023', value: 47500 },
        { period: '2024', value: 115200 },
        { period: '2025', value: 193700 },
      ],
    },
    broadcomAi: {
      fiscalYearEndMonth: 10,
      quarters: [
        { period: '2024Q4', value: 4100 },
        { period: '2025Q1', value: 4400 },
        { period: '2025Q2', value: 5200 },
        { period: '2025Q3', value: 6500 },
      ],
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
    instinctEstimates: [
      { period: '2023Q4', value: 400, qualifier: 'lower_bound' },
      { period: '2024Q2', value: 1000, qualifier: 'lower_bound' },
      { period: '2024Q3', value: 1500, qualifier: 'inference' },
      { period: '2024', value: 5000, qualifier: 'lower_bound' },
    ],
  },
  capex: [
    { period: '2022Q1', value: 35520 },
    { period: '2022Q2', value: 36990 },
    { period: '2022Q3', value: 39320 },
    { period: '2022Q4', value: 39500 },
    { period: '2023Q1', value: 33950 },
    { period: '2023Q2', value: 33510 },
    { period: '2023Q3', value: 37000 },
    { period: '2023Q4', value: 43020 },
    { period: '2024Q1', value: 44290 },
    { period: '2024Q2', value: 52850 },
    { period: '2024Q3', value: 58860 },
    { period: '2024Q4', value: 72340 },
    { period: '2025Q1', value: 71910 },
    { period: '2025Q2', value: 88250 },
    { period: '2025Q3', value: 97270 },
    { period: '2025Q4', value: 118630 },
    { period: '2026Q1', value: 129750 },
  ],
  x86History: [
    { period: '2017Q4', value: 0.8 },
    { period: '2018Q2', value: 1.4 },
    { period: '2018Q3', value: 1.6 },
    { period: '2018Q4', value: 3.2 },
    { period: '2019Q1', value: 2.9 },
    { period: '2019Q2', value: 3.4 },
    { period: '2019Q3', value: 4.3 },
    { period: '2019Q4', value: 4.5 },
    { period: '2020Q1', value: 5.1 },
    { period: '2020Q2', value: 5.8 },
    { period: '2020Q3', value: 6.6 },
    { period: '2020Q4', value: 7.1 },
    { period: '2021Q1', value: 8.9 },
    { period: '2021Q2', value: 9.5 },
    { period: '2021Q4', value: 10.7 },
    { period: '2022Q1', value: 11.6 },
    { period: '2022Q2', value: 13.9 },
    { period: '2022Q3', value: 17.5 },
    { period: '2022Q4', value: 17.6 },
    { period: '2023Q1', value: 18 },
    { period: '2023Q2', value: 18.6 },
    { period: '2023Q3', value: 23.3 },
    { period: '2023Q4', value: 23.1 },
    { period: '2024Q1', value: 23.6 },
    { period: '2024Q2', value: 24.1 },
    { period: '2024Q3', value: 24.2 },
    { period: '2024Q4', value: 25.1 },
    { period: '2025Q1', value: 27.2 },
    { period: '2025Q2', value: 27.3 },
    { period: '2025Q3', value: 27.8 },
    { period: '2025Q4', value: 28.8 },
    { period: '2026Q1', value: 33.2 },
  ],
  historyAssumptions: {},
};
