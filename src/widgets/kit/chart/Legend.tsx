import { SeriesSwatch } from './SeriesSwatch';
import type { SeriesStyle } from './seriesStyles';
import './chart.css';

export interface LegendItem {
  id: string;
  label: string;
  style: SeriesStyle;
  /** What the swatch shows: the line with a marker (default), the line only, or the marker only. */
  swatch?: 'both' | 'line' | 'marker';
}

/** The chart's key under it: each series' swatch (line in its dash, marker in its shape) and name. */
export function Legend({ items, title }: { items: readonly LegendItem[]; title?: string }) {
  return (
    <ul className="chart-legend" aria-label={title}>
      {items.map(({ id, label, style, swatch }) => (
        <li key={id} data-legend={id}>
          <SeriesSwatch style={style} show={swatch} />
          {label}
        </li>
      ))}
    </ul>
  );
}
