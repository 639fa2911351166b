import type { KeyboardEvent, RefObject } from 'react';
import type { AgCartesianChartOptions, AgChartInstance } from 'ag-charts-community';
import { AgChart } from './AgChart';
import { CHART_MODULES, CHART_MODULES_WITHOUT_LEGEND } from './chart-modules';
import type { ChartImageText } from './chart-image';
import { ChartLegend } from './ChartLegend';
import { useChartLegend } from './use-chart-legend';

export type ChartExportAction = 'save' | 'copy';

/** A chart to export: what to draw and the title and caption its image carries. */
export interface ChartExportRequest {
  readonly action: ChartExportAction;
  readonly options: AgCartesianChartOptions;
  readonly text: ChartImageText;
}

interface ExportableChartProps {
  readonly testId: string;
  readonly className?: string;
  readonly options: AgCartesianChartOptions;
  readonly chartRef?: RefObject<AgChartInstance | null>;
  /** The image's title (with the scenario) and caption (units, what it shows). */
  readonly text: ChartImageText;
  readonly onExport: (request: ChartExportRequest) => void;
  readonly hasButtons?: boolean;
  /** The legend in HTML below the canvas (ChartLegend) instead of AG Charts' own. */
  readonly hasHtmlLegend?: boolean;
}

interface ChartExportButtonsProps {
  readonly testId: string;
  readonly title: string;
  readonly onRequest: (action: ChartExportAction) => void;
}

/** "PNG…" and "Copy" for one chart; a panel with a heading puts them there (ChartPanel). */
export function ChartExportButtons({ testId, title, onRequest }: ChartExportButtonsProps) {
  return (
    <div className="chart-export" role="group" aria-label={`Export ${title}`}>
      <button
        type="button"
        className="button small"
        onClick={() => onRequest('save')}
        data-testid={`${testId}-save-png`}
      >
        PNG…
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => onRequest('copy')}
        data-testid={`${testId}-copy-png`}
      >
        Copy
      </button>
    </div>
  );
}

/**
 * A chart people can take away: "PNG…" saves its image (with title, legend and units) where they
 * choose, "Copy" puts it on the clipboard. From the keyboard: Tab to the chart, then Ctrl+S or
 * Ctrl+C (Cmd on macOS), as a spreadsheet copies a selected chart. `hasButtons` false: the caller
 * shows ChartExportButtons itself. The image always has AG Charts' legend and every series, as
 * `options` has them, whichever series the HTML legend hides on screen.
 */
export function ExportableChart({
  testId,
  className,
  options,
  chartRef,
  text,
  onExport,
  hasButtons = true,
  hasHtmlLegend = false,
}: ExportableChartProps) {
  const legend = useChartLegend(options);
  const request = (action: ChartExportAction) => onExport({ action, options, text });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key !== 's' && key !== 'c') return;
    event.preventDefault();
    request(key === 's' ? 'save' : 'copy');
  };
  const classes = ['chart', className, hasHtmlLegend && 'has-legend'].filter(Boolean).join(' ');
  return (
    <div className="exportable-chart">
      {hasButtons && <ChartExportButtons testId={testId} title={text.title} onRequest={request} />}
      <div
        className={classes}
        data-testid={testId}
        tabIndex={0}
        role="figure"
        aria-label={`${text.title}. Ctrl+S saves it as PNG, Ctrl+C copies it.`}
        onKeyDown={onKeyDown}
      >
        <AgChart
          ref={chartRef}
          options={hasHtmlLegend ? legend.drawn : options}
          modules={hasHtmlLegend ? CHART_MODULES_WITHOUT_LEGEND : CHART_MODULES}
        />
        {hasHtmlLegend && (
          <ChartLegend items={legend.items} hidden={legend.hidden} onToggle={legend.toggle} />
        )}
      </div>
    </div>
  );
}
