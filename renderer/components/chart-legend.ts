import type { AgCartesianChartOptions } from 'ag-charts-community';

/** How a legend entry draws its series: a line, an area's square, or a scatter marker's shape. */
export type LegendSwatch = 'line' | 'area' | 'circle' | 'square' | 'diamond' | 'triangle';

/** One entry of a chart's HTML legend (ChartLegend.tsx): a series, named and drawn as on the canvas. */
export interface LegendItem {
  /** The series' yKey: unique within a chart, and what hiding a series refers to. */
  readonly key: string;
  readonly label: string;
  readonly swatch: LegendSwatch;
  readonly color: string;
  /** The outline of a marker swatch, or the edge of an area's. */
  readonly stroke?: string;
  readonly lineDash?: readonly number[];
  /** A line drawn with markers shows one in its swatch. */
  readonly hasMarker: boolean;
}

/** The fields of a cartesian series the legend reads (the options' union has no common shape for them). */
interface SeriesFields {
  readonly type?: string;
  readonly yKey?: string;
  readonly title?: string;
  readonly yName?: string;
  readonly stroke?: string;
  readonly fill?: string;
  readonly shape?: string;
  readonly lineDash?: readonly number[];
  readonly marker?: { readonly enabled?: boolean };
}

const SHAPES: readonly LegendSwatch[] = ['circle', 'square', 'diamond', 'triangle'];

const seriesOf = (options: AgCartesianChartOptions): readonly SeriesFields[] =>
  (options.series ?? []) as readonly SeriesFields[];

/**
 * The legend of a chart's series, in their order, named as AG Charts' own legend names them
 * (title, else yName, else yKey).
 */
export function legendItems(options: AgCartesianChartOptions): LegendItem[] {
  return seriesOf(options).flatMap((s): LegendItem[] => {
    if (!s.yKey) return [];
    const label = s.title ?? s.yName ?? s.yKey;
    if (s.type === 'area') {
      return [
        { key: s.yKey, label, swatch: 'area', color: s.fill ?? '', stroke: s.stroke, hasMarker: false },
      ];
    }
    if (s.type === 'scatter') {
      const shape = SHAPES.find((x) => x === s.shape) ?? 'circle';
      return [{ key: s.yKey, label, swatch: shape, color: s.fill ?? '', stroke: s.stroke, hasMarker: true }];
    }
    return [
      {
        key: s.yKey,
        label,
        swatch: 'line',
        color: s.stroke ?? '',
        lineDash: s.lineDash,
        hasMarker: s.marker?.enabled !== false,
      },
    ];
  });
}

/**
 * The chart as drawn on screen: the series hidden in the legend made invisible (AG Charts then
 * leaves them out of the stacks and the axes' domains, as its own legend does), and no legend of
 * AG Charts'. With nothing hidden the series are the same objects, so an edit still changes only
 * `data` and AG Charts takes its fast path.
 */
export function drawnOptions(
  options: AgCartesianChartOptions,
  hidden: ReadonlySet<string>,
): AgCartesianChartOptions {
  const series =
    hidden.size === 0
      ? options.series
      : seriesOf(options).map((s) => (s.yKey && hidden.has(s.yKey) ? { ...s, visible: false } : s));
  const drawn = { ...options, series } as AgCartesianChartOptions;
  // Drawn without the legend module (CHART_MODULES_WITHOUT_LEGEND), which the option would ask for.
  delete drawn.legend;
  return drawn;
}
