import { useT } from '../../state/lang';

const W = 320;
const ROW = 22;

/** Ten horizontal bars, one per class, with the percentage written out and the winner marked ✓. */
export function ProbabilityBars({ probs, predicted }: { probs: Float32Array | null; predicted: number | null }) {
  const t = useT();
  const label = probs && predicted !== null
    ? t({ ko: `예측 ${predicted}, 확률 ${(100 * (probs[predicted] ?? 0)).toFixed(1)}%`, en: `Prediction ${predicted} with probability ${(100 * (probs[predicted] ?? 0)).toFixed(1)}%` })
    : t({ ko: '아직 예측 없음', en: 'No prediction yet' });
  return (
    <svg className="digit-bars" viewBox={`0 0 ${W} ${ROW * 10 + 4}`} role="img" aria-label={label}>
      {Array.from({ length: 10 }, (_, d) => {
        const p = probs?.[d] ?? 0;
        const win = d === predicted;
        return (
          <g key={d} transform={`translate(0,${d * ROW + 2})`} data-class={d} data-probability={String(p)}>
            <text x={10} y={ROW / 2} dy="0.32em" className={win ? 'bar-label win' : 'bar-label'}>{d}</text>
            <rect x={26} y={3} width={Math.max(0, p) * (W - 110)} height={ROW - 6} className={win ? 'bar win' : 'bar'} />
            <text x={W - 78} y={ROW / 2} dy="0.32em" className="bar-value">{probs ? `${(100 * p).toFixed(1)}%` : '—'}{win ? ' ✓' : ''}</text>
          </g>
        );
      })}
    </svg>
  );
}
