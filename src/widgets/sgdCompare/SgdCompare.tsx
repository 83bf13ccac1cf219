import { useMemo } from 'react';
import { useT } from '../../state/lang';
import { seriesStyles } from '../kit/chart';
import { ContourPlot, type ContourPath } from '../kit/contour/ContourPlot';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './sgdCompare.css';
import { LossCurves } from './LossCurves';
import { batchSize, fullLoss, methods, runMethod, type Method } from './sgdRuns';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
import { useParams } from '../kit/params/useParams';
import { sgdCompareParams } from './params';

const EPOCHS = 15;
const START = [0, 80] as const;
const BEST = [48.54856067736652, 139.4] as const;
const DOMAIN = { x: [-20, 120], y: [60, 200] } as const;
const surface = (w: number, b: number) => fullLoss([w, b]);
const names: Record<Method, { ko: string; en: string }> = {
  batch: { ko: '배치 (5행)', en: 'Batch (5 rows)' },
  minibatch: { ko: '미니배치 (2행)', en: 'Mini-batch (2 rows)' },
  sgd: { ko: '확률적 (1행)', en: 'Stochastic (1 row)' },
};

const shortNames: Record<Method, { ko: string; en: string }> = {
  batch: { ko: '배치', en: 'Batch' },
  minibatch: { ko: '미니배치', en: 'Mini-batch' },
  sgd: { ko: '확률적', en: 'Stochastic' },
};

/** Batch, mini-batch and stochastic gradient descent on the advertising data, side by side, with a seed you can change. */
export default function SgdCompare() {
  const t = useT();
  const p = useParams(sgdCompareParams);
  const { seed, lr } = p.values;
  const runs = useMemo(() => methods.map((m) => runMethod(m, START, lr, EPOCHS, seed)), [seed, lr]);
  const floor = useMemo(() => fullLoss(BEST), []);
  const paths: ContourPath[] = runs.map((r) => ({
    id: r.method,
    label: t(names[r.method]),
    points: r.points.map((p) => p.params),
    ...seriesStyles[r.method],
  }));
  const last = (m: Method) => runs.find((r) => r.method === m)?.points.at(-1);
  const summary = runs
    .map(
      (r) =>
        `${t(names[r.method])}: ${r.points.length - 1} ${t({ ko: '번 갱신, 손실', en: 'updates, loss' })} ${formatReadout(r.points.at(-1)?.loss ?? 0, 'loss')}${r.diverged ? t({ ko: ' (발산)', en: ' (diverged)' }) : ''}`,
    )
    .join('; ');
  const data = Object.fromEntries(
    methods.flatMap((m) => [
      [`data-final-${m}`, String(last(m)?.loss ?? '')],
      [`data-updates-${m}`, String((runs.find((r) => r.method === m)?.points.length ?? 1) - 1)],
      [`data-diverged-${m}`, String(runs.find((r) => r.method === m)?.diverged ?? false)],
    ]),
  );

  return (
    <WidgetRoot className="sgd-compare" data-seed={seed} data-min-loss={String(floor)} {...data}>
      <p className="sgd-compare-model">
        <Tex math="\hat y = w\,z_{\text{fb}} + b" />{' '}
        {t({
          ko: `· 시작 (w, b) = (0, 80) · ${EPOCHS} 에포크 · 손실은 다섯 행 전체의 MSE`,
          en: `· start (w, b) = (0, 80) · ${EPOCHS} epochs · loss = MSE over all five rows`,
        })}
      </p>
      <div className="sgd-compare-body">
        <ContourPlot
          f={surface}
          domain={DOMAIN}
          paths={paths}
          minimum={BEST}
          label={t({
            ko: `w–b 평면의 손실 등고선과 세 경로. ${summary}`,
            en: `Loss contours over the w–b plane with three paths. ${summary}`,
          })}
          axisLabels={['w', 'b']}
          legendTitle={t({ ko: '방법', en: 'Methods' })}
        />
        <div>
          <LossCurves
            runs={runs}
            epochs={EPOCHS}
            floor={floor}
            label={t({
              ko: `에포크에 따른 전체 손실(로그 눈금). ${summary}`,
              en: `Full-data loss against epochs (log scale). ${summary}`,
            })}
            axis={{ x: t({ ko: '에포크', en: 'epoch' }), y: t({ ko: '손실 (로그)', en: 'loss (log)' }) }}
          />
          <Slider {...p.slider.seed} />
          <Slider {...p.slider.lr} />
          <table className="sgd-compare-table">
            <thead>
              <tr>
                <th scope="col">{t({ ko: '방법', en: 'Method' })}</th>
                <th scope="col">{t({ ko: '배치 크기', en: 'Batch size' })}</th>
                <th scope="col">{t({ ko: '갱신 수', en: 'Updates' })}</th>
                <th scope="col">{t({ ko: '마지막 손실', en: 'Final loss' })}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.method} data-method={r.method}>
                  <th scope="row">{t(shortNames[r.method])}</th>
                  <td className="num">{batchSize[r.method]}</td>
                  <td className="num">{r.points.length - 1}</td>
                  <td className="num">
                    {r.diverged ? (
                      <span className="sgd-compare-bad">✗ {t({ ko: '발산, 멈춤', en: 'diverged, stopped' })}</span>
                    ) : (
                      <Num value={r.points.at(-1)?.loss ?? 0} kind="loss" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </WidgetRoot>
  );
}
