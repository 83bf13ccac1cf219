import { useCallback, useState } from 'react';
import { useT } from '../../state/lang';
import { formatNumber } from '../kit/controls/numericInput';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import { prefersReducedMotion } from '../kit/run/prefersReducedMotion';
import { usePlayLoop } from '../kit/run/usePlayLoop';
import '../kit/controls/controls.css';
import './advertising.css';
import { adFeatures, adRows, adSales, adScaling, adZ } from './advertisingData';
import { FIT_MAX_STEPS, fitSteps, type FitProgress } from './fitLoop';
import { evaluateLinear, type LinearParams } from './linearNeuron';
import { useParams } from '../kit/params/useParams';
import { advertisingParams } from './params';

const STEPS_PER_FRAME = 4;
const featureTex = ['z_{\\text{fb}}', 'z_{\\text{yt}}', 'z_{\\text{nv}}'];

/** The notes' advertising table and a linear neuron with weight sliders; a button fits it by gradient descent. */
export default function Advertising() {
  const t = useT();
  const p = useParams(advertisingParams);
  const { w1, w2, w3, b, lr } = p.values;
  const { patch } = p;
  const [fit, setFit] = useState<(FitProgress & { from: LinearParams }) | null>(null);
  const params: LinearParams = { w: [w1, w2, w3], b };
  const e = evaluateLinear(adZ, adSales, params);
  const running = fit?.status === 'running';

  const apply = useCallback((next: LinearParams) => {
    // Rounded to 1e-3 so the URL and the fields stay short; the loss barely notices.
    const r = (v: number) => Math.round(v * 1e3) / 1e3;
    patch({ w1: r(next.w[0] ?? 0), w2: r(next.w[1] ?? 0), w3: r(next.w[2] ?? 0), b: r(next.b) });
  }, [patch]);

  const tick = useCallback(() => {
    if (!fit || fit.status !== 'running') return;
    // A few steps per frame at first, so the weights visibly slide; then more, so the fit ends soon.
    const n = prefersReducedMotion() ? FIT_MAX_STEPS : Math.max(STEPS_PER_FRAME, Math.floor(fit.steps / 6));
    const next = fitSteps(adZ, adSales, fit.params, lr, fit.steps, n);
    if (next.status === 'diverged') apply(fit.from);
    else apply(next.params);
    setFit({ ...next, from: fit.from });
  }, [fit, lr, apply]);
  usePlayLoop(running, tick);

  const start = () => setFit({ params, loss: e.loss, steps: 0, status: 'running', from: params });
  const status = fit?.status ?? 'idle';
  const messages = {
    idle: { ko: '가중치를 직접 움직여 MSE를 줄여 보거나, 경사 하강법으로 맞추기를 누르세요.', en: 'Move the weights yourself to lower the MSE, or press Fit with gradient descent.' },
    running: { ko: `맞추는 중… ${fit?.steps ?? 0}걸음, MSE ${formatNumber(e.loss)}`, en: `Fitting… ${fit?.steps ?? 0} steps, MSE ${formatNumber(e.loss)}` },
    converged: { ko: `✓ ${fit?.steps ?? 0}걸음 만에 기울기가 사라졌습니다. MSE = ${formatNumber(e.loss)}.`, en: `✓ The gradient vanished after ${fit?.steps ?? 0} steps. MSE = ${formatNumber(e.loss)}.` },
    diverged: {
      ko: `✗ 발산했습니다: ${fit?.steps ?? 0}걸음째에 MSE가 ${formatNumber(fit?.loss ?? 0)}까지 커져 멈추고, 가중치를 맞추기 전 값으로 되돌렸습니다. 학습률 η를 줄이세요.`,
      en: `✗ Diverged: at step ${fit?.steps ?? 0} the MSE had grown to ${formatNumber(fit?.loss ?? 0)}, so the fit stopped and the weights went back to where they started. Lower the learning rate η.`,
    },
    stopped: { ko: `${fit?.steps ?? 0}걸음에서 멈췄습니다. MSE = ${formatNumber(e.loss)}.`, en: `Stopped after ${fit?.steps ?? 0} steps. MSE = ${formatNumber(e.loss)}.` },
  } as const;

  return (
    <div className="widget advertising" data-widget="advertising" data-mse={String(e.loss)} data-fit-status={status} data-fit-steps={fit?.steps ?? 0}>
      <div className="advertising-table-wrap" tabIndex={0} role="region" aria-label={t({ ko: '광고 데이터 표', en: 'Advertising data table' })}>
      <table className="advertising-table">
        <caption>{t({ ko: '광고비와 판매량 (강의 노트의 다섯 행)', en: 'Advertising spend and sales (the five rows in the notes)' })}</caption>
        <thead>
          <tr>
            {adFeatures.map((f) => <th key={f} scope="col">{f}</th>)}
            <th scope="col">{t({ ko: '판매량 y', en: 'sales y' })}</th>
            <th scope="col">{t({ ko: '예측 ŷ', en: 'predicted ŷ' })}</th>
            <th scope="col">ŷ − y</th>
          </tr>
        </thead>
        <tbody>
          {adRows.map((row, i) => {
            const p = e.predictions[i] ?? 0;
            return (
              <tr key={i} data-row={i + 1} data-prediction={String(p)} data-sales={row.sales}>
                {row.spend.map((v, j) => <td key={j} className="num">{v}</td>)}
                <td className="num">{row.sales}</td>
                <td className="num">{formatNumber(p)}</td>
                <td className="num">{formatNumber(Number((p - row.sales).toPrecision(3)))}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>MSE = (1/5) Σ (ŷ − y)²</th>
            <td className="num" data-output="mse"><strong>{formatNumber(e.loss)}</strong></td>
          </tr>
        </tfoot>
      </table>
      </div>
      <Tex
        display
        className="advertising-formula"
        math={`\\hat y = ${formatNumber(w1)}\\,${featureTex[0]} ${w2 < 0 ? '-' : '+'} ${formatNumber(Math.abs(w2))}\\,${featureTex[1]} ${w3 < 0 ? '-' : '+'} ${formatNumber(Math.abs(w3))}\\,${featureTex[2]} + ${formatNumber(b)}`}
      />
      <Tex display className="advertising-formula" math={'z = \\frac{x - \\text{mean}}{\\text{std}}'} />
      <p className="advertising-scaling">
        {t({ ko: '표준화에 쓴 평균과 표준편차', en: 'Means and standard deviations used to standardise' })}:{' '}
        {adFeatures.map((f, j) => `${f} ${formatNumber(adScaling.mean[j] ?? 0)} ± ${formatNumber(adScaling.std[j] ?? 0)}`).join(', ')}
      </p>
      <div className="advertising-controls">
        {(['w1', 'w2', 'w3'] as const).map((w) => <Slider key={w} {...p.slider[w]} />)}
        <Slider {...p.slider.b} />
        <Slider {...p.slider.lr} />
      </div>
      <div className="widget-toolbar">
        <button type="button" className="chip" data-action="fit" onClick={() => (running ? setFit({ ...fit, status: 'stopped' }) : start())}>
          {running ? t({ ko: '멈춤', en: 'Stop' }) : t({ ko: '경사 하강법으로 맞추기', en: 'Fit with gradient descent' })}
        </button>
        <button type="button" className="chip" data-action="zero" disabled={running} onClick={() => { apply({ w: [0, 0, 0], b: 0 }); setFit(null); }}>
          {t({ ko: '모두 0으로', en: 'All to zero' })}
        </button>
      </div>
      <p className={status === 'converged' ? 'verdict verdict-ok' : status === 'diverged' ? 'verdict verdict-bad' : 'verdict'} role="status" data-message={status}>
        {t(messages[status])}
      </p>
    </div>
  );
}
