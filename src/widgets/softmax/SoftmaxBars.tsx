import { scaleBand, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { Axis, chartMargin, GridLines, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';

const SPEC = { height: 230, margin: { ...chartMargin({ leftTickChars: 3 }), top: 24 } };

/** The stable probabilities as bars on a 0–1 axis; each bar is the output node yₖ. */
export function SoftmaxBars({ y }: { y: readonly number[] }) {
  const t = useT();
  const { ref, frame } = useChartFrame(SPEC);
  const names = y.map((_, i) => `y${i + 1}`);
  const sx = scaleBand<string>().domain(names).range(frame.x).padding(0.25);
  const sy = scaleLinear().domain([0, 1]).range(frame.y);
  const total = y.reduce((s, v) => s + v, 0);
  const label =
    t({ ko: '소프트맥스 출력 막대그래프: ', en: 'Softmax outputs as bars: ' }) +
    names.map((n, i) => `${n} = ${formatNumber(y[i] ?? 0)}`).join(', ') +
    t({ ko: `. 합 ${formatNumber(total)}.`, en: `. Sum ${formatNumber(total)}.` });
  return (
    <svg
      ref={ref}
      className="chart softmax-bars"
      viewBox={frame.viewBox}
      role="img"
      aria-label={label}
      data-sum={String(total)}
    >
      <GridLines frame={frame} axis="y" scale={sy} ticks={5} />
      <Axis frame={frame} side="left" scale={sy} ticks={5} />
      <Axis frame={frame} side="bottom" scale={sx} />
      {names.map((n, i) => {
        const v = y[i] ?? 0;
        const x = sx(n) ?? 0;
        return (
          <g key={n} data-node={n} data-value={String(v)}>
            <rect className="softmax-bar" x={x} width={sx.bandwidth()} y={sy(v)} height={sy(0) - sy(v)} />
            <text className="chart-value" x={x + sx.bandwidth() / 2} y={sy(v) - 5} textAnchor="middle">
              {formatNumber(v)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
