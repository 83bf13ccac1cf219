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
import { Icon } from '../kit/controls/Icon';
import { runWords } from '../kit/controls/words';
import { ChoiceChips } from '../kit/controls/ChoiceChips';

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

/** Every setting as shareable widget state, starting from the given preset. */
function useSettings(initial: TrainerSettings): [TrainerSettings, (patch: Partial<TrainerSettings>) => void] {
  const entries = (Object.keys(codecs) as (keyof TrainerSettings)[]).map((k) => [k, useWidgetState(k, codecs[k] as never, initial[k])] as const);
  const settings = Object.fromEntries(entries.map(([k, [v]]) => [k, v])) as unknown as TrainerSettings;
  const set = (patch: Partial<TrainerSettings>) => {
    for (const [k, [, setter]] of entries) if (k in patch) (setter as (v: unknown) => void)(patch[k]);
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
  const presetLabels: Record<PresetName, string> = {
    fast: t({ ko: '빠른 기본값', en: 'Fast defaults' }),
    book: t({ ko: '책의 레시피', en: 'Book recipe' }),
    softmax: t({ ko: '은닉층 없음 (소프트맥스 회귀)', en: 'No hidden layer (softmax regression)' }),
  };
  const totalEpochs = view.stepsPerEpoch > 0 ? Math.ceil(view.totalSteps / view.stepsPerEpoch) : settings.epochs;

  return (
    <div className="widget mnist-trainer" data-widget="mnist-trainer" data-preset={chosen ?? 'custom'}>
      <ChoiceChips
        label={t({ ko: '프리셋', en: 'Presets' })} chipAttr="data-preset" options={presetNames} labels={presetLabels}
        value={chosen} disabled={running} onChange={(p) => set(presets[p])}
      />
      <SettingsPanel settings={settings} set={set} locked={running} />
      <div className="widget-toolbar mnist-controls" role="group" aria-label={t({ ko: '학습 제어', en: 'Training controls' })}>
        {!running && (
          <button type="button" className="chip mnist-primary" onClick={() => start(toConfig(settings))}>
            <Icon name="play" /> {view.state === 'idle' ? t({ ko: '학습', en: 'Train' }) : t({ ko: '다시 학습', en: 'Train again' })}
          </button>
        )}
        {view.state === 'training' && <button type="button" className="chip" onClick={pause}><Icon name="pause" /> {t(runWords.pause)}</button>}
        {view.state === 'paused' && <button type="button" className="chip" onClick={resume}><Icon name="play" /> {t(runWords.resume)}</button>}
        {running && <button type="button" className="chip" onClick={stop} disabled={view.state === 'loading'}><Icon name="stop" /> {t(runWords.stop)}</button>}
        <button type="button" className="chip" onClick={reset}><Icon name="reset" /> {t(runWords.reset)}</button>
      </div>
      <TrainerStatus view={view} />
      {view.problem && <TrainerProblem problem={view.problem} onRetry={() => start(toConfig(settings))} onReset={reset} />}
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
    </div>
  );
}
