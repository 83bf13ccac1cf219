import { line, scaleLinear } from 'd3';
import { useId, useMemo, type PointerEvent } from 'react';
import { useT } from '../../state/lang';
import { Axis, chartMargin, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import { activationCurve, jumpsAtZero, tangentSegment, type ActivationName } from './activations';
import { activationParams } from './params';

const SPEC = { height: { aspect: 0.62, min: 170, max: 300 }, margin: chartMargin({ leftTickChars: 3 }) };
export const X_RANGE: [number, number] = [activationParams.x.min, activationParams.x.max];
/** Each function gets the vertical window that shows its shape best. */
const yDomain: Record<ActivationName, [number, number]> = {
  step: [-0.5, 1.5],
  sigmoid: [-0.5, 1.5],
  tanh: [-1.5, 1.5],
  relu: [-1, 5],
  identity: [-5, 5],
};
const SAMPLES = Array.from({ length: 401 }, (_, i) => X_RANGE[0] + (i * (X_RANGE[1] - X_RANGE[0])) / 400);

interface Props {
  name: ActivationName;
  x: number;
  hx: number;
  slope: number;
  onPick: (x: number) => void;
}

/** The curve h, the point (x, h(x)) you can drag, and the tangent with slope h'(x). */
export function ActivationCurve({ name, x, hx, slope, onPick }: Props) {
  const t = useT();
  const clip = useId();
  const { ref, frame } = useChartFrame(SPEC);
  const { inner } = frame;
  const sx = scaleLinear().domain(X_RANGE).range(frame.x);
  const sy = scaleLinear().domain(yDomain[name]).range(frame.y);
  const path = useMemo(() => {
    const ys = activationCurve(name, SAMPLES);
    // The step is drawn as two flat pieces (x < 0 and x > 0), so the jump is not drawn as a vertical line.
    const draw = line<number>()
      .defined((i) => !jumpsAtZero(name) || SAMPLES[i] !== 0)
      .x((i) => sx(SAMPLES[i] ?? 0))
      .y((i) => sy(ys[i] ?? 0));
    return draw(SAMPLES.map((_, i) => i)) ?? '';
  }, [name, sx, sy]);
  const [[tx0, ty0], [tx1, ty1]] = tangentSegment(x, hx, slope, X_RANGE[0], X_RANGE[1]);

  function pick(e: PointerEvent<SVGSVGElement>) {
    const box = e.currentTarget.getBoundingClientRect();
    const vx = ((e.clientX - box.left) / box.width) * frame.width;
    onPick(Math.round(Math.min(X_RANGE[1], Math.max(X_RANGE[0], sx.invert(vx))) * 100) / 100);
  }

  const label =
    t({
      ko: `${name} 그래프. x = ${formatNumber(x)}에서 h(x) = ${formatNumber(hx)}, 접선의 기울기 h'(x) = ${formatNumber(slope)}.`,
      en: `Plot of ${name}. At x = ${formatNumber(x)}, h(x) = ${formatNumber(hx)} and the tangent has slope h'(x) = ${formatNumber(slope)}.`,
    }) + (jumpsAtZero(name) ? t({ ko: ' x = 0에서 0에서 1로 뜁니다.', en: ' It jumps from 0 to 1 at x = 0.' }) : '');

  return (
    <svg
      ref={ref}
      className="chart activation-curve"
      viewBox={frame.viewBox}
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        pick(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && pick(e)}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={inner.left} y={inner.top} width={inner.width} height={inner.height} />
        </clipPath>
      </defs>
      <line className="chart-axis-line" x1={sx(X_RANGE[0])} x2={sx(X_RANGE[1])} y1={sy(0)} y2={sy(0)} />
      <line className="chart-axis-line" x1={sx(0)} x2={sx(0)} y1={inner.top} y2={inner.bottom} />
      <Axis frame={frame} side="bottom" scale={sx} />
      <Axis frame={frame} side="left" scale={sy} />
      <g clipPath={`url(#${clip})`}>
        <path className="activation-path" d={path} />
        <line className="activation-tangent" data-line="tangent" x1={sx(tx0)} y1={sy(ty0)} x2={sx(tx1)} y2={sy(ty1)} />
      </g>
      {jumpsAtZero(name) && (
        <g data-mark="jump">
          <line className="activation-jump" x1={sx(0)} x2={sx(0)} y1={sy(0)} y2={sy(1)} />
          <circle className="activation-open" cx={sx(0)} cy={sy(1)} r={5} />
          <circle className="activation-closed" cx={sx(0)} cy={sy(0)} r={5} />
          <text className="chart-note" x={sx(0) + 8} y={sy(0.5)}>
            {t({ ko: '점프: 미분 불가', en: 'jump: no derivative' })}
          </text>
        </g>
      )}
      <circle className="activation-point" cx={sx(x)} cy={sy(hx)} r={7} data-point="x" />
    </svg>
  );
}
