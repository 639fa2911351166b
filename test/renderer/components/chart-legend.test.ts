import type { AgCartesianChartOptions } from 'ag-charts-community';
import { describe, expect, it } from 'vitest';
import { drawnOptions, legendItems } from '../../../renderer/components/chart-legend';

const options = {
  data: [{ x: 2025, a: 1, b: 2, c: 3, d: 4 }],
  legend: { position: 'bottom' },
  series: [
    { type: 'area', xKey: 'x', yKey: 'a', yName: 'Area A', fill: '#111111', stroke: '#222222' },
    {
      type: 'line',
      xKey: 'x',
      yKey: 'b',
      title: 'Line B',
      stroke: '#333333',
      lineDash: [6, 3],
      marker: { enabled: false },
    },
    { type: 'line', xKey: 'x', yKey: 'c', stroke: '#444444' },
    {
      type: 'scatter',
      xKey: 'x',
      yKey: 'd',
      title: 'Points D',
      shape: 'diamond',
      fill: '#555555',
      stroke: '#ffffff',
    },
  ],
} as AgCartesianChartOptions;

describe('the HTML legend of a chart', () => {
  it('names and draws each series as AG Charts does: title, else yName, else yKey', () => {
    expect(legendItems(options)).toEqual([
      { key: 'a', label: 'Area A', swatch: 'area', color: '#111111', stroke: '#222222', hasMarker: false },
      { key: 'b', label: 'Line B', swatch: 'line', color: '#333333', lineDash: [6, 3], hasMarker: false },
      { key: 'c', label: 'c', swatch: 'line', color: '#444444', lineDash: undefined, hasMarker: true },
      {
        key: 'd',
        label: 'Points D',
        swatch: 'diamond',
        color: '#555555',
        stroke: '#ffffff',
        hasMarker: true,
      },
    ]);
  });

  it("draws the chart without AG Charts' legend (its module is left out), and with the same series objects while none is hidden", () => {
    const drawn = drawnOptions(options, new Set());
    expect('legend' in drawn).toBe(false);
    expect(options.legend).toEqual({ position: 'bottom' });
    expect(drawn.series).toBe(options.series);
    expect(drawn.data).toBe(options.data);
  });

  it('makes the hidden series invisible and leaves the others as they are', () => {
    const drawn = drawnOptions(options, new Set(['b', 'd']));
    const visible = (drawn.series ?? []).map((s) => (s as { visible?: boolean }).visible);
    expect(visible).toEqual([undefined, false, undefined, false]);
    expect(drawn.series?.[0]).toBe(options.series?.[0]);
    expect(options.series?.every((s) => (s as { visible?: boolean }).visible === undefined)).toBe(true);
  });
});
