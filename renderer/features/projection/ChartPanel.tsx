import type { ReactNode, RefObject } from 'react';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import {
  ChartExportButtons,
  ExportableChart,
  type ChartExportRequest,
} from '../../components/ExportableChart';

interface ChartPanelProps {
  readonly title: string;
  readonly testId: string;
  readonly options: AgCartesianChartOptions;
  /** For the charts edit-to-paint waits on. */
  readonly chartRef?: RefObject<AgChartInstance | null>;
  readonly controls?: ReactNode;
  readonly hint?: string;
  /** The caption of the chart's image: its units and what it shows (the hint, when there is one). */
  readonly caption: string;
  readonly onExport: (request: ChartExportRequest) => void;
}

/** A panel holding one chart of the projection, its title, optional controls and a one-line reading hint. */
export function ChartPanel({
  title,
  testId,
  options,
  chartRef,
  controls,
  hint,
  caption,
  onExport,
}: ChartPanelProps) {
  const text = { title, subtitle: caption };
  return (
    <section className="panel chart-panel">
      <div className="panel-head">
        <h2>{title}</h2>
        <div className="chart-controls">
          {controls}
          <ChartExportButtons
            testId={testId}
            title={title}
            onRequest={(action) => onExport({ action, options, text })}
          />
        </div>
      </div>
      <ExportableChart
        testId={testId}
        options={options}
        chartRef={chartRef}
        text={text}
        onExport={onExport}
        hasButtons={false}
        hasHtmlLegend
      />
      {hint && <p className="hint">{hint}</p>}
    </section>
  );
}
