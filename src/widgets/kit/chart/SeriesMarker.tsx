import { markerPath } from './markerShapes';
import type { SeriesStyle } from './seriesStyles';
import './chart.css';

/** One data point drawn in a series' marker shape and colour, centred on (x, y); `area` in square units. */
export function SeriesMarker({ style, x, y, area = 36 }: { style: SeriesStyle; x: number; y: number; area?: number }) {
  return (
    <path
      d={markerPath(style.marker, area)}
      transform={`translate(${x},${y})`}
      className={style.open ? 'chart-marker chart-marker-open' : 'chart-marker'}
      style={{ color: style.color }}
    />
  );
}
