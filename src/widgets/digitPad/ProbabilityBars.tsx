import { scaleBand, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { Axis, useChartFrame } from '../kit/chart';

const DIGITS = Array.from({ length: 10 }, (_, d) => d);
/** Ten 22-unit rows; the right margin holds "100.0% ✓". */
const SPEC = { height: 10 * 22 + 4, margin: { top: 2, right: 78, bottom: 2, left: 26 } };

/** Ten horizontal bars, one per class, with the percentage written out and the winner marked ✓. */
export function ProbabilityBars({ probs, predicted }: { probs: Float32Array | null; predicted: number | null }) {
  const t = useT();
  const { ref, frame } = useChartFrame(SPEC, 320);
  const { inner } = frame;
  const row = scaleBand<number>().domain(DIGITS).range([inner.top, inner.bottom]);
  const bar = scaleLinear().domain([0, 1]).range(frame.x).clamp(true);
  const label =
    probs && predicted !== null
      ? t({
          ko: `예측 ${predicted}, 확률 ${(100 * (probs[predicted] ?? 0)).toFixed(1)}%`,
          en: `Prediction ${predicted} with probability ${(100 * (probs[predicted] ?? 0)).toFixed(1)}%`,
        })
      : t({ ko: '아직 예측 없음', en: 'No prediction yet' });
  return (
    <svg ref={ref} className="chart digit-bars" viewBox={frame.viewBox} role="img" aria-label={label}>
      <Axis frame={frame} side="left" scale={row} strong={(d) => d === predicted} />
      {DIGITS.map((d) => {
        const p = probs?.[d] ?? 0;
        const win = d === predicted;
        const top = row(d) ?? 0;
        return (
          <g key={d} data-class={d} data-probability={String(p)}>
            <rect
              x={inner.left}
              y={top + 3}
              width={bar(Math.max(0, p)) - inner.left}
              height={row.bandwidth() - 6}
              className={win ? 'bar win' : 'bar'}
            />
            <text x={inner.right + 8} y={top + row.bandwidth() / 2} dy="0.32em" className="bar-value">
              {probs ? `${(100 * p).toFixed(1)}%` : '—'}
              {win ? ' ✓' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
