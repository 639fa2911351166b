import type { AgCartesianChartOptions } from 'ag-charts-community';

/** Line colours of the scenarios, in their order: bull green, base blue, bear orange, then more. */
export const SCENARIO_COLORS = [
  '#16a34a',
  '#2563eb',
  '#ea580c',
  '#9333ea',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#78716c',
];

export const scenarioColor = (index: number): string =>
  SCENARIO_COLORS[index % SCENARIO_COLORS.length] ?? '#6b7280';

/** The chart options every chart of the view shares: the app's font, no animation, legend below. */
export const BASE_CHART_OPTIONS = {
  theme: {
    baseTheme: 'ag-default',
    params: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", fontSize: 12 },
  },
  animation: { enabled: false },
  legend: { position: 'bottom' },
  padding: { top: 12, right: 20, bottom: 8, left: 8 },
} satisfies Partial<AgCartesianChartOptions>;
