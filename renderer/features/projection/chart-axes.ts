import type { AgCartesianAxisOptions } from 'ag-charts-community';
import type { QuarterPeriod } from '../../../projection/period';
import { quarterToYearFraction } from '../../../projection/quarter-time';
import { formatMoney } from '../../components/number-format';
import type { ChartPalette } from '../../components/chart-style';
import type { ChartGrain } from './period-data';

// Callbacks live at module level: a new function in the options on every recompute would make
// AG Charts treat the axes as changed and process them again from scratch.
const yearLabel = ({ value }: { value: number }): string => String(Math.round(value));
const moneyLabel = ({ value }: { value: number }): string => formatMoney(value);

/** Where the jump-off sits on the x axis: its quarter's start, or its year on a chart of years. */
export function jumpOffX(jumpOff: QuarterPeriod, grain: ChartGrain): number {
  return grain === 'years' ? Number(jumpOff.slice(0, 4)) : quarterToYearFraction(jumpOff);
}

/**
 * The time axis of the projection's charts: a year per tick, the jump-off (the last reported
 * quarter) as a dashed line and the projected periods behind a shaded band.
 */
export function timeAxis(
  lastX: number | undefined,
  jumpOff: QuarterPeriod,
  grain: ChartGrain,
  palette: ChartPalette,
): AgCartesianAxisOptions {
  const at = jumpOffX(jumpOff, grain);
  const end = lastX ?? at;
  return {
    type: 'number',
    position: 'bottom',
    nice: false,
    interval: { step: 1 },
    label: { formatter: yearLabel },
    crossLines: [
      {
        type: 'range',
        range: [at, end],
        fill: palette.projectionBand,
        fillOpacity: 0.7,
        strokeWidth: 0,
        label: {
          text: 'projection',
          position: 'inside-top-right',
          fontSize: 11,
          color: palette.historyMuted,
        },
      },
      {
        type: 'line',
        value: at,
        stroke: palette.floor,
        strokeWidth: 1.5,
        lineDash: [4, 3],
        label: {
          text: `jump-off ${jumpOff}`,
          position: 'top',
          fontSize: 11,
          color: palette.historyMuted,
        },
      },
    ],
  } as AgCartesianAxisOptions;
}

/** A y axis in USD millions, titled, linear or logarithmic. */
export function moneyAxis(title: string, isLog = false): AgCartesianAxisOptions {
  return {
    type: isLog ? 'log' : 'number',
    position: 'left',
    title: { text: title },
    label: { formatter: moneyLabel },
  } as AgCartesianAxisOptions;
}
