import { useT } from '../../state/lang';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { Slider } from '../kit/controls/Slider';
import type { KeysOf, NumberParam, OneOfParam } from '../kit/params/param';
import type { ChipsParamProps, Params } from '../kit/params/useParams';
import type { trainerParams } from './params';
import { learningRateOf } from './trainerSettings';

type Schema = typeof trainerParams;

/** Every model and training setting; locked while a run is going. */
export function SettingsPanel({ params, locked }: { params: Params<Schema>; locked: boolean }) {
  const t = useT();
  const settings = params.values;
  const slider = (name: KeysOf<Schema, NumberParam>) => <Slider {...params.slider[name]} />;
  const choice = (name: KeysOf<Schema, OneOfParam>) => (
    <ChoiceChips
      label=""
      showLabel
      className="mnist-chips"
      groupAttrs={{ 'data-var': name, 'data-value': settings[name] }}
      {...(params.chips[name] as ChipsParamProps<string>)}
      disabled={locked}
    />
  );
  return (
    <fieldset className="mnist-settings" disabled={locked}>
      <legend className="mnist-visually-hidden">{t({ ko: '설정', en: 'Settings' })}</legend>
      {choice('dataset')}
      <div className="mnist-sliders">
        {slider('hiddenLayers')}
        {slider('hiddenSize')}
      </div>
      {choice('activation')}
      {choice('optimizer')}
      <div className="mnist-sliders">
        {slider('log10LearningRate')}
        <p className="mnist-lr" data-learning-rate={learningRateOf(settings.log10LearningRate)}>
          {t({ ko: '학습률', en: 'learning rate' })} η = {learningRateOf(settings.log10LearningRate)}
        </p>
        {slider('batchSize')}
        {slider('epochs')}
        {slider('iterations')}
        {slider('seed')}
      </div>
      {choice('weightInit')}
    </fieldset>
  );
}
