import { memo } from 'react';
import type { LegendItem } from './chart-legend';

interface ChartLegendProps {
  readonly items: readonly LegendItem[];
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (key: string) => void;
}

/** The small picture of a series in its legend entry, drawn as the canvas draws the series. */
function Swatch({ item }: { readonly item: LegendItem }) {
  const marker = { fill: item.color, stroke: item.stroke ?? item.color, strokeWidth: 1 };
  return (
    <svg className="chart-legend-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
      {item.swatch === 'line' && (
        <>
          <line
            x1="1"
            y1="6"
            x2="17"
            y2="6"
            stroke={item.color}
            strokeWidth="2"
            strokeDasharray={item.lineDash?.join(' ')}
          />
          {item.hasMarker && <circle cx="9" cy="6" r="3" fill={item.color} />}
        </>
      )}
      {item.swatch === 'area' && <rect x="3" y="1" width="12" height="10" {...marker} />}
      {item.swatch === 'circle' && <circle cx="9" cy="6" r="4.5" {...marker} />}
      {item.swatch === 'square' && <rect x="4.5" y="1.5" width="9" height="9" {...marker} />}
      {item.swatch === 'diamond' && <polygon points="9,0.5 14.5,6 9,11.5 3.5,6" {...marker} />}
      {item.swatch === 'triangle' && <polygon points="9,1 14.5,11 3.5,11" {...marker} />}
    </svg>
  );
}

/**
 * A chart's legend in HTML below its canvas: a click on an entry hides its series or shows it
 * again, as AG Charts' own legend does. Drawn by the page, it costs nothing when only the data
 * changes, where AG Charts lays out and redraws its legend on every update (edit-to-paint).
 */
export const ChartLegend = memo(function ChartLegend({ items, hidden, onToggle }: ChartLegendProps) {
  return (
    <ul className="chart-legend">
      {items.map((item) => {
        const isShown = !hidden.has(item.key);
        return (
          <li key={item.key}>
            <button
              type="button"
              aria-pressed={isShown}
              title={isShown ? 'Click to hide this series' : 'Click to show this series'}
              onClick={() => onToggle(item.key)}
            >
              <Swatch item={item} />
              {item.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
});
