import {
  AreaSeriesModule,
  CrossLinesModule,
  LegendModule,
  LineSeriesModule,
  LocaleModule,
  LogAxisModule,
  NumberAxisModule,
  ScatterSeriesModule,
  type AgChartModule,
} from 'ag-charts-community';

/**
 * The AG Charts modules the app's charts use (v14 ships features as modules): number and log axes, line,
 * (stacked) area and scatter series, cross lines, the legend and the locale for tooltips. Passed to each chart
 * rather than registered globally, so each chart says what it needs.
 */
export const CHART_MODULES: AgChartModule[] = [
  NumberAxisModule,
  LogAxisModule,
  LineSeriesModule,
  AreaSeriesModule,
  ScatterSeriesModule,
  CrossLinesModule,
  LegendModule,
  LocaleModule,
];

/**
 * The same without AG Charts' legend, for a chart whose legend is HTML (ChartLegend.tsx): with the
 * module present AG Charts works out its legend's entries on every update, even with the legend off.
 */
export const CHART_MODULES_WITHOUT_LEGEND: AgChartModule[] = CHART_MODULES.filter((m) => m !== LegendModule);
