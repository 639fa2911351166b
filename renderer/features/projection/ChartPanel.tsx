import type { ReactNode, RefObject } from 'react';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import {
  ChartExportButtons,
  ExportableChart,
  type ChartExportAction,
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

interface ChartPanelHeadProps {
  readonly title: string;
  readonly testId: string;
  readonly controls?: ReactNode;
  readonly onRequest: (action: ChartExportAction) => void;
}

/** A chart panel's head: its title, then its controls and its PNG and Copy buttons on the right. */
export function ChartPanelHead({ title, testId, controls, onRequest }: ChartPanelHeadProps) {
  return (
    <div className="panel-head">
      <h2>{title}</h2>
      <div className="chart-controls">
        {controls}
        <ChartExportButtons testId={testId} title={title} onRequest={onRequest} />
      </div>
    </div>
  );
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
      <ChartPanelHead
        title={title}
        testId={testId}
        controls={controls}
        onRequest={(action) => onExport({ action, options, text })}
      />
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
