import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import {
  AgCharts,
  type AgCartesianChartOptions,
  type AgChartInstance,
  type AgChartModule,
} from 'ag-charts-community';

interface AgChartProps {
  readonly options: AgCartesianChartOptions;
  /** The modules the chart uses, fixed for its life. */
  readonly modules: AgChartModule[];
}

/**
 * One AG Charts chart, given new options as React commits them. ag-charts-react passes them in a
 * passive effect, which React runs in a task after its commit, often after the browser has
 * painted the commit's other changes: an assumption edit then took two painted frames (about 9 ms
 * each here) before its charts showed it. Here the update is asked for in the commit itself, and
 * the charts draw in the same task, painted in one frame with the rest. The instance is the ref.
 */
export const AgChart = forwardRef<AgChartInstance | null, AgChartProps>(function AgChart(
  { options, modules },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<AgChartInstance | null>(null);
  // The options the chart was made or last updated with: no update for the same again.
  const shown = useRef<AgCartesianChartOptions | null>(null);
  useLayoutEffect(() => {
    const made = AgCharts.create({ ...options, container: container.current! }, { modules });
    chart.current = made;
    shown.current = options;
    return () => {
      made.destroy();
      chart.current = null;
    };
    // Made once: later options go through update (below); the modules stay as they were.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useLayoutEffect(() => {
    if (!chart.current || shown.current === options) return;
    shown.current = options;
    chart.current.update({ ...options, container: container.current! }).catch((error: unknown) => {
      console.error(error);
    });
  }, [options]);
  useImperativeHandle(ref, () => chart.current!, []);
  return <div ref={container} />;
});
