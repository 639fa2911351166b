import type { ProjectionDataDto, ScenarioDto } from '../../electron/contract';
import { withDefaults } from '../../projection/assumptions';
import { formatQuarter, quarterFromIndex } from '../../projection/period';
import { DEFAULT_SCENARIOS } from '../../projection/scenarios';

/** The default bull, base and bear scenarios with every assumption written out, as a new workbook holds them. */
export function defaultScenarios(): ScenarioDto[] {
  return DEFAULT_SCENARIOS.map((s) => ({
    name: s.name,
    description: s.description,
    probability: s.probability,
    assumptions: { ...withDefaults(s.assumptions) },
    growthOverrides: {},
  }));
}

/**
 * Workbook data shaped like the default workbook's: reported to 2026Q1, an x86 share history that
 * follows a logistic (ceiling 34%, k 0.16, midpoint 2022Q4) from 2018Q1, eight quarters of capex
 * of 100,000 each, and Instinct estimates as lower bounds.
 */
export function sampleData(): ProjectionDataDto {
  const x86History = Array.from({ length: 32 }, (_, i) => {
    const index = 2018 * 4 + i;
    const share = 34 / (1 + Math.exp(-0.16 * (index - (2022 * 4 + 3))));
    return { period: formatQuarter(quarterFromIndex(index)), value: +share.toFixed(2) };
  });
  const capexQuarters = Array.from({ length: 8 }, (_, i) => ({
    period: formatQuarter(quarterFromIndex(2024 * 4 + 2 + i)),
    value: 100_000,
  }));
  return {
    lastReportedQuarter: '2026Q1',
    x86History,
    capexQuarters,
    instinctEstimates: [
      { period: '2024Q3', value: 1500, qualifier: 'lower_bound', label: 'Workbook estimate (lower bound)' },
      { period: '2024', value: 5000, qualifier: 'lower_bound', label: 'Workbook estimate (lower bound)' },
    ],
  };
}
