import { scaleLinear } from 'd3';
import type { LayerStats } from './initStats';

const W = 180;
const H = 120;
const P = { l: 6, r: 6, t: 14, b: 20 };

/** One layer's activation histogram over [0, 1]; a bar taller than the shared scale is cut and marked ↑. */
export function Histogram({ stats, yMax, title, label }: { stats: LayerStats; yMax: number; title: string; label: string }) {
  const bins = stats.counts.length;
  const x = scaleLinear().domain([0, bins]).range([P.l, W - P.r]);
  const y = scaleLinear().domain([0, Math.max(1, yMax)]).range([H - P.b, P.t]).clamp(true);
  return (
    <svg className="init-histogram" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <text x={W / 2} y={11} textAnchor="middle" className="init-histogram-title">{title}</text>
      {stats.counts.map((c, i) => (
        <g key={i}>
          <rect x={x(i) + 0.5} y={y(c)} width={Math.max(0.5, x(i + 1) - x(i) - 1)} height={H - P.b - y(c)} className="init-histogram-bar" />
          {c > yMax && <text x={x(i + 0.5)} y={P.t + 9} textAnchor="middle" className="init-histogram-cut">↑</text>}
        </g>
      ))}
      <line x1={P.l} x2={W - P.r} y1={H - P.b} y2={H - P.b} className="init-histogram-axis" />
      <text x={P.l} y={H - 5} className="init-histogram-tick">0</text>
      <text x={W - P.r} y={H - 5} textAnchor="end" className="init-histogram-tick">1</text>
    </svg>
  );
}
