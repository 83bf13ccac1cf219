import { scaleLinear } from 'd3';
import { Axis, useChartFrame } from '../kit/chart';
import type { LayerStats } from './initStats';

const SPEC = { height: { aspect: 0.55, min: 60 }, margin: { left: 8, right: 8, top: 18, bottom: 24 } };

/** One layer's activation histogram over [0, 1]; a bar taller than the shared scale is cut and marked ↑. */
export function Histogram({
  stats,
  yMax,
  title,
  label,
}: {
  stats: LayerStats;
  yMax: number;
  title: string;
  label: string;
}) {
  const { ref, frame } = useChartFrame(SPEC, 160);
  const { inner } = frame;
  const bins = stats.counts.length;
  const x = scaleLinear().domain([0, bins]).range(frame.x);
  const value = scaleLinear().domain([0, 1]).range(frame.x);
  const y = scaleLinear()
    .domain([0, Math.max(1, yMax)])
    .range(frame.y)
    .clamp(true);
  return (
    <svg ref={ref} className="chart init-histogram" viewBox={frame.viewBox} role="img" aria-label={label}>
      <text x={frame.width / 2} y={13} textAnchor="middle" className="init-histogram-title">
        {title}
      </text>
      {stats.counts.map((c, i) => (
        <g key={i}>
          <rect
            x={x(i) + 0.5}
            y={y(c)}
            width={Math.max(0.5, x(i + 1) - x(i) - 1)}
            height={inner.bottom - y(c)}
            className="init-histogram-bar"
          />
          {c > yMax && (
            <text x={x(i + 0.5)} y={inner.top + 10} textAnchor="middle" className="init-histogram-cut">
              ↑
            </text>
          )}
        </g>
      ))}
      <Axis frame={frame} side="bottom" scale={value} ticks={[0, 1]} line />
    </svg>
  );
}
