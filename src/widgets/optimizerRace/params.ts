import { param } from '../kit/params/param';
import { bookLearningRates, optimizerLabels, type OptimizerName } from './race';

const rate = (name: OptimizerName) =>
  param.number({
    min: 0.01,
    max: 3,
    step: 0.01,
    fine: 0.001,
    book: bookLearningRates[name],
    label: { ko: `${optimizerLabels[name]} η`, en: `${optimizerLabels[name]} η` },
    aria: { ko: `${optimizerLabels[name]} 학습률`, en: `${optimizerLabels[name]} learning rate` },
  });

/** Each racer's learning rate, under `lr-<optimizer>` (the book's rates make all four arrive). */
export const raceParams = {
  'lr-sgd': rate('sgd'),
  'lr-momentum': rate('momentum'),
  'lr-adagrad': rate('adagrad'),
  'lr-adam': rate('adam'),
};
