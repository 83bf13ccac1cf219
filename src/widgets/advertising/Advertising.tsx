import { useCallback } from 'react';
import { useT } from '../../state/lang';
import { ChipButton } from '../kit/controls/ChipButton';
import { Icon } from '../kit/controls/Icon';
import { runWords } from '../kit/controls/words';
import { formatReadout, formatTex } from '../kit/format';
import { Num } from '../kit/format/Num';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import { useRun } from '../kit/run/useRun';
import '../kit/controls/controls.css';
import './advertising.css';
import { adFeatures, adRows, adSales, adScaling, adZ } from '../kit/advertising/advertisingData';
import { fitStepper, type Fit } from './fitLoop';
import { evaluateLinear, type LinearParams } from '../kit/advertising/linearNeuron';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
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
  const params: LinearParams = { w: [w1, w2, w3], b };
  const e = evaluateLinear(adZ, adSales, params);

  const apply = useCallback(
    (next: LinearParams) => {
      // Rounded to 1e-3 so the URL and the fields stay short; the loss barely notices.
      const r = (v: number) => Math.round(v * 1e3) / 1e3;
      patch({ w1: r(next.w[0] ?? 0), w2: r(next.w[1] ?? 0), w3: r(next.w[2] ?? 0), b: r(next.b) });
    },
    [patch],
  );

  // A few steps per frame at first, so the weights visibly slide; then more, so the fit ends soon.
  const run = useRun<Fit | null>(() => null, fitStepper(adZ, adSales, lr), 'fit', {
    stepsPerTick: (f) => Math.max(STEPS_PER_FRAME, Math.floor((f?.steps ?? 0) / 6)),
    onAdvance: (f) => f && apply(f.status === 'diverged' ? f.from : f.params),
  });
  const fit = run.state;
  const running = run.running;
  const start = () => run.play({ params, loss: e.loss, steps: 0, status: 'running', from: params });
  const status = !fit ? 'idle' : fit.status === 'running' && !running ? 'stopped' : fit.status;
  const messages = {
    idle: {
      ko: '가중치를 직접 움직여 MSE를 줄여 보거나, 경사 하강법으로 맞추기를 누르세요.',
      en: 'Move the weights yourself to lower the MSE, or press Fit with gradient descent.',
    },
    running: {
      ko: `맞추는 중… ${fit?.steps ?? 0}걸음, MSE ${formatReadout(e.loss, 'loss')}`,
      en: `Fitting… ${fit?.steps ?? 0} steps, MSE ${formatReadout(e.loss, 'loss')}`,
    },
    converged: {
      ko: `✓ ${fit?.steps ?? 0}걸음 만에 기울기가 사라졌습니다. MSE = ${formatReadout(e.loss, 'loss')}.`,
      en: `✓ The gradient vanished after ${fit?.steps ?? 0} steps. MSE = ${formatReadout(e.loss, 'loss')}.`,
    },
    diverged: {
      ko: `✗ 발산했습니다: ${fit?.steps ?? 0}걸음째에 MSE가 ${formatReadout(fit?.loss ?? 0, 'loss')}까지 커져 멈추고, 가중치를 맞추기 전 값으로 되돌렸습니다. 학습률 η를 줄이세요.`,
      en: `✗ Diverged: at step ${fit?.steps ?? 0} the MSE had grown to ${formatReadout(fit?.loss ?? 0, 'loss')}, so the fit stopped and the weights went back to where they started. Lower the learning rate η.`,
    },
    stopped: {
      ko: `${fit?.steps ?? 0}걸음에서 멈췄습니다. MSE = ${formatReadout(e.loss, 'loss')}.`,
      en: `Stopped after ${fit?.steps ?? 0} steps. MSE = ${formatReadout(e.loss, 'loss')}.`,
    },
  } as const;

  return (
    <WidgetRoot className="advertising" data-mse={String(e.loss)} data-fit-status={status}>
      <div
        className="advertising-table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t({ ko: '광고 데이터 표', en: 'Advertising data table' })}
      >
        <table className="advertising-table">
          <caption>
            {t({
              ko: '광고비와 판매량 (강의 노트의 다섯 행)',
              en: 'Advertising spend and sales (the five rows in the notes)',
            })}
          </caption>
          <thead>
            <tr>
              {adFeatures.map((f) => (
                <th key={f} scope="col">
                  {f}
                </th>
              ))}
              <th scope="col">{t({ ko: '판매량 y', en: 'sales y' })}</th>
              <th scope="col">{t({ ko: '예측 ŷ', en: 'predicted ŷ' })}</th>
              <th scope="col">ŷ − y</th>
            </tr>
          </thead>
          <tbody>
            {adRows.map((row, i) => {
              const p = e.predictions[i] ?? 0;
              return (
                <tr key={i} data-row={i + 1} data-prediction={String(p)}>
                  {row.spend.map((v, j) => (
                    <td key={j} className="num">
                      {v}
                    </td>
                  ))}
                  <td className="num">{row.sales}</td>
                  <td className="num">
                    <Num value={p} />
                  </td>
                  <td className="num">
                    <Num value={p - row.sales} kind="loss" />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                MSE = (1/5) Σ (ŷ − y)²
              </th>
              <td className="num" data-output="mse">
                <strong>
                  <Num value={e.loss} kind="loss" />
                </strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <Tex
        display
        className="advertising-formula"
        math={`\\hat y = ${formatTex(w1)}\\,${featureTex[0]} ${w2 < 0 ? '-' : '+'} ${formatTex(Math.abs(w2))}\\,${featureTex[1]} ${w3 < 0 ? '-' : '+'} ${formatTex(Math.abs(w3))}\\,${featureTex[2]} + ${formatTex(b)}`}
      />
      <Tex display className="advertising-formula" math={'z = \\frac{x - \\text{mean}}{\\text{std}}'} />
      <p className="advertising-scaling">
        {t({ ko: '표준화에 쓴 평균과 표준편차', en: 'Means and standard deviations used to standardise' })}:{' '}
        {adFeatures
          .map((f, j) => `${f} ${formatReadout(adScaling.mean[j] ?? 0)} ± ${formatReadout(adScaling.std[j] ?? 0)}`)
          .join(', ')}
      </p>
      <div className="advertising-controls">
        {(['w1', 'w2', 'w3'] as const).map((w) => (
          <Slider key={w} {...p.slider[w]} />
        ))}
        <Slider {...p.slider.b} />
        <Slider {...p.slider.lr} />
      </div>
      <div className="widget-toolbar">
        <ChipButton className="run-button" data-action="fit" onClick={() => (running ? run.pause() : start())}>
          {running ? (
            <>
              <Icon name="stop" /> {t(runWords.stop)}
            </>
          ) : (
            t({ ko: '경사 하강법으로 맞추기', en: 'Fit with gradient descent' })
          )}
        </ChipButton>
        <ChipButton
          data-action="zero"
          disabled={running}
          onClick={() => {
            apply({ w: [0, 0, 0], b: 0 });
            run.reset();
          }}
        >
          {t({ ko: '모두 0으로', en: 'All to zero' })}
        </ChipButton>
      </div>
      <p
        className={
          status === 'converged' ? 'verdict verdict-ok' : status === 'diverged' ? 'verdict verdict-bad' : 'verdict'
        }
        role="status"
        data-message={status}
      >
        {t(messages[status])}
      </p>
    </WidgetRoot>
  );
}
