import { useMemo } from 'react';
import type { QualifiedValue } from '../../../projection/market/market-types';
import type { Projection } from '../../../projection/scenario-model';
import type { WorkbookModelResult } from '../../../projection/workbook-model';
import { useChartPalette } from '../../components/chart-style';
import { buildMarketChartOptions } from './market-chart-model';
import { periodData, type ChartGrain } from './period-data';
import { buildRevenueChartOptions, type ChartScale } from './revenue-chart-model';
import { buildDealsChartOptions, buildSegmentChartOptions } from './split-chart-model';

interface ChartInputs {
  /** The model run and the chosen scenario's projection as of this render (the top charts). */
  readonly result: WorkbookModelResult | null;
  readonly projection: Projection | undefined;
  /** The same one painted frame later (the charts below the fold). */
  readonly panelsResult: WorkbookModelResult | null;
  readonly panelsProjection: Projection | undefined;
  readonly estimates: readonly QualifiedValue[] | undefined;
  readonly grain: ChartGrain;
  readonly scale: ChartScale;
}

/**
 * The Projection view's chart options, each rebuilt only when what it draws changes: the market
 * and the scenarios' Instinct revenue (in view at the top) from the current run; the segments and
 * the deals (below the fold) from the run one painted frame later.
 */
export function useProjectionCharts({
  result,
  projection,
  panelsResult,
  panelsProjection,
  estimates,
  grain,
  scale,
}: ChartInputs) {
  const palette = useChartPalette();
  const marketData = useMemo(
    () => (result && projection ? periodData(projection, result.history, grain) : null),
    [result, projection, grain],
  );
  const panelsData = useMemo(
    () =>
      panelsResult && panelsProjection ? periodData(panelsProjection, panelsResult.history, grain) : null,
    [panelsResult, panelsProjection, grain],
  );
  const revenueOptions = useMemo(
    () => (result && estimates ? buildRevenueChartOptions(result, estimates, grain, scale, palette) : null),
    [result, estimates, grain, scale, palette],
  );
  const marketOptions = useMemo(
    () =>
      result && marketData
        ? buildMarketChartOptions(marketData, result.jumpOff.quarter, grain, palette)
        : null,
    [result, marketData, grain, palette],
  );
  const dealsOptions = useMemo(
    () =>
      panelsResult && panelsData
        ? buildDealsChartOptions(panelsData, panelsResult.jumpOff.quarter, grain, palette)
        : null,
    [panelsResult, panelsData, grain, palette],
  );
  const segmentOptions = useMemo(
    () =>
      panelsResult && panelsData
        ? buildSegmentChartOptions(panelsData, panelsResult.jumpOff.quarter, grain, palette)
        : null,
    [panelsResult, panelsData, grain, palette],
  );
  return { revenueOptions, marketOptions, dealsOptions, segmentOptions };
}
