import { useState } from 'react';
import { integerCodec, numberCodec, oneOfCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetScope, useWidgetState } from '../../state/widgetState';
import '../kit/controls/controls.css';
import { ModelFileControls } from '../kit/mnist/ModelFileControls';
import { AccuracyChart } from './AccuracyChart';
import { LossChart } from './LossChart';
import './mnistTrainer.css';
import { SettingsPanel } from './SettingsPanel';
import { TrainerProblem } from './TrainerProblem';
import { TrainerStatus } from './TrainerStatus';
import { ConfusionMatrix, FirstLayerWeights, MisclassifiedGallery } from './TrainResultsView';
import { activationNames, datasetNames, matchingPreset, optimizerNames, presetNames, presets, ranges, toConfig, weightInitNames, type PresetName, type TrainerSettings } from './trainerSettings';
import { useTrainer } from './useTrainer';
import { availableWorkers, WorkersSetting } from './WorkersSetting';
import { Icon } from '../kit/controls/Icon';
import { runWords } from '../kit/controls/words';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const codecs = {
  dataset: oneOfCodec(datasetNames),
  hiddenLayers: integerCodec(ranges.hiddenLayers.min, ranges.hiddenLayers.max),
  hiddenSize: integerCodec(ranges.hiddenSize.min, ranges.hiddenSize.max),
  activation: oneOfCodec(activationNames),
  optimizer: oneOfCodec(optimizerNames),
  log10LearningRate: numberCodec(ranges.log10LearningRate.min, ranges.log10LearningRate.max),
  batchSize: integerCodec(ranges.batchSize.min, ranges.batchSize.max),
  epochs: integerCodec(ranges.epochs.min, ranges.epochs.max),
  iterations: integerCodec(ranges.iterations.min, ranges.iterations.max),
  weightInit: oneOfCodec(weightInitNames),
  seed: integerCodec(ranges.seed.min, ranges.seed.max),
};
const presetCodec = oneOfCodec(presetNames);

/** Every setting as shareable widget state, starting from the given preset (one hook call per key, in a fixed order). */
function useSettings(initial: TrainerSettings): [TrainerSettings, (patch: Partial<TrainerSettings>) => void] {
  const [dataset, setDataset] = useWidgetState('dataset', codecs.dataset, initial.dataset);
  const [hiddenLayers, setHiddenLayers] = useWidgetState('hiddenLayers', codecs.hiddenLayers, initial.hiddenLayers);
  const [hiddenSize, setHiddenSize] = useWidgetState('hiddenSize', codecs.hiddenSize, initial.hiddenSize);
  const [activation, setActivation] = useWidgetState('activation', codecs.activation, initial.activation);
  const [optimizer, setOptimizer] = useWidgetState('optimizer', codecs.optimizer, initial.optimizer);
  const [log10LearningRate, setLog10LearningRate] = useWidgetState(
    'log10LearningRate', codecs.log10LearningRate, initial.log10LearningRate,
  );
  const [batchSize, setBatchSize] = useWidgetState('batchSize', codecs.batchSize, initial.batchSize);
  const [epochs, setEpochs] = useWidgetState('epochs', codecs.epochs, initial.epochs);
  const [iterations, setIterations] = useWidgetState('iterations', codecs.iterations, initial.iterations);
  const [weightInit, setWeightInit] = useWidgetState('weightInit', codecs.weightInit, initial.weightInit);
  const [seed, setSeed] = useWidgetState('seed', codecs.seed, initial.seed);
  const settings: TrainerSettings = {
    dataset, hiddenLayers, hiddenSize, activation, optimizer, log10LearningRate, batchSize, epochs, iterations, weightInit, seed,
  };
  const set = (p: Partial<TrainerSettings>) => {
    if (p.dataset !== undefined) setDataset(p.dataset);
    if (p.hiddenLayers !== undefined) setHiddenLayers(p.hiddenLayers);
    if (p.hiddenSize !== undefined) setHiddenSize(p.hiddenSize);
    if (p.activation !== undefined) setActivation(p.activation);
    if (p.optimizer !== undefined) setOptimizer(p.optimizer);
    if (p.log10LearningRate !== undefined) setLog10LearningRate(p.log10LearningRate);
    if (p.batchSize !== undefined) setBatchSize(p.batchSize);
    if (p.epochs !== undefined) setEpochs(p.epochs);
    if (p.iterations !== undefined) setIterations(p.iterations);
    if (p.weightInit !== undefined) setWeightInit(p.weightInit);
    if (p.seed !== undefined) setSeed(p.seed);
  };
  return [settings, set];
}

/** Train an MLP on real MNIST (or Fashion-MNIST) in a Web Worker, with live curves and the results at the end. */
export default function MnistTrainer({ preset = 'fast' }: { preset?: PresetName }) {
  const t = useT();
  const [startPreset] = useWidgetState('preset', presetCodec, preset);
  const [settings, set] = useSettings(presets[startPreset]);
  const { view, start, pause, resume, stop, reset } = useTrainer(useWidgetScope());
  const running = view.state === 'loading' || view.state === 'training' || view.state === 'paused';
  const chosen = matchingPreset(settings);
  const [workers, setWorkers] = useState(availableWorkers);
  const presetLabels: Record<PresetName, string> = {
    fast: t({ ko: '빠른 기본값', en: 'Fast defaults' }),
    book: t({ ko: '책의 레시피', en: 'Book recipe' }),
    softmax: t({ ko: '은닉층 없음 (소프트맥스 회귀)', en: 'No hidden layer (softmax regression)' }),
  };
  const totalEpochs = view.stepsPerEpoch > 0 ? Math.ceil(view.totalSteps / view.stepsPerEpoch) : settings.epochs;

  return (
    <WidgetRoot className="mnist-trainer" data-preset={chosen ?? 'custom'}>
      <ChoiceChips
        label={t({ ko: '프리셋', en: 'Presets' })} chipAttr="data-preset" options={presetNames} labels={presetLabels}
        value={chosen} disabled={running} onChange={(p) => set(presets[p])}
      />
      <SettingsPanel settings={settings} set={set} locked={running} />
      <WorkersSetting value={workers} onChange={setWorkers} locked={running} />
      <div className="widget-toolbar mnist-controls" role="group" aria-label={t({ ko: '학습 제어', en: 'Training controls' })}>
        {!running && (
          <button type="button" className="chip mnist-primary" onClick={() => start({ ...toConfig(settings), workers })}>
            <Icon name="play" /> {view.state === 'idle' ? t({ ko: '학습', en: 'Train' }) : t({ ko: '다시 학습', en: 'Train again' })}
          </button>
        )}
        {view.state === 'training' && <button type="button" className="chip" onClick={pause}><Icon name="pause" /> {t(runWords.pause)}</button>}
        {view.state === 'paused' && <button type="button" className="chip" onClick={resume}><Icon name="play" /> {t(runWords.resume)}</button>}
        {running && <button type="button" className="chip" onClick={stop} disabled={view.state === 'loading'}><Icon name="stop" /> {t(runWords.stop)}</button>}
        <button type="button" className="chip" onClick={reset}><Icon name="reset" /> {t(runWords.reset)}</button>
      </div>
      <TrainerStatus view={view} />
      {view.problem && <TrainerProblem problem={view.problem} onRetry={() => start({ ...toConfig(settings), workers })} onReset={reset} />}
      <div className="mnist-charts">
        <figure>
          <figcaption>{t({ ko: '손실', en: 'Loss' })}</figcaption>
          <LossChart losses={view.losses} totalSteps={view.totalSteps} />
        </figure>
        <figure>
          <figcaption>{t({ ko: '에폭별 정확도', en: 'Accuracy per epoch' })}</figcaption>
          <AccuracyChart epochs={view.epochs} totalEpochs={totalEpochs} />
        </figure>
      </div>
      {view.state === 'done' && view.results && view.model && (
        <div className="mnist-results">
          <section>
            <h4>{t({ ko: '혼동 행렬', en: 'Confusion matrix' })}</h4>
            <ConfusionMatrix confusion={view.results.confusion} classes={view.classes} />
          </section>
          <section>
            <h4>{t({ ko: '틀린 시험 이미지', en: 'Misclassified test images' })}</h4>
            <MisclassifiedGallery results={view.results} classes={view.classes} />
          </section>
          <section>
            <h4>{view.model.sizes.length === 2 ? t({ ko: '각 클래스의 가중치 (28×28)', en: 'Weights of each class (28×28)' }) : t({ ko: '첫 층 가중치 (28×28)', en: 'First-layer weights (28×28)' })}</h4>
            <FirstLayerWeights model={view.model} classes={view.classes} />
          </section>
        </div>
      )}
      <ModelFileControls />
    </WidgetRoot>
  );
}
