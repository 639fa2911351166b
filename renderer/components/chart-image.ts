import { AgCharts, type AgCartesianChartOptions } from 'ag-charts-community';
import { CHART_MODULES } from './chart-modules';

/** What a chart's image says beside the chart itself: its title (with the scenario) and a caption. */
export interface ChartImageText {
  readonly title: string;
  /** A line under the title: the units and what the chart shows. */
  readonly subtitle?: string;
}

/** A shared image's size: wide enough for the legend on one or two lines, 2× for sharp print. */
export const CHART_IMAGE_SIZE = { width: 1200, height: 640 } as const;

const DATA_URL_PREFIX = 'data:image/png;base64,';

/**
 * Draws `options` as a PNG with its title, subtitle and legend, and returns the PNG in base64.
 * The chart on screen has its title in its panel's heading, so the image is drawn by a second
 * chart off screen, at a fixed size, with the title inside it: the shared file says what it is,
 * and the chart on screen is not touched (an update there would cost edit-to-paint).
 */
export async function renderChartPng(
  options: AgCartesianChartOptions,
  text: ChartImageText,
  size: { readonly width: number; readonly height: number } = CHART_IMAGE_SIZE,
): Promise<string> {
  const container = document.createElement('div');
  container.className = 'chart-image-stage';
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  document.body.append(container);
  const chart = AgCharts.create(
    {
      ...options,
      container,
      width: size.width,
      height: size.height,
      title: { text: text.title },
      ...(text.subtitle ? { subtitle: { text: text.subtitle } } : {}),
      legend: { ...options.legend, enabled: true, position: 'bottom' },
    },
    { modules: CHART_MODULES },
  );
  try {
    await chart.waitForUpdate();
    const url = await chart.getImageDataURL({
      width: size.width,
      height: size.height,
      fileFormat: 'image/png',
    });
    if (!url.startsWith(DATA_URL_PREFIX)) throw new Error('the chart did not draw a PNG image');
    return url.slice(DATA_URL_PREFIX.length);
  } finally {
    chart.destroy();
    container.remove();
  }
}

/** A file name from a chart's title: what a file system accepts, at most 100 characters. */
export function chartFileName(title: string): string {
  const name = title
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return name || 'chart';
}
