import { line, min, scaleLinear } from 'd3';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { chartUnits, useElementWidth } from '../kit/chart/useElementWidth';
import { ChartGrid } from './ChartGrid';
import type { EpochPoint } from './trainerView';

/** Width before the first layout; then the chart draws at its real width (in chartUnits), so its text keeps the page's scale. */
const FALLBACK_W = 600;
const H = 200;
const M = { top: 12, right: 16, bottom: 34, left: 48 };

/** Train and test accuracy per epoch: filled circles on a solid line (train), open squares on a dashed line (test). */
export function AccuracyChart({ epochs, totalEpochs }: { epochs: readonly EpochPoint[]; totalEpochs: number }) {
  const t = useT();
  const [ref, measured] = useElementWidth<SVGSVGElement>(FALLBACK_W);
  const W = Math.max(260, chartUnits(measured));
  const x = scaleLinear().domain([0, Math.max(totalEpochs, epochs.length, 1)]).range([M.left, W - M.right]);
  const low = Math.min(0.9, Math.floor((min(epochs.flatMap((e) => [e.trainAcc, e.testAcc])) ?? 0.9) * 20) / 20);
  const y = scaleLinear().domain([low, 1]).range([H - M.bottom, M.top]).clamp(true);
  const path = (key: 'trainAcc' | 'testAcc') => line<EpochPoint>().x((d) => x(d.epoch)).y((d) => y(d[key]))(epochs) ?? '';
  const last = epochs.at(-1);
  const summary = last
    ? t({ ko: `정확도: ${last.epoch}에폭 후 훈련 ${formatNumber(last.trainAcc)}, 시험 ${formatNumber(last.testAcc)}`, en: `Accuracy after epoch ${last.epoch}: train ${formatNumber(last.trainAcc)}, test ${formatNumber(last.testAcc)}` })
    : t({ ko: '정확도: 첫 에폭이 끝나면 나타납니다', en: 'Accuracy: appears after the first epoch' });
  return (
    <svg ref={ref} className="mnist-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
      <ChartGrid y={y} left={M.left} right={W - M.right} />
      {x.ticks(Math.min(10, Math.max(totalEpochs, 1), Math.max(2, Math.floor(W / 50)))).filter(Number.isInteger).map((v) => (
        <text key={v} x={x(v)} y={H - M.bottom + 16} textAnchor="middle" className="tick">{v}</text>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className="axis-label">{t({ ko: '에폭', en: 'epoch' })}</text>
      <path d={path('trainAcc')} className="acc-train" />
      <path d={path('testAcc')} className="acc-test" />
      {epochs.map((e) => (
        <g key={e.epoch}>
          <circle cx={x(e.epoch)} cy={y(e.trainAcc)} r={4} className="acc-train-dot" />
          <rect x={x(e.epoch) - 4} y={y(e.testAcc) - 4} width={8} height={8} className="acc-test-dot" />
        </g>
      ))}
      <g transform={`translate(${W - M.right - 190},${H - M.bottom - 14})`} className="legend">
        <circle r={4} className="acc-train-dot" />
        <text x="8" dy="0.32em">{t({ ko: '훈련', en: 'train' })}</text>
        <rect x="86" y="-4" width="8" height="8" className="acc-test-dot" />
        <text x="98" dy="0.32em">{t({ ko: '시험', en: 'test' })}</text>
      </g>
    </svg>
  );
}
