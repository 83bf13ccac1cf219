import { line, max, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { Axis, chartMargin, GridLines, Legend, seriesStyles, integerTicks, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import { smoothLosses } from './trainerView';

const SPEC = { height: 220, minWidth: 260, margin: chartMargin({ leftTickChars: 4, xLabel: true, yLabel: true }) };
/** At most this many raw points are drawn (evenly strided), so long runs stay cheap to render. */
const MAX_POINTS = 400;

/** The batch loss per step: faint raw points and the smoothed curve (EMA), on a fixed x range of all steps. */
export function LossChart({ losses, totalSteps }: { losses: readonly number[]; totalSteps: number }) {
  const t = useT();
  const { ref, frame } = useChartFrame(SPEC, 600);
  const smooth = useMemo(() => smoothLosses(losses), [losses]);
  const stride = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const x = scaleLinear()
    .domain([0, Math.max(totalSteps, losses.length, 1)])
    .range(frame.x);
  const top = Math.min(max(smooth) ?? 2.5, 5) * 1.15 || 2.5;
  const y = scaleLinear().domain([0, top]).range(frame.y).clamp(true);
  let raw = '';
  for (let i = 0; i < losses.length; i += stride)
    raw += `M${x(i + 1).toFixed(1)},${y(losses[i] ?? 0).toFixed(1)}h1.6v1.6h-1.6z`;
  const sampled = smooth
    .filter((_, i) => i % stride === 0 || i === smooth.length - 1)
    .map((v, j, arr) => [j === arr.length - 1 ? smooth.length : j * stride + 1, v] as const);
  const path =
    line<readonly [number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))(sampled) ?? '';
  const last = smooth.at(-1);
  const summary =
    last === undefined
      ? t({ ko: '손실 곡선: 아직 학습하지 않았습니다', en: 'Loss curve: no training yet' })
      : t({
          ko: `손실 곡선: ${losses.length}단계, 평활 손실 ${formatNumber(last)}`,
          en: `Loss curve: ${losses.length} steps, smoothed loss ${formatNumber(last)}`,
        });
  return (
    <>
      <svg ref={ref} className="chart mnist-chart" viewBox={frame.viewBox} role="img" aria-label={summary}>
        <GridLines frame={frame} axis="y" scale={y} ticks={4} />
        <Axis
          frame={frame}
          side="left"
          scale={y}
          ticks={4}
          format={formatNumber}
          label={t({ ko: '손실', en: 'loss' })}
        />
        <Axis
          frame={frame}
          side="bottom"
          scale={x}
          filter={integerTicks}
          label={t({ ko: '단계 (미니배치)', en: 'step (mini-batch)' })}
        />
        <path d={raw} className="loss-raw" style={{ color: seriesStyles.raw.color }} />
        <path
          d={path}
          className="chart-line"
          style={{ color: seriesStyles.loss.color }}
          strokeDasharray={seriesStyles.loss.dash}
        />
      </svg>
      <Legend
        items={[
          { id: 'raw', label: t({ ko: '배치 손실', en: 'batch loss' }), style: seriesStyles.raw, swatch: 'marker' },
          { id: 'loss', label: t({ ko: '평활', en: 'smoothed' }), style: seriesStyles.loss, swatch: 'line' },
        ]}
      />
    </>
  );
}
