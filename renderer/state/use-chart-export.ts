import { useCallback } from 'react';
import { call } from '../api';
import { chartFileName, renderChartPng } from '../components/chart-image';
import type { ChartExportRequest } from '../components/ExportableChart';
import type { StatusMessage } from '../components/StatusBar';

/**
 * Saves or copies a chart's image: drawn in the page (renderChartPng), sent to main as a PNG
 * (charts:savePng asks where with the native dialog; charts:copyPng puts it on the clipboard),
 * the outcome in the status bar.
 */
export function useChartExport(onStatus: (message: StatusMessage) => void) {
  return useCallback(
    async ({ action, options, text }: ChartExportRequest): Promise<void> => {
      try {
        const png = await renderChartPng(options, text);
        if (action === 'copy') {
          await call('charts:copyPng', { png });
          onStatus({ kind: 'info', text: `Copied “${text.title}” to the clipboard as an image` });
          return;
        }
        const saved = await call('charts:savePng', { fileName: chartFileName(text.title), png });
        if (saved) onStatus({ kind: 'info', text: `Saved “${text.title}” as ${saved.path}` });
      } catch (error) {
        onStatus({ kind: 'error', text: `Cannot export “${text.title}”: ${(error as Error).message}` });
      }
    },
    [onStatus],
  );
}
