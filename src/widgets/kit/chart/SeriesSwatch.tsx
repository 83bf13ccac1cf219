import { SeriesMarker } from './SeriesMarker';
import type { SeriesStyle } from './seriesStyles';
import './chart.css';

/** A series' key, 40 × 14 CSS px: its line in its dash with its marker on it (or only one; a marker alone is 14 px). */
export function SeriesSwatch({ style, show = 'both' }: { style: SeriesStyle; show?: 'both' | 'line' | 'marker' }) {
  return (
    <svg
      className="chart-swatch"
      viewBox={show === 'marker' ? '13 0 14 14' : '0 0 40 14'}
      width={show === 'marker' ? 14 : 40}
      height="14"
      aria-hidden="true"
      style={{ color: style.color }}
    >
      {show !== 'marker' && <line x1="2" y1="7" x2="38" y2="7" className="chart-line" strokeDasharray={style.dash} />}
      {show !== 'line' && <SeriesMarker style={style} x={20} y={7} area={40} />}
    </svg>
  );
}
