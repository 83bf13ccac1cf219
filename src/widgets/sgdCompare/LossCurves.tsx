import { line, scaleLinear, scaleLog } from 'd3';
import { Axis, chartMargin, SeriesMarker, seriesStyles, decadeTicks, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import type { MethodRun } from './sgdRuns';

const SPEC = { height: 230, margin: chartMargin({ leftTickChars: 5, xLabel: true, yLabel: true }) };

/** Full-data loss against epochs for each method, on a log scale; line style and marker tell methods apart. */
export function LossCurves({
  runs,
  epochs,
  floor,
  label,
  axis,
}: {
  runs: readonly MethodRun[];
  epochs: number;
  floor: number;
  label: string;
  axis: { x: string; y: string };
}) {
  const { ref, frame } = useChartFrame(SPEC);
  const { inner } = frame;
  const all = runs.flatMap((r) => r.points.map((p) => p.loss)).filter((v) => Number.isFinite(v) && v > 0);
  const hi = Math.max(floor * 10, ...all);
  const x = scaleLinear().domain([0, epochs]).range(frame.x);
  // Room under the floor line for its label.
  const y = scaleLog()
    .domain([floor * 0.55, hi * 1.2])
    .range(frame.y)
    .clamp(true);
  return (
    <svg ref={ref} className="chart loss-curves" viewBox={frame.viewBox} role="img" aria-label={label}>
      <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} className="chart-plot-bg" />
      <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} className="chart-plot-frame" />
      <Axis frame={frame} side="bottom" scale={x} label={axis.x} />
      <Axis frame={frame} side="left" scale={y} ticks={4} filter={decadeTicks} format={formatNumber} label={axis.y} />
      <line x1={inner.left} x2={inner.right} y1={y(floor)} y2={y(floor)} className="loss-curves-floor" />
      <text x={inner.left + 4} y={y(floor) + 15} className="chart-tick">
        min {formatNumber(Number(floor.toPrecision(4)))}
      </text>
      {runs.map((r) => {
        const s = seriesStyles[r.method];
        const pts = r.points.filter((p) => Number.isFinite(p.loss));
        const d =
          line<(typeof pts)[number]>()
            .x((p) => x(p.epoch))
            .y((p) => y(p.loss))(pts) ?? '';
        const every = Math.max(1, Math.ceil(pts.length / 25));
        return (
          <g key={r.method} style={{ color: s.color }} data-curve={r.method}>
            <path d={d} className="chart-line" strokeDasharray={s.dash} />
            {pts.map(
              (p, k) =>
                (k % every === 0 || k === pts.length - 1) && (
                  <SeriesMarker key={k} style={s} x={x(p.epoch)} y={y(p.loss)} area={28} />
                ),
            )}
          </g>
        );
      })}
    </svg>
  );
}
