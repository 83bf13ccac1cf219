import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../state/lang';
import '../kit/controls/controls.css';
import { formatNumber } from '../kit/controls/numericInput';
import { Slider } from '../kit/controls/Slider';
import { MnistStatus } from '../kit/mnist/MnistStatus';
import { StepLog } from './StepLog';
import { paramNames, Trainer, type Evaluation, type StepRecord } from './trainer';
import { TrainingCharts } from './TrainingCharts';
import './twoLayerNet.css';
import { useSmallMnist } from '../kit/mnist/useSmallMnist';
import { useParams } from '../kit/params/useParams';
import { twoLayerNetParams } from './params';

const BATCH = 100;
const HIDDEN = 50;
/** Training and test accuracy are measured once per epoch: 1,000 images / 100 per batch = 10 steps. */
const EVAL_EVERY = 10;
const MAX_STEPS = 3000;

interface View {
  log: StepRecord[];
  losses: number[];
  evals: Evaluation[];
  diverged: boolean;
}
const EMPTY: View = { log: [], losses: [], evals: [], diverged: false };

/** Trains the book's TwoLayerNet (784 → 50 → 10) on 1,000 MNIST images, one step per browser task, showing each of the four steps. */
export default function TwoLayerNet() {
  const t = useT();
  const [load, retry] = useSmallMnist();
  const p = useParams(twoLayerNetParams);
  const { lr } = p.values;
  const trainer = useRef<Trainer | null>(null);
  const [view, setView] = useState<View>(EMPTY);
  /** Steps still to take; "Keep training" asks for all that are left up to MAX_STEPS. */
  const [pending, setPending] = useState(0);
  const [playing, setPlaying] = useState(false);
  const lrRef = useRef(lr);
  lrRef.current = lr;

  const reset = useCallback(() => {
    setPending(0);
    if (load.status !== 'ready') return;
    const d = load.data;
    trainer.current = new Trainer(
      { images: d.trainImages, labels: d.trainLabels, count: d.trainCount },
      { images: d.testImages, labels: d.testLabels, count: d.testCount },
      { hidden: HIDDEN, learningRate: lrRef.current, batchSize: BATCH, seed: 1 },
    );
    setView({ ...EMPTY, evals: [trainer.current.evaluate()] });
  }, [load]);
  useEffect(reset, [reset]);
  useEffect(() => trainer.current?.setLearningRate(lr), [lr]);

  // One step per macrotask: the browser paints and handles input between steps, even while playing.
  useEffect(() => {
    const tr = trainer.current;
    if (pending <= 0 || !tr) return;
    const timer = window.setTimeout(() => {
      const record = tr.step();
      if (!record) {
        setView((v) => ({ ...v, diverged: true }));
        setPending(0);
        return;
      }
      const evaluation = record.step % EVAL_EVERY === 0 ? tr.evaluate() : null;
      setView((v) => ({
        log: [...v.log.slice(-4), record],
        losses: [...v.losses, record.loss],
        evals: evaluation ? [...v.evals, evaluation] : v.evals,
        diverged: false,
      }));
      setPending((p) => (record.step >= MAX_STEPS ? 0 : p - 1));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pending]);

  const last = view.log.at(-1);
  const lastEval = view.evals.at(-1);
  const running = pending > 0;
  useEffect(() => {
    if (pending <= 0) setPlaying(false);
  }, [pending]);
  const status = view.diverged ? 'diverged' : running ? 'running' : 'idle';
  const gap = lastEval ? lastEval.train - lastEval.test : 0;
  const run = (n: number) => setPending(n);
  const togglePlay = () => {
    if (playing) {
      setPending(0);
    } else {
      setPlaying(true);
      setPending(MAX_STEPS - (last?.step ?? 0));
    }
  };

  return (
    <div
      className="widget two-layer-net" data-widget="two-layer-net" data-status={status} data-step={last?.step ?? 0}
      data-loss={last ? String(last.loss) : undefined} data-batch-accuracy={last ? String(last.batchAccuracy) : undefined}
      data-train-accuracy={lastEval ? String(lastEval.train) : undefined} data-test-accuracy={lastEval ? String(lastEval.test) : undefined}
    >
      <MnistStatus load={load} retry={retry} />
      {load.status === 'ready' && (
        <>
          <div className="widget-toolbar" role="group" aria-label={t({ ko: '학습 조작', en: 'Training controls' })}>
            <button type="button" className="chip" data-action="step" disabled={running || view.diverged} onClick={() => run(1)}>{t({ ko: '한 단계', en: 'One step' })}</button>
            <button type="button" className="chip" data-action="epoch" disabled={running || view.diverged} onClick={() => run(EVAL_EVERY)}>{t({ ko: '10단계 (1에폭)', en: '10 steps (one epoch)' })}</button>
            <button type="button" className="chip" data-action="play" aria-pressed={playing} disabled={view.diverged || (running && !playing)} onClick={togglePlay}>
              {playing ? t({ ko: '멈춤', en: 'Pause' }) : t({ ko: '계속 학습', en: 'Keep training' })}
            </button>
            <button type="button" className="chip" data-action="reset" onClick={reset}>{t({ ko: '처음부터', en: 'Start over' })}</button>
          </div>
          <Slider {...p.slider.lr} />
          <ol className="four-steps" aria-label={t({ ko: '학습의 네 단계 (마지막 단계 기준)', en: 'The four steps (of the latest step)' })}>
            <li data-phase="batch"><strong>1. {t({ ko: '미니배치', en: 'Mini-batch' })}</strong> {last ? t({ ko: `훈련 이미지 1,000장 중 무작위 ${BATCH}장 (예: ${last.batch.slice(0, 4).map((i) => `#${i}`).join(', ')} …)`, en: `${BATCH} random images of the 1,000 (e.g. ${last.batch.slice(0, 4).map((i) => `#${i}`).join(', ')} …)` }) : '—'}</li>
            <li data-phase="gradient"><strong>2. {t({ ko: '기울기', en: 'Gradient' })}</strong> {last ? paramNames.map((k) => <span key={k} className="grad-norm" data-norm-param={k} data-norm={String(last.gradNorms[k])}>‖∇{k}‖ = {formatNumber(last.gradNorms[k])} </span>) : '—'}</li>
            <li data-phase="update"><strong>3. {t({ ko: '갱신', en: 'Update' })}</strong> W ← W − {formatNumber(lr)}·∇W</li>
            <li data-phase="repeat"><strong>4. {t({ ko: '반복', en: 'Repeat' })}</strong> {t({ ko: `지금까지 ${last?.step ?? 0}단계`, en: `${last?.step ?? 0} steps so far` })}</li>
          </ol>
          {view.diverged && (
            <p className="verdict verdict-bad" role="alert" data-diverged="true">
              {t({ ko: '✗ 손실이 NaN 또는 무한대가 되어 학습을 멈췄습니다. 학습률을 낮추고 처음부터 다시 하세요.', en: '✗ The loss became NaN or infinite, so training stopped. Lower the learning rate and start over.' })}
            </p>
          )}
          <StepLog log={view.log} />
          <TrainingCharts losses={view.losses} evals={view.evals} />
          {lastEval && (
            <p className="train-summary" role="status">
              {t({ ko: `${lastEval.step}단계: 훈련 정확도 ${formatNumber(lastEval.train)}, 시험 정확도 ${formatNumber(lastEval.test)}`, en: `Step ${lastEval.step}: training accuracy ${formatNumber(lastEval.train)}, test accuracy ${formatNumber(lastEval.test)}` })}
              {gap > 0.1 ? t({ ko: ` — 차이 ${formatNumber(gap)}: 과대적합입니다.`, en: ` — a gap of ${formatNumber(gap)}: overfitting.` }) : ''}
            </p>
          )}
        </>
      )}
    </div>
  );
}
