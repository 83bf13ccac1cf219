import { line, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { Axis, chartMargin, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import { negLogCurve } from './lossTerms';

const SPEC = { height: 190, margin: chartMargin({ leftTickChars: 1, xLabel: true, yLabel: true }) };
const curve = negLogCurve(120);

/** The curve −log y with a marker at the probability the true class got. */
export function NegLogPlot({ y }: { y: number }) {
  const t = useT();
  const { ref, frame } = useChartFrame(SPEC, 300);
  const x = scaleLinear().domain([0, 1]).range(frame.x);
  const v = scaleLinear().domain([0, 5.5]).range(frame.y).clamp(true);
  const value = -Math.log(y + 1e-7);
  const d =
    line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => v(p[1]))(curve) ?? '';
  return (
    <svg
      ref={ref}
      className="chart neg-log-plot"
      viewBox={frame.viewBox}
      role="img"
      aria-label={t({
        ko: `−log y 곡선. 정답 클래스의 확률 y = ${formatNumber(y)}에서 손실 ${formatNumber(value)}`,
        en: `The curve −log y. At the true class's probability y = ${formatNumber(y)} the loss is ${formatNumber(value)}`,
      })}
    >
      <Axis frame={frame} side="bottom" scale={x} ticks={[0, 0.5, 1]} label="y" line />
      <Axis frame={frame} side="left" scale={v} ticks={[0, 2, 4]} label="−log y" line />
      <path d={d} className="neg-log-curve" />
      <line x1={x(y)} y1={frame.inner.bottom} x2={x(y)} y2={v(value)} className="neg-log-guide" />
      <circle cx={x(y)} cy={v(value)} r={6} className="neg-log-point" />
    </svg>
  );
}
