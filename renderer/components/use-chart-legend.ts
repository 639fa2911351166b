import { useCallback, useMemo, useState } from 'react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { drawnOptions, legendItems, type LegendItem } from './chart-legend';

const NONE: ReadonlySet<string> = new Set();

/**
 * A chart's HTML legend: its entries, the series hidden by a click, and the options to draw.
 * The entries keep their identity while the series' names and colours stay the same, so an edit
 * (new data only) does not render the legend again.
 */
export function useChartLegend(options: AgCartesianChartOptions) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(NONE);
  const itemsKey = JSON.stringify(legendItems(options));
  const items = useMemo(() => JSON.parse(itemsKey) as LegendItem[], [itemsKey]);
  const drawn = useMemo(() => drawnOptions(options, hidden), [options, hidden]);
  const toggle = useCallback(
    (key: string) =>
      setHidden((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return { items, hidden, toggle, drawn };
}
