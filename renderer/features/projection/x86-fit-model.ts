import type { AgCartesianChartOptions } from 'ag-charts-community';
import type { LogisticFit, SharePoint } from '../../../projection/logistic-fit';
import { isQuarterPeriod } from '../../../projection/period';
import { quarterToYearFraction, yearFractionToQuarter } from '../../../projection/quarter-time';
import { logisticShare } from '../../../projection/logistic-fit';
import { formatPlain } from '../../components/number-format';
import { BASE_CHART_OPTIONS, type ChartPalette } from '../../components/chart-style';

/** One parameter of the x86 fit, as the view lists it. */
export interface FitParameter {
  readonly label: string;
  readonly value: string;
  readonly hint: string;
}

/** The fit's parameters for people: ceiling and shares in percent, speed per quarter, midpoint as a quarter. */
export function describeFit(fit: LogisticFit): FitParameter[] {
  return [
    { label: 'Ceiling', value: `${fit.ceiling.toFixed(1)}%`, hint: 'The share the curve levels off at' },
    {
      label: 'Speed k',
      value: `${formatPlain(fit.speed, 3)} per quarter`,
      hint: 'Logistic steepness; the Instinct ramp can reuse it (amd.rampSpeedVsEpyc)',
    },
    {
      label: 'Midpoint',
      value: `${fit.midpointQuarter} (${formatPlain(fit.midpoint, 2)})`,
      hint: 'The quarter of half the ceiling',
    },
    {
      label: 'R²',
      value: formatPlain(fit.rSquared, 3),
      hint: 'Share of the history’s variance the curve explains',
    },
    {
      label: '1% → 20% share',
      value:
        fit.quartersFrom1To20 === null
          ? 'never (ceiling ≤ 20%)'
          : `${fit.quartersFrom1To20.toFixed(1)} quarters`,
      hint: 'How long the fitted curve takes to climb from 1% to 20%',
    },
    {
      label: 'Quarters fitted',
      value: String(fit.observationCount),
      hint: 'Observations of AMD’s x86 server unit share',
    },
  ];
}

interface SharePointDatum {
  readonly x: number;
  readonly y: number;
  readonly period: string;
}

const tooltip = {
  renderer: ({ datum, title }: { datum: SharePointDatum; title?: string }) => ({
    heading: datum.period,
    title: title ?? '',
    data: [{ label: 'Unit share', value: `${datum.y.toFixed(1)}%` }],
  }),
};

/**
 * AMD's x86 server unit share (percent) per quarter with the fitted logistic, drawn one point per
 * quarter from the first observation to four years after the last.
 */
export function buildX86ChartOptions(
  history: readonly SharePoint[],
  fit: LogisticFit | null,
  palette: ChartPalette,
): AgCartesianChartOptions {
  const observed: SharePointDatum[] = history
    .filter((p) => isQuarterPeriod(p.period))
    .map((p) => ({ x: quarterToYearFraction(p.period), y: p.value, period: p.period }))
    .sort((a, b) => a.x - b.x);
  const first = observed[0]?.x ?? 0;
  const last = (observed.at(-1)?.x ?? 0) + 4;
  const curve: SharePointDatum[] = [];
  if (fit) {
    for (let x = first; x <= last + 1e-9; x += 0.25) {
      curve.push({
        x,
        y: logisticShare(x, 0, fit.ceiling, fit.midpoint, fit.speed),
        period: yearFractionToQuarter(x),
      });
    }
  }
  return {
    ...BASE_CHART_OPTIONS,
    series: [
      {
        type: 'line',
        data: curve,
        xKey: 'x',
        yKey: 'y',
        title: 'Fitted logistic',
        stroke: palette.fit,
        strokeWidth: 2,
        marker: { enabled: false },
        tooltip,
      },
      {
        type: 'scatter',
        data: observed,
        xKey: 'x',
        yKey: 'y',
        title: 'AMD x86 server unit share',
        size: 7,
        fill: palette.observed,
        stroke: palette.markerOutline,
        strokeWidth: 1,
        tooltip,
      },
    ],
    axes: {
      x: {
        type: 'number',
        position: 'bottom',
        nice: false,
        interval: { step: 2 },
        label: { formatter: ({ value }: { value: number }) => String(Math.round(value)) },
      },
      y: {
        type: 'number',
        position: 'left',
        min: 0,
        title: { text: 'Unit share, percent' },
        label: { formatter: ({ value }: { value: number }) => `${value}%` },
      },
    },
  };
}
