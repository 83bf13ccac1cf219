import { line, max, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { chartUnits, useElementWidth } from '../kit/chart/useElementWidth';
import { ChartGrid } from './ChartGrid';
import { smoothLosses } from './trainerView';

/** Width before the first layout; then the chart draws at its real width (in chartUnits), so its text keeps the page's scale. */
const FALLBACK_W = 600;
const H = 220;
const M = { top: 12, right: 16, bottom: 34, left: 48 };
/** At most this many raw points are drawn (evenly strided), so long runs stay cheap to render. */
const MAX_POINTS = 400;

/** The batch loss per step: faint raw points and the smoothed curve (EMA), on a fixed x range of all steps. */
export function LossChart({ losses, totalSteps }: { losses: readonly number[]; totalSteps: number }) {
  const t = useT();
  const [ref, measured] = useElementWidth<SVGSVGElement>(FALLBACK_W);
  const W = Math.max(260, chartUnits(measured));
  const smooth = useMemo(() => smoothLosses(losses), [losses]);
  const stride = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const x = scaleLinear().domain([0, Math.max(totalSteps, losses.length, 1)]).range([M.left, W - M.right]);
  const top = Math.min(max(smooth) ?? 2.5, 5) * 1.15 || 2.5;
  const y = scaleLinear().domain([0, top]).range([H - M.bottom, M.top]).clamp(true);
  let raw = '';
  for (let i = 0; i < losses.length; i += stride) raw += `M${x(i + 1).toFixed(1)},${y(losses[i] ?? 0).toFixed(1)}h1.6v1.6h-1.6z`;
  const sampled = smooth.filter((_, i) => i % stride === 0 || i === smooth.length - 1).map((v, j, arr) => [j === arr.length - 1 ? smooth.length : j * stride + 1, v] as const);
  const path = line<readonly [number, number]>().x((d) => x(d[0])).y((d) => y(d[1]))(sampled) ?? '';
  const last = smooth.at(-1);
  const summary = last === undefined
    ? t({ ko: '손실 곡선: 아직 학습하지 않았습니다', en: 'Loss curve: no training yet' })
    : t({ ko: `손실 곡선: ${losses.length}단계, 평활 손실 ${formatNumber(last)}`, en: `Loss curve: ${losses.length} steps, smoothed loss ${formatNumber(last)}` });
  return (
    <svg ref={ref} className="mnist-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
      <ChartGrid y={y} left={M.left} right={W - M.right} />
      {x.ticks(Math.max(2, Math.floor(W / 120))).filter(Number.isInteger).map((v) => (
        <text key={v} x={x(v)} y={H - M.bottom + 16} textAnchor="middle" className="tick" data-axis="x">{v}</text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className="axis-label">{t({ ko: '단계 (미니배치)', en: 'step (mini-batch)' })}</text>
      <text x={12} y={M.top + 4} className="axis-label" transform={`rotate(-90 12 ${M.top + 4})`} textAnchor="end">{t({ ko: '손실', en: 'loss' })}</text>
      <path d={raw} className="loss-raw" />
      <path d={path} className="loss-smooth" />
      <g transform={`translate(${W - M.right - 180},${M.top + 4})`} className="legend">
        <rect width="6" height="6" y="-3" className="loss-raw-key" />
        <text x="10" dy="0.32em">{t({ ko: '배치 손실', en: 'batch loss' })}</text>
        <line x1="80" x2="100" className="loss-smooth" />
        <text x="104" dy="0.32em">{t({ ko: '평활', en: 'smoothed' })}</text>
      </g>
    </svg>
  );
}
