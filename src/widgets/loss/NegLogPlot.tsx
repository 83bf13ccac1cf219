import { line, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { negLogCurve } from './lossTerms';

const W = 260;
const H = 170;
const P = { l: 34, r: 10, t: 10, b: 28 };
const curve = negLogCurve(120);

/** The curve −log y with a marker at the probability the true class got. */
export function NegLogPlot({ y }: { y: number }) {
  const t = useT();
  const x = scaleLinear().domain([0, 1]).range([P.l, W - P.r]);
  const v = scaleLinear().domain([0, 5.5]).range([H - P.b, P.t]).clamp(true);
  const value = -Math.log(y + 1e-7);
  const d = line<[number, number]>().x((p) => x(p[0])).y((p) => v(p[1]))(curve) ?? '';
  return (
    <svg className="neg-log-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t({ ko: `−log y 곡선. 정답 클래스의 확률 y = ${formatNumber(y)}에서 손실 ${formatNumber(value)}`, en: `The curve −log y. At the true class's probability y = ${formatNumber(y)} the loss is ${formatNumber(value)}` })}>
      <line x1={P.l} y1={H - P.b} x2={W - P.r} y2={H - P.b} className="neg-log-axis" />
      <line x1={P.l} y1={P.t} x2={P.l} y2={H - P.b} className="neg-log-axis" />
      {[0, 0.5, 1].map((tick) => <text key={tick} x={x(tick)} y={H - P.b + 16} textAnchor="middle" className="neg-log-tick">{tick}</text>)}
      {[0, 2, 4].map((tick) => <text key={tick} x={P.l - 6} y={v(tick) + 4} textAnchor="end" className="neg-log-tick">{tick}</text>)}
      <path d={d} className="neg-log-curve" />
      <line x1={x(y)} y1={H - P.b} x2={x(y)} y2={v(value)} className="neg-log-guide" />
      <circle cx={x(y)} cy={v(value)} r={6} className="neg-log-point" />
      <text x={W - P.r} y={P.t + 12} textAnchor="end" className="neg-log-label">−log y</text>
      <text x={W - P.r} y={H - 2} textAnchor="end" className="neg-log-label">y</text>
    </svg>
  );
}
