import { line, max, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { Axis, chartMargin, Legend, SeriesMarker, seriesStyles, integerTicks, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import type { Evaluation } from './trainer';

const SPEC = { height: 180, margin: chartMargin({ leftTickChars: 3, xLabel: true, yLabel: true }) };
const accSeries = [
  { key: 'train', style: seriesStyles.train },
  { key: 'test', style: seriesStyles.test },
] as const;

/** Loss per step, and training vs test accuracy per epoch: the gap between the two is overfitting. */
export function TrainingCharts({ losses, evals }: { losses: readonly number[]; evals: readonly Evaluation[] }) {
  const t = useT();
  const { ref: lossRef, frame: lossFrame } = useChartFrame(SPEC, 320);
  const { ref: accRef, frame: accFrame } = useChartFrame(SPEC, 320);
  const steps = Math.max(10, losses.length);
  const xLoss = scaleLinear().domain([0, steps]).range(lossFrame.x);
  const xAcc = scaleLinear().domain([0, steps]).range(accFrame.x);
  const yLoss = scaleLinear()
    .domain([0, Math.max(2.5, max(losses) ?? 0)])
    .range(lossFrame.y);
  const yAcc = scaleLinear().domain([0, 1]).range(accFrame.y);
  const lossPath =
    line<number>()
      .x((_, i) => xLoss(i + 1))
      .y((v) => yLoss(v))(losses) ?? '';
  const accPath = (key: 'train' | 'test') =>
    line<Evaluation>()
      .x((e) => xAcc(e.step))
      .y((e) => yAcc(e[key]))(evals) ?? '';
  const last = evals.at(-1);
  const stepLabel = t({ ko: '단계', en: 'step' });
  return (
    <div className="train-charts">
      <svg
        ref={lossRef}
        className="chart"
        viewBox={lossFrame.viewBox}
        role="img"
        aria-label={t({
          ko: `미니배치 손실 곡선, ${losses.length}단계, 마지막 손실 ${formatNumber(losses.at(-1) ?? NaN)}`,
          en: `Mini-batch loss over ${losses.length} steps; latest ${formatNumber(losses.at(-1) ?? NaN)}`,
        })}
      >
        <Axis
          frame={lossFrame}
          side="left"
          scale={yLoss}
          ticks={[0, 1, 2]}
          label={t({ ko: '손실', en: 'loss' })}
          line
        />
        <Axis frame={lossFrame} side="bottom" scale={xLoss} filter={integerTicks} label={stepLabel} line />
        <path d={lossPath} className="chart-line" style={{ color: seriesStyles.loss.color }} />
      </svg>
      <div>
        <svg
          ref={accRef}
          className="chart"
          viewBox={accFrame.viewBox}
          role="img"
          aria-label={
            last
              ? t({
                  ko: `정확도: 훈련 ${formatNumber(last.train)}, 시험 ${formatNumber(last.test)} (${last.step}단계)`,
                  en: `Accuracy: training ${formatNumber(last.train)}, test ${formatNumber(last.test)} at step ${last.step}`,
                })
              : t({ ko: '아직 정확도 기록이 없습니다', en: 'No accuracy measured yet' })
          }
        >
          <Axis
            frame={accFrame}
            side="left"
            scale={yAcc}
            ticks={[0, 0.5, 1]}
            format={formatNumber}
            label={t({ ko: '정확도', en: 'accuracy' })}
            line
          />
          <Axis frame={accFrame} side="bottom" scale={xAcc} filter={integerTicks} label={stepLabel} line />
          {accSeries.map(({ key, style }) => (
            <g key={key} style={{ color: style.color }}>
              <path d={accPath(key)} className="chart-line" strokeDasharray={style.dash} />
              {evals.map((e) => (
                <SeriesMarker key={e.step} style={style} x={xAcc(e.step)} y={yAcc(e[key])} area={30} />
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
      </div>
    </div>
  );
}
