import type { AgCartesianChartOptions, AgCartesianSeriesOptions } from 'ag-charts-community';
import type { QuarterPeriod } from '../../../projection/period';
import { formatMoney, formatPercent } from '../../components/number-format';
import { moneyAxis, timeAxis } from './chart-axes';
import { BASE_CHART_OPTIONS, type ChartPalette } from '../../components/chart-style';
import { describePeriod, type ChartGrain, type PeriodDatum } from './period-data';

// The series hold no data: the options' own `data` does, so an edit changes only `data`, which
// AG Charts applies on its fast path (ChartOptions.isFastPathDelta).
const area = (
  yKey: keyof PeriodDatum,
  yName: string,
  color: string,
  tooltip: object,
): AgCartesianSeriesOptions =>
  ({
    type: 'area',
    xKey: 'x',
    yKey,
    yName,
    stacked: true,
    fill: color,
    fillOpacity: 0.75,
    stroke: color,
    strokeWidth: 1,
    tooltip,
  }) as AgCartesianSeriesOptions;

const DEALS_TOOLTIP = {
  renderer: ({ datum, yName }: { datum: PeriodDatum; yName?: string }) => {
    const instinct = datum.fromDeals + datum.fromShare;
    return {
      heading: describePeriod(datum),
      title: yName ?? '',
      data: [
        { label: 'Instinct revenue (share-driven)', value: `${formatMoney(instinct)} USD M` },
        { label: 'of which covered by deals', value: `${formatMoney(datum.fromDeals)} USD M` },
        { label: 'from the rest of the market', value: `${formatMoney(datum.fromShare)} USD M` },
        { label: "Deals' floor", value: `${formatMoney(datum.dealFloor)} USD M` },
        ...(datum.isBelowDeals
          ? [{ label: 'Below the deals', value: 'share-driven revenue is under the committed floor' }]
          : []),
      ],
    };
  },
};

/**
 * Instinct revenue of one scenario (USD millions), the part the deals cover and the part from
 * the rest of the market stacked, with the deals' committed floor as a line: where the line is
 * above the stack, the scenario's share-driven revenue falls short of its deals.
 */
export function buildDealsChartOptions(
  data: readonly PeriodDatum[],
  jumpOff: QuarterPeriod,
  grain: ChartGrain,
  palette: ChartPalette,
): AgCartesianChartOptions {
  const floor: AgCartesianSeriesOptions = {
    type: 'line',
    xKey: 'x',
    yKey: 'dealFloor',
    title: "Deals' floor (committed revenue)",
    stroke: palette.floor,
    strokeWidth: 2,
    lineDash: [6, 3],
    marker: { enabled: false },
    tooltip: DEALS_TOOLTIP,
  };
  return {
    ...BASE_CHART_OPTIONS,
    data: [...data],
    series: [
      area('fromDeals', 'Covered by deals', palette.deals, DEALS_TOOLTIP),
      area('fromShare', 'Beyond the deals (from share)', palette.share, DEALS_TOOLTIP),
      floor,
    ],
    axes: {
      x: timeAxis(data.at(-1)?.x, jumpOff, grain, palette),
      y: moneyAxis('Instinct revenue, USD millions'),
    },
  } as AgCartesianChartOptions;
}

const SEGMENT_TOOLTIP = {
  renderer: ({ datum, yKey, yName }: { datum: PeriodDatum; yKey: string; yName?: string }) => {
    const isTraining = yKey === 'training';
    const tam = isTraining ? datum.training : datum.inference;
    const amd = isTraining ? datum.amdTraining : datum.amdInference;
    return {
      heading: describePeriod(datum),
      title: yName ?? '',
      data: [
        { label: 'Segment TAM', value: `${formatMoney(tam)} USD M` },
        { label: 'Share of the TAM', value: formatPercent(datum.tam > 0 ? tam / datum.tam : null) },
        { label: 'AMD Instinct in it', value: `${formatMoney(amd)} USD M` },
        { label: 'AMD share of the segment', value: formatPercent(tam > 0 ? amd / tam : null) },
      ],
    };
  },
};

/** The TAM split into training and inference (USD millions), stacked; AMD's part of each in the tooltip. */
export function buildSegmentChartOptions(
  data: readonly PeriodDatum[],
  jumpOff: QuarterPeriod,
  grain: ChartGrain,
  palette: ChartPalette,
): AgCartesianChartOptions {
  return {
    ...BASE_CHART_OPTIONS,
    data: [...data],
    series: [
      area('training', 'Training', palette.training, SEGMENT_TOOLTIP),
      area('inference', 'Inference', palette.inference, SEGMENT_TOOLTIP),
    ],
    axes: {
      x: timeAxis(data.at(-1)?.x, jumpOff, grain, palette),
      y: moneyAxis('TAM by segment, USD millions'),
    },
  } as AgCartesianChartOptions;
}
