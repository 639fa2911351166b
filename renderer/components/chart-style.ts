import { useState } from 'react';
import type { AgCartesianChartOptions } from 'ag-charts-community';

/** The charts' colours: the `--chart-*` tokens of app/tokens.css, as the page has them. */
export interface ChartPalette {
  /** The scenarios' lines in their order (--chart-scenario-1, -2, …); more scenarios reuse them. */
  readonly scenarios: readonly string[];
  /** The expectation line and the history points that are estimates or lower bounds. */
  readonly history: string;
  /** History points that are upper bounds, and the projection boundary's label. */
  readonly historyMuted: string;
  /** The projection boundary's line. */
  readonly guide: string;
  /** The outline of scatter markers. */
  readonly markerOutline: string;
  /** The x86 chart's fitted curve and its observed points. */
  readonly fit: string;
  readonly observed: string;
  /** The market's parts, stacked: NVIDIA, AMD Instinct, custom accelerators (XPU), other merchant. */
  readonly nvidia: string;
  readonly amd: string;
  readonly xpu: string;
  readonly other: string;
  /** The TAM's segments. */
  readonly training: string;
  readonly inference: string;
  /** Instinct revenue from deals and from share, and the deals' floor line. */
  readonly deals: string;
  readonly share: string;
  readonly floor: string;
  /** The band behind the projected periods. */
  readonly projectionBand: string;
}

/** The property a computed style answers for a custom property: what the palette reads. */
export interface TokenSource {
  getPropertyValue(property: string): string;
}

const MAX_SCENARIO_COLORS = 32;

/**
 * Reads the palette from the tokens in effect on the page (getComputedStyle of the root element),
 * so a theme is a change of tokens only: the charts read them again each time the view is shown.
 */
export function readChartPalette(
  tokens: TokenSource = getComputedStyle(document.documentElement),
): ChartPalette {
  const token = (name: string): string => {
    const value = tokens.getPropertyValue(name).trim();
    if (!value) throw new Error(`the design token ${name} is not set (see renderer/app/tokens.css)`);
    return value;
  };
  const scenarios: string[] = [];
  for (let i = 1; i <= MAX_SCENARIO_COLORS && tokens.getPropertyValue(`--chart-scenario-${i}`).trim(); i++) {
    scenarios.push(token(`--chart-scenario-${i}`));
  }
  if (scenarios.length === 0) token('--chart-scenario-1');
  return {
    scenarios,
    history: token('--chart-history'),
    historyMuted: token('--chart-history-muted'),
    guide: token('--chart-guide'),
    markerOutline: token('--chart-marker-outline'),
    fit: token('--chart-fit'),
    observed: token('--chart-observed'),
    nvidia: token('--chart-nvidia'),
    amd: token('--chart-amd'),
    xpu: token('--chart-xpu'),
    other: token('--chart-other'),
    training: token('--chart-training'),
    inference: token('--chart-inference'),
    deals: token('--chart-deals'),
    share: token('--chart-share'),
    floor: token('--chart-floor'),
    projectionBand: token('--chart-projection-band'),
  };
}

/** The palette, read once when the component using it mounts. */
export function useChartPalette(): ChartPalette {
  const [palette] = useState(() => readChartPalette());
  return palette;
}

/** The colour of the `index`-th scenario's line. */
export const scenarioColor = (palette: ChartPalette, index: number): string =>
  palette.scenarios[index % palette.scenarios.length]!;

/** The chart options every chart of the view shares: the app's font, no animation, legend below. */
export const BASE_CHART_OPTIONS = {
  theme: {
    baseTheme: 'ag-default',
    params: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", fontSize: 12 },
  },
  animation: { enabled: false },
  legend: { position: 'bottom' },
  padding: { top: 12, right: 20, bottom: 8, left: 8 },
} satisfies Partial<AgCartesianChartOptions>;
