import { line, scaleLinear, scaleLog, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import { formatNumber } from '../kit/controls/numericInput';
import type { MethodRun } from './sgdRuns';
import { methodStyle } from './methodStyle';

const W = 420;
const H = 220;
const P = { l: 48, r: 12, t: 22, b: 34 };
const shapes = { circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle };

/** Full-data loss against epochs for each method, on a log scale; line style and marker tell methods apart. */
export function LossCurves({ runs, epochs, floor, label, axis }: { runs: readonly MethodRun[]; epochs: number; floor: number; label: string; axis: { x: string; y: string } }) {
  const all = runs.flatMap((r) => r.points.map((p) => p.loss)).filter((v) => Number.isFinite(v) && v > 0);
  const hi = Math.max(floor * 10, ...all);
  const x = scaleLinear().domain([0, epochs]).range([P.l, W - P.r]);
  const y = scaleLog().domain([floor * 0.8, hi * 1.2]).range([H - P.b, P.t]).clamp(true);
  return (
    <svg className="loss-curves" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <rect x={P.l} y={P.t} width={W - P.l - P.r} height={H - P.t - P.b} className="loss-curves-frame" />
      {x.ticks(5).map((v) => <text key={`x${v}`} x={x(v)} y={H - P.b + 15} textAnchor="middle" className="loss-curves-tick">{v}</text>)}
      {y.ticks(4).filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9).map((v) => (
        <text key={`y${v}`} x={P.l - 5} y={y(v) + 4} textAnchor="end" className="loss-curves-tick">{formatNumber(v)}</text>
      ))}
      <line x1={P.l} x2={W - P.r} y1={y(floor)} y2={y(floor)} className="loss-curves-floor" />
      <text x={P.l + 4} y={y(floor) + 12} className="loss-curves-tick">min {formatNumber(Number(floor.toPrecision(4)))}</text>
      {runs.map((r) => {
        const s = methodStyle[r.method];
        const pts = r.points.filter((p) => Number.isFinite(p.loss));
        const d = line<(typeof pts)[number]>().x((p) => x(p.epoch)).y((p) => y(p.loss))(pts) ?? '';
        const every = Math.max(1, Math.ceil(pts.length / 25));
        return (
          <g key={r.method} style={{ color: s.color }} data-curve={r.method}>
            <path d={d} className="loss-curves-line" strokeDasharray={s.dash} />
            {pts.map((p, k) => (k % every === 0 || k === pts.length - 1) && (
              <path key={k} d={symbol(shapes[s.marker], 28)() ?? ''} transform={`translate(${x(p.epoch)},${y(p.loss)})`} className="loss-curves-marker" />
            ))}
          </g>
        );
      })}
      <text x={W - P.r} y={H - 3} textAnchor="end" className="loss-curves-axis">{axis.x}</text>
      <text x={P.l} y={14} className="loss-curves-axis">{axis.y}</text>
    </svg>
  );
}
