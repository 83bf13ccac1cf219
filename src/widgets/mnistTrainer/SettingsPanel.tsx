import { useT } from '../../state/lang';
import { Slider } from '../controls/Slider';
import { learningRateOf, presets, ranges, type TrainerSettings } from './trainerSettings';

interface ChipGroupProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  disabled: boolean;
  onChange: (v: T) => void;
}

/** A labelled group of toggle chips choosing one of a few names. */
function ChipGroup<T extends string>({ name, legend, options, labels, value, disabled, onChange }: ChipGroupProps<T>) {
  return (
    <fieldset className="widget-toolbar mnist-chips" data-var={name} data-value={value} disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <button key={o} type="button" className="chip" aria-pressed={value === o} onClick={() => onChange(o)}>
          {labels[o]}
        </button>
      ))}
    </fieldset>
  );
}

/** Every model and training setting; locked while a run is going. */
export function SettingsPanel({ settings, set, locked }: { settings: TrainerSettings; set: (patch: Partial<TrainerSettings>) => void; locked: boolean }) {
  const t = useT();
  const book = presets.fast;
  const slider = (name: keyof typeof ranges, label: string) => (
    <Slider name={name} label={label} ariaLabel={label} value={settings[name]} defaultValue={book[name]} {...ranges[name]} onChange={(v) => set({ [name]: v })} />
  );
  return (
    <fieldset className="mnist-settings" disabled={locked}>
      <legend className="mnist-visually-hidden">{t({ ko: '설정', en: 'Settings' })}</legend>
      <ChipGroup name="dataset" legend={t({ ko: '데이터셋', en: 'Data set' })} options={['mnist', 'fashion'] as const} labels={{ mnist: 'MNIST', fashion: 'Fashion-MNIST' }} value={settings.dataset} disabled={locked} onChange={(dataset) => set({ dataset })} />
      <div className="mnist-sliders">
        {slider('hiddenLayers', t({ ko: '은닉층 수', en: 'hidden layers' }))}
        {slider('hiddenSize', t({ ko: '은닉 뉴런', en: 'units per layer' }))}
      </div>
      <ChipGroup name="activation" legend={t({ ko: '활성화 함수', en: 'Activation' })} options={['relu', 'sigmoid'] as const} labels={{ relu: 'ReLU', sigmoid: 'Sigmoid' }} value={settings.activation} disabled={locked} onChange={(activation) => set({ activation })} />
      <ChipGroup name="optimizer" legend={t({ ko: '옵티마이저', en: 'Optimizer' })} options={['sgd', 'momentum', 'adam'] as const} labels={{ sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' }} value={settings.optimizer} disabled={locked} onChange={(optimizer) => set({ optimizer })} />
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
      <ChipGroup name="weightInit" legend={t({ ko: '가중치 초기화', en: 'Weight init' })} options={['he', 'xavier', 'small'] as const} labels={{ he: 'He', xavier: 'Xavier', small: 'N(0, 0.01²)' }} value={settings.weightInit} disabled={locked} onChange={(weightInit) => set({ weightInit })} />
    </fieldset>
  );
}
