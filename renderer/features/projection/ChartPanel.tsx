import type { ReactNode, RefObject } from 'react';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import { CHART_MODULES } from '../../components/chart-modules';

interface ChartPanelProps {
  readonly title: string;
  readonly testId: string;
  readonly options: AgCartesianChartOptions;
  /** For the charts edit-to-paint waits on. */
  readonly chartRef?: RefObject<AgChartInstance | null>;
  readonly controls?: ReactNode;
  readonly hint?: string;
}

/** A panel holding one chart of the projection, its title, optional controls and a one-line reading hint. */
export function ChartPanel({ title, testId, options, chartRef, controls, hint }: ChartPanelProps) {
  return (
    <section className="panel chart-panel">
      <div className="panel-head">
        <h2>{title}</h2>
        {controls && <div className="chart-controls">{controls}</div>}
      </div>
      <div className="chart" data-testid={testId}>
        <AgCharts ref={chartRef} options={options} modules={CHART_MODULES} />
      </div>
      {hint && <p className="hint">{hint}</p>}
    </section>
  );
}
