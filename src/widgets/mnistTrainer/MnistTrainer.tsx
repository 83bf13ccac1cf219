import { useState } from 'react';
import { useT } from '../../state/lang';
import { useWidgetScope } from '../../state/widgetState';
import '../kit/controls/controls.css';
import { ModelFileControls } from '../kit/mnist/ModelFileControls';
import { AccuracyChart } from './AccuracyChart';
import { LossChart } from './LossChart';
import './mnistTrainer.css';
import { SettingsPanel } from './SettingsPanel';
import { TrainerProblem } from './TrainerProblem';
import { TrainerStatus } from './TrainerStatus';
import { ConfusionMatrix, FirstLayerWeights, MisclassifiedGallery } from './TrainResultsView';
import {
  matchingPreset,
  presetNames,
  presets,
  toConfig,
  type PresetName,
  type TrainerSettings,
} from './trainerSettings';
import { useParams } from '../kit/params/useParams';
import { trainerParams, trainerStartParams } from './params';
import { useTrainer } from './useTrainer';
import { availableWorkers, WorkersSetting } from './WorkersSetting';
import { ChipButton } from '../kit/controls/ChipButton';
import { Icon } from '../kit/controls/Icon';
import { runWords } from '../kit/controls/words';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

/** Train an MLP on real MNIST (or Fashion-MNIST) in a Web Worker, with live curves and the results at the end. */
export default function MnistTrainer({ preset = 'fast' }: { preset?: PresetName }) {
  const t = useT();
  const startPreset = useParams(trainerStartParams, { book: { preset } }).values.preset;
  const params = useParams(trainerParams, { book: presets[startPreset] });
  const settings: TrainerSettings = params.values;
  const set = params.patch;
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
        label={t({ ko: '프리셋', en: 'Presets' })}
        chipAttr="data-preset"
        options={presetNames}
        labels={presetLabels}
        value={chosen}
        disabled={running}
        onChange={(p) => set(presets[p])}
      />
      <SettingsPanel params={params} locked={running} />
      <WorkersSetting value={workers} onChange={setWorkers} locked={running} />
      <div
        className="widget-toolbar mnist-controls"
        role="group"
        aria-label={t({ ko: '학습 제어', en: 'Training controls' })}
      >
        {!running && (
          <ChipButton className="mnist-primary" onClick={() => start({ ...toConfig(settings), workers })}>
            <Icon name="play" />{' '}
            {view.state === 'idle' ? t({ ko: '학습', en: 'Train' }) : t({ ko: '다시 학습', en: 'Train again' })}
          </ChipButton>
        )}
        {view.state === 'training' && (
          <ChipButton onClick={pause}>
            <Icon name="pause" /> {t(runWords.pause)}
          </ChipButton>
        )}
        {view.state === 'paused' && (
          <ChipButton onClick={resume}>
            <Icon name="play" /> {t(runWords.resume)}
          </ChipButton>
        )}
        {running && (
          <ChipButton onClick={stop} disabled={view.state === 'loading'}>
            <Icon name="stop" /> {t(runWords.stop)}
          </ChipButton>
        )}
        <ChipButton onClick={reset}>
          <Icon name="reset" /> {t(runWords.reset)}
        </ChipButton>
      </div>
      <TrainerStatus view={view} />
      {view.problem && (
        <TrainerProblem
          problem={view.problem}
          onRetry={() => start({ ...toConfig(settings), workers })}
          onReset={reset}
        />
      )}
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
            <h4>
              {view.model.sizes.length === 2
                ? t({ ko: '각 클래스의 가중치 (28×28)', en: 'Weights of each class (28×28)' })
                : t({ ko: '첫 층 가중치 (28×28)', en: 'First-layer weights (28×28)' })}
            </h4>
            <FirstLayerWeights model={view.model} classes={view.classes} />
          </section>
        </div>
      )}
      <ModelFileControls />
    </WidgetRoot>
  );
}
