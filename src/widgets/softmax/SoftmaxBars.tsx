import { scaleBand, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';

const W = 420;
const H = 220;
const PAD = { left: 40, right: 10, top: 24, bottom: 30 };

/** The stable probabilities as bars on a 0–1 axis; each bar is the output node yₖ. */
export function SoftmaxBars({ y }: { y: readonly number[] }) {
  const t = useT();
  const names = y.map((_, i) => `y${i + 1}`);
  const sx = scaleBand<string>().domain(names).range([PAD.left, W - PAD.right]).padding(0.25);
  const sy = scaleLinear().domain([0, 1]).range([H - PAD.bottom, PAD.top]);
  const total = y.reduce((s, v) => s + v, 0);
  const label = t({ ko: '소프트맥스 출력 막대그래프: ', en: 'Softmax outputs as bars: ' }) + names.map((n, i) => `${n} = ${formatNumber(y[i] ?? 0)}`).join(', ') + t({ ko: `. 합 ${formatNumber(total)}.`, en: `. Sum ${formatNumber(total)}.` });
  return (
    <svg className="softmax-bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-sum={String(total)}>
      {sy.ticks(5).map((v) => (
        <g key={v}>
          <line className="softmax-grid" x1={PAD.left} x2={W - PAD.right} y1={sy(v)} y2={sy(v)} />
          <text className="softmax-tick" x={PAD.left - 6} y={sy(v) + 4} textAnchor="end">{v}</text>
        </g>
      ))}
      {names.map((n, i) => {
        const v = y[i] ?? 0;
        const x = sx(n) ?? 0;
        return (
          <g key={n} data-node={n} data-value={String(v)}>
            <rect className="softmax-bar" x={x} width={sx.bandwidth()} y={sy(v)} height={sy(0) - sy(v)} />
            <text className="softmax-bar-value" x={x + sx.bandwidth() / 2} y={sy(v) - 5} textAnchor="middle">{formatNumber(v)}</text>
            <text className="softmax-tick" x={x + sx.bandwidth() / 2} y={H - 10} textAnchor="middle">{n}</text>
          </g>
        );
      })}
    </svg>
  );
}
