import { useT } from '../../state/lang';
import '../kit/controls/controls.css';
import { RunControls } from '../kit/controls/RunControls';
import { runWords } from '../kit/controls/words';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { useRun } from '../kit/run/useRun';
import { Slider } from '../kit/controls/Slider';
import { MnistStatus } from '../kit/mnist/MnistStatus';
import { StepLog } from './StepLog';
import { paramNames, Trainer } from './trainer';
import { startTraining, trainingStepper } from './training';
import { TrainingCharts } from './TrainingCharts';
import './twoLayerNet.css';
import { useSmallMnist } from '../kit/mnist/useSmallMnist';
import { WidgetRoot } from '../kit/figure/WidgetRoot';
import { useParams } from '../kit/params/useParams';
import { twoLayerNetParams } from './params';

const BATCH = 100;
const HIDDEN = 50;
/** Training and test accuracy are measured once per epoch: 1,000 images / 100 per batch = 10 steps. */
const EVAL_EVERY = 10;
const MAX_STEPS = 3000;

/** Trains the book's TwoLayerNet (784 → 50 → 10) on 1,000 MNIST images, one step per browser task, showing each of the four steps. */
export default function TwoLayerNet() {
  const t = useT();
  const [load, retry] = useSmallMnist();
  const p = useParams(twoLayerNetParams);
  const { lr } = p.values;
  const init = () => {
    if (load.status !== 'ready') return null;
    const d = load.data;
    return startTraining(
      new Trainer(
        { images: d.trainImages, labels: d.trainLabels, count: d.trainCount },
        { images: d.testImages, labels: d.testLabels, count: d.testCount },
        { hidden: HIDDEN, learningRate: lr, batchSize: BATCH, seed: 1 },
      ),
    );
  };
  // One step per browser task: the browser paints and handles input between steps, even while playing.
  const training = useRun(init, trainingStepper(lr, EVAL_EVERY, MAX_STEPS), load, {
    pace: 'task',
    reducedMotion: 'pace',
  });
  const view = training.state?.view ?? { log: [], losses: [], evals: [], diverged: false };
  const last = view.log.at(-1);
  const lastEval = view.evals.at(-1);
  const status = view.diverged ? 'diverged' : training.running ? 'running' : 'idle';
  const gap = lastEval ? lastEval.train - lastEval.test : 0;

  return (
    <WidgetRoot
      className="two-layer-net"
      data-status={status}
      data-step={last?.step ?? 0}
      data-loss={last ? String(last.loss) : undefined}
      data-train-accuracy={lastEval ? String(lastEval.train) : undefined}
      data-test-accuracy={lastEval ? String(lastEval.test) : undefined}
    >
      <MnistStatus load={load} retry={retry} />
      {load.status === 'ready' && (
        <>
          <RunControls
            run={training}
            label={t({ ko: '학습 조작', en: 'Training controls' })}
            buttons={['step', 'steps', 'play', 'reset']}
            many={{ n: EVAL_EVERY, paced: true, note: { ko: '(1에폭)', en: '(one epoch)' }, action: 'epoch' }}
          />
          <Slider {...p.slider.lr} />
          <ol
            className="four-steps"
            aria-label={t({ ko: '학습의 네 단계 (마지막 단계 기준)', en: 'The four steps (of the latest step)' })}
          >
            <li data-phase="batch">
              <strong>1. {t({ ko: '미니배치', en: 'Mini-batch' })}</strong>{' '}
              {last
                ? t({
                    ko: `훈련 이미지 1,000장 중 무작위 ${BATCH}장 (예: ${last.batch
                      .slice(0, 4)
                      .map((i) => `#${i}`)
                      .join(', ')} …)`,
                    en: `${BATCH} random images of the 1,000 (e.g. ${last.batch
                      .slice(0, 4)
                      .map((i) => `#${i}`)
                      .join(', ')} …)`,
                  })
                : '—'}
            </li>
            <li data-phase="gradient">
              <strong>2. {t({ ko: '기울기', en: 'Gradient' })}</strong>{' '}
              {last
                ? paramNames.map((k) => (
                    <span key={k} className="grad-norm" data-norm-param={k} data-norm={String(last.gradNorms[k])}>
                      ‖∇{k}‖ = <Num value={last.gradNorms[k]} kind="gradient" />{' '}
                    </span>
                  ))
                : '—'}
            </li>
            <li data-phase="update">
              <strong>3. {t({ ko: '갱신', en: 'Update' })}</strong> W ← W − {formatReadout(lr)}·∇W
            </li>
            <li data-phase="repeat">
              <strong>4. {t({ ko: '반복', en: 'Repeat' })}</strong>{' '}
              {t({ ko: `지금까지 ${last?.step ?? 0}단계`, en: `${last?.step ?? 0} steps so far` })}
            </li>
          </ol>
          {view.diverged && (
            <p className="verdict verdict-bad" role="alert" data-diverged="true">
              {t({
                ko: `✗ 손실이 NaN 또는 무한대가 되어 학습을 멈췄습니다. 학습률을 낮추고 ${runWords.reset.ko}를 누르세요.`,
                en: `✗ The loss became NaN or infinite, so training stopped. Lower the learning rate and press ${runWords.reset.en}.`,
              })}
            </p>
          )}
          <StepLog log={view.log} />
          <TrainingCharts losses={view.losses} evals={view.evals} />
          {lastEval && (
            <p className="train-summary" role="status">
              {t({
                ko: `${lastEval.step}단계: 훈련 정확도 ${formatReadout(lastEval.train, 'percent')}, 시험 정확도 ${formatReadout(lastEval.test, 'percent')}`,
                en: `Step ${lastEval.step}: training accuracy ${formatReadout(lastEval.train, 'percent')}, test accuracy ${formatReadout(lastEval.test, 'percent')}`,
              })}
              {gap > 0.1
                ? t({
                    ko: ` — 차이 ${formatReadout(gap, 'percent')}: 과대적합입니다.`,
                    en: ` — a gap of ${formatReadout(gap, 'percent')}: overfitting.`,
                  })
                : ''}
            </p>
          )}
        </>
      )}
    </WidgetRoot>
  );
}
