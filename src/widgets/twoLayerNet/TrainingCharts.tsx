import { line, max, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import type { Evaluation } from './trainer';

const W = 320;
const H = 170;
const PAD = { l: 40, r: 8, t: 10, b: 28 };

/** Loss per step, and training vs test accuracy per epoch: the gap between the two is overfitting. */
export function TrainingCharts({ losses, evals }: { losses: readonly number[]; evals: readonly Evaluation[] }) {
  const t = useT();
  const steps = Math.max(10, losses.length);
  const x = scaleLinear().domain([0, steps]).range([PAD.l, W - PAD.r]);
  const yLoss = scaleLinear().domain([0, Math.max(2.5, max(losses) ?? 0)]).range([H - PAD.b, PAD.t]);
  const yAcc = scaleLinear().domain([0, 1]).range([H - PAD.b, PAD.t]);
  const lossPath = line<number>().x((_, i) => x(i + 1)).y((v) => yLoss(v))(losses) ?? '';
  const accPath = (pick: (e: Evaluation) => number) => line<Evaluation>().x((e) => x(e.step)).y((e) => yAcc(pick(e)))(evals) ?? '';
  const last = evals.at(-1);
  const axis = (label: string, y: typeof yLoss, ticks: number[]) => (
    <g className="train-axis">
      <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} />
      <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} />
      {ticks.map((v) => <text key={v} x={PAD.l - 5} y={y(v) + 4} textAnchor="end">{formatNumber(v)}</text>)}
      <text x={W - PAD.r} y={H - 6} textAnchor="end">{label}</text>
    </g>
  );
  return (
    <div className="train-charts">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t({ ko: `미니배치 손실 곡선, ${losses.length}단계, 마지막 손실 ${formatNumber(losses.at(-1) ?? NaN)}`, en: `Mini-batch loss over ${losses.length} steps; latest ${formatNumber(losses.at(-1) ?? NaN)}` })}>
        {axis(t({ ko: '단계', en: 'step' }), yLoss, [0, 1, 2])}
        <path d={lossPath} className="train-line train-line-loss" />
        <text x={PAD.l + 6} y={PAD.t + 12} className="train-title">{t({ ko: '손실', en: 'loss' })}</text>
      </svg>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={last ? t({ ko: `정확도: 훈련 ${formatNumber(last.train)}, 시험 ${formatNumber(last.test)} (${last.step}단계)`, en: `Accuracy: training ${formatNumber(last.train)}, test ${formatNumber(last.test)} at step ${last.step}` }) : t({ ko: '아직 정확도 기록이 없습니다', en: 'No accuracy measured yet' })}>
        {axis(t({ ko: '단계', en: 'step' }), yAcc, [0, 0.5, 1])}
        <path d={accPath((e) => e.train)} className="train-line train-line-train" />
        <path d={accPath((e) => e.test)} className="train-line train-line-test" />
        <g className="train-legend">
          <line x1={PAD.l + 8} x2={PAD.l + 30} y1={H - PAD.b - 26} y2={H - PAD.b - 26} className="train-line train-line-train" />
          <text x={PAD.l + 34} y={H - PAD.b - 22}>{t({ ko: '훈련', en: 'train' })}</text>
          <line x1={PAD.l + 8} x2={PAD.l + 30} y1={H - PAD.b - 10} y2={H - PAD.b - 10} className="train-line train-line-test" />
          <text x={PAD.l + 34} y={H - PAD.b - 6}>{t({ ko: '시험', en: 'test' })}</text>
        </g>
      </svg>
    </div>
  );
}
