import { line, min, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import {
  Axis,
  chartMargin,
  GridLines,
  Legend,
  SeriesMarker,
  seriesStyles,
  integerTicks,
  tickCount,
  TICK_SPACING,
  useChartFrame,
} from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import type { EpochPoint } from './trainerView';

const SPEC = { height: 200, minWidth: 260, margin: chartMargin({ leftTickChars: 4, xLabel: true }) };
const series = [
  { key: 'trainAcc', style: seriesStyles.train },
  { key: 'testAcc', style: seriesStyles.test },
] as const;

/** Train and test accuracy per epoch: filled circles on a solid line (train), open squares on a dashed line (test). */
export function AccuracyChart({ epochs, totalEpochs }: { epochs: readonly EpochPoint[]; totalEpochs: number }) {
  const t = useT();
  const { ref, frame } = useChartFrame(SPEC, 600);
  const x = scaleLinear()
    .domain([0, Math.max(totalEpochs, epochs.length, 1)])
    .range(frame.x);
  const low = Math.min(0.9, Math.floor((min(epochs.flatMap((e) => [e.trainAcc, e.testAcc])) ?? 0.9) * 20) / 20);
  const y = scaleLinear().domain([low, 1]).range(frame.y).clamp(true);
  const path = (key: 'trainAcc' | 'testAcc') =>
    line<EpochPoint>()
      .x((d) => x(d.epoch))
      .y((d) => y(d[key]))(epochs) ?? '';
  const last = epochs.at(-1);
  const summary = last
    ? t({
        ko: `정확도: ${last.epoch}에폭 후 훈련 ${formatNumber(last.trainAcc)}, 시험 ${formatNumber(last.testAcc)}`,
        en: `Accuracy after epoch ${last.epoch}: train ${formatNumber(last.trainAcc)}, test ${formatNumber(last.testAcc)}`,
      })
    : t({ ko: '정확도: 첫 에폭이 끝나면 나타납니다', en: 'Accuracy: appears after the first epoch' });
  // Never more epoch ticks than epochs: 1, 2, 3 rather than 0.5, 1, 1.5.
  const xTicks = Math.min(Math.max(totalEpochs, 1), tickCount(frame.inner.width, TICK_SPACING.x));
  return (
    <>
      <svg ref={ref} className="chart mnist-chart" viewBox={frame.viewBox} role="img" aria-label={summary}>
        <GridLines frame={frame} axis="y" scale={y} ticks={4} />
        <Axis frame={frame} side="left" scale={y} ticks={4} format={formatNumber} />
        <Axis
          frame={frame}
          side="bottom"
          scale={x}
          ticks={xTicks}
          filter={integerTicks}
          label={t({ ko: '에폭', en: 'epoch' })}
        />
        {series.map(({ key, style }) => (
          <g key={key} style={{ color: style.color }}>
            <path d={path(key)} className="chart-line" strokeDasharray={style.dash} />
            {epochs.map((e) => (
              <SeriesMarker key={e.epoch} style={style} x={x(e.epoch)} y={y(e[key])} area={50} />
            ))}
          </g>
        ))}
      </svg>
      <Legend
        items={[
          { id: 'train', label: t({ ko: '훈련', en: 'train' }), style: seriesStyles.train },
          { id: 'test', label: t({ ko: '시험', en: 'test' }), style: seriesStyles.test },
        ]}
      />
    </>
  );
}
