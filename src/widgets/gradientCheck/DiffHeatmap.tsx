import { scaleBand } from 'd3';
import { useT } from '../../state/lang';
import { Axis, useChartFrame } from '../kit/chart';
import type { ParamDiff } from './checkNet';

/** Gap between cells, in units. */
const GAP = 2;
const MARGIN = { top: 0, right: 0, bottom: 2, left: 30 };
const LO = -14;
const HI = -2;

/** log₁₀|d| rounded, clamped to the legend's range (an exact 0 reads as the bottom). */
export function exponentOf(d: number): number {
  if (d <= 0) return LO;
  return Math.max(LO, Math.min(HI, Math.round(Math.log10(d))));
}

/** A heat map of |backprop − numerical| for W2: darker is larger, and each cell prints its power of ten. */
export function DiffHeatmap({ diff, dtype }: { diff: ParamDiff; dtype: string }) {
  const t = useT();
  const [rows = 0, cols = 0] = diff.shape;
  const { ref, frame } = useChartFrame({ height: { aspect: rows / Math.max(1, cols) }, margin: MARGIN }, 380);
  const rowScale = scaleBand<number>()
    .domain(Array.from({ length: rows }, (_, r) => r + 1))
    .range([frame.inner.top, frame.inner.bottom]);
  const cell = frame.inner.width / Math.max(1, cols);
  const worst = exponentOf(diff.max);
  const label = t({
    ko: `W2 (${rows}×${cols})의 차이 열지도, ${dtype}: 각 칸의 숫자는 |차이|의 10의 지수입니다. 가장 큰 차이는 약 10^${worst}입니다.`,
    en: `Heat map of the W2 (${rows}×${cols}) differences in ${dtype}: each cell shows the power of ten of |difference|. The largest is about 10^${worst}.`,
  });
  return (
    <figure className="diff-heatmap">
      <svg
        ref={ref}
        className="chart"
        viewBox={frame.viewBox}
        role="img"
        aria-label={label}
        data-heatmap="W2"
        data-dtype={dtype}
      >
        {Array.from({ length: rows * cols }, (_, i) => {
          const r = Math.floor(i / cols);
          const c = i % cols;
          const e = exponentOf(diff.diff[i] ?? 0);
          const strength = (e - LO) / (HI - LO);
          return (
            <g key={i} data-cell={`${r},${c}`} data-diff={String(diff.diff[i] ?? 0)}>
              <rect
                x={MARGIN.left + c * cell}
                y={r * cell}
                width={cell - GAP}
                height={cell - GAP}
                className="diff-cell"
                fillOpacity={0.08 + 0.9 * strength}
              />
              <text
                x={MARGIN.left + c * cell + (cell - GAP) / 2}
                y={r * cell + (cell - GAP) / 2}
                dy="0.32em"
                textAnchor="middle"
                className={strength > 0.55 ? 'diff-text diff-text-strong' : 'diff-text'}
              >
                {e}
              </text>
            </g>
          );
        })}
        <Axis frame={frame} side="left" scale={rowScale} />
      </svg>
      <figcaption>
        {t({
          ko: `행: 은닉 뉴런 1–${rows}, 열: 숫자 클래스 0–${cols - 1}. 칸의 숫자 −10은 차이가 약 10⁻¹⁰이라는 뜻입니다. −14는 10⁻¹⁴ 이하이며, 세 이미지 모두에서 꺼져 있던 은닉 뉴런의 행은 두 기울기가 정확히 0입니다.`,
          en: `Rows: hidden units 1–${rows}; columns: digit classes 0–${cols - 1}. A cell reading −10 means a difference of about 10⁻¹⁰; −14 means 10⁻¹⁴ or less. A hidden unit that stayed off for all three images has both gradients exactly 0 along its row.`,
        })}
      </figcaption>
    </figure>
  );
}
