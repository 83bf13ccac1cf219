import { useT } from '../../state/lang';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { Slider } from '../kit/controls/Slider';
import { learningRateOf, presets, ranges, type TrainerSettings } from './trainerSettings';

type ChoiceKey = 'dataset' | 'activation' | 'optimizer' | 'weightInit';

/** Every model and training setting; locked while a run is going. */
export function SettingsPanel({ settings, set, locked }: { settings: TrainerSettings; set: (patch: Partial<TrainerSettings>) => void; locked: boolean }) {
  const t = useT();
  const book = presets.fast;
  const slider = (name: keyof typeof ranges, label: string) => (
    <Slider name={name} label={label} ariaLabel={label} value={settings[name]} defaultValue={book[name]} {...ranges[name]} onChange={(v) => set({ [name]: v })} />
  );
  const choice = <K extends ChoiceKey>(name: K, label: string, labels: Record<TrainerSettings[K], string>) => (
    <ChoiceChips
      label={label} showLabel className="mnist-chips" groupAttrs={{ 'data-var': name, 'data-value': settings[name] }}
      options={Object.keys(labels) as TrainerSettings[K][]} labels={labels} value={settings[name]} disabled={locked}
      onChange={(v) => set({ [name]: v })}
    />
  );
  return (
    <fieldset className="mnist-settings" disabled={locked}>
      <legend className="mnist-visually-hidden">{t({ ko: '설정', en: 'Settings' })}</legend>
      {choice('dataset', t({ ko: '데이터셋', en: 'Data set' }), { mnist: 'MNIST', fashion: 'Fashion-MNIST' })}
      <div className="mnist-sliders">
        {slider('hiddenLayers', t({ ko: '은닉층 수', en: 'hidden layers' }))}
        {slider('hiddenSize', t({ ko: '은닉 뉴런', en: 'units per layer' }))}
      </div>
      {choice('activation', t({ ko: '활성화 함수', en: 'Activation' }), { relu: 'ReLU', sigmoid: 'Sigmoid' })}
      {choice('optimizer', t({ ko: '옵티마이저', en: 'Optimizer' }), { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' })}
      <div className="mnist-sliders">
        {slider('log10LearningRate', t({ ko: 'log₁₀ 학습률', en: 'log₁₀ learning rate' }))}
        <p className="mnist-lr" data-learning-rate={learningRateOf(settings.log10LearningRate)}>
          {t({ ko: '학습률', en: 'learning rate' })} η = {learningRateOf(settings.log10LearningRate)}
        </p>
        {slider('batchSize', t({ ko: '배치 크기', en: 'batch size' }))}
        {slider('epochs', t({ ko: '에폭', en: 'epochs' }))}
        {slider('iterations', t({ ko: '최대 단계 (0 = 제한 없음)', en: 'max steps (0 = no limit)' }))}
        {slider('seed', t({ ko: '시드', en: 'seed' }))}
      </div>
      {choice('weightInit', t({ ko: '가중치 초기화', en: 'Weight init' }), { he: 'He', xavier: 'Xavier', small: 'N(0, 0.01²)' })}
    </fieldset>
  );
}
